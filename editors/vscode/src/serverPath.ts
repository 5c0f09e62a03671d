// Where the `copydesk` binary is: the `copydesk.server.path` setting, else `PATH`, else the
// folder `cargo install` writes to. This module does not import `vscode`, so it can be
// unit-tested in plain Node with a fake file system.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface ResolveInput {
  /** The `copydesk.server.path` setting, possibly empty. */
  configured: string | undefined;
  /** The first workspace folder's path, for relative paths and `${workspaceFolder}`. */
  workspaceFolder: string | undefined;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
  isExecutable: (file: string) => boolean;
}

export type Resolution = { kind: "found"; path: string; source: "setting" | "PATH" | "cargo" } | { kind: "missing"; message: string };

export const INSTALL_HINT =
  "Install it with `cargo install --path .` in a copydesk checkout (it lands in ~/.cargo/bin), " +
  "or set `copydesk.server.path` to the binary.";

export function resolveServerPath(input: ResolveInput): Resolution {
  const configured = input.configured?.trim();
  if (configured) {
    const candidate = expandConfigured(configured, input);
    if (input.isExecutable(candidate)) {
      return { kind: "found", path: candidate, source: "setting" };
    }
    return {
      kind: "missing",
      message: `copydesk: the server binary set in copydesk.server.path (${candidate}) does not exist or is not executable. ${INSTALL_HINT}`,
    };
  }

  const names = executableNames("copydesk", input);
  const pathVariable = input.env.PATH ?? input.env.Path ?? "";
  const separator = input.platform === "win32" ? ";" : ":";
  for (const folder of pathVariable.split(separator)) {
    if (!folder) {
      continue;
    }
    for (const name of names) {
      const candidate = joinFor(input.platform, folder, name);
      if (input.isExecutable(candidate)) {
        return { kind: "found", path: candidate, source: "PATH" };
      }
    }
  }

  const cargoHome = input.env.CARGO_HOME || joinFor(input.platform, input.homedir, ".cargo");
  for (const name of names) {
    const candidate = joinFor(input.platform, cargoHome, "bin", name);
    if (input.isExecutable(candidate)) {
      return { kind: "found", path: candidate, source: "cargo" };
    }
  }

  return {
    kind: "missing",
    message: `copydesk: the \`copydesk\` server was not found on PATH. ${INSTALL_HINT}`,
  };
}

function expandConfigured(configured: string, input: ResolveInput): string {
  let expanded = configured;
  if (input.workspaceFolder) {
    expanded = expanded.split("${workspaceFolder}").join(input.workspaceFolder);
  }
  if (expanded === "~" || expanded.startsWith("~/") || expanded.startsWith("~\\")) {
    expanded = input.homedir + expanded.slice(1);
  }
  const api = input.platform === "win32" ? path.win32 : path.posix;
  if (!api.isAbsolute(expanded) && input.workspaceFolder) {
    expanded = api.join(input.workspaceFolder, expanded);
  }
  return expanded;
}

function executableNames(base: string, input: ResolveInput): string[] {
  if (input.platform !== "win32") {
    return [base];
  }
  const extensions = (input.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").filter(Boolean);
  return extensions.map((extension) => base + extension.toLowerCase());
}

function joinFor(platform: NodeJS.Platform, ...parts: string[]): string {
  return (platform === "win32" ? path.win32 : path.posix).join(...parts);
}

/** The real file-system check: a regular file the current user may execute. */
export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    fs.accessSync(file, process.platform === "win32" ? fs.constants.F_OK : fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The input for this machine and process. */
export function localInput(configured: string | undefined, workspaceFolder: string | undefined): ResolveInput {
  return {
    configured,
    workspaceFolder,
    env: process.env,
    platform: process.platform,
    homedir: os.homedir(),
    isExecutable: isExecutableFile,
  };
}
