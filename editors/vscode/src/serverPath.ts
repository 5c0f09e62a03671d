// Where the `copydesk` binary is, in this order:
//   1. the `copydesk.server.path` setting;
//   2. the binary bundled in a platform-specific extension package: `<extension>/bin/copydesk`
//      (`bin\copydesk.exe` on Windows), put there by scripts/package-platform.sh;
//   3. `PATH`;
//   4. the folder `cargo install` writes to (`$CARGO_HOME/bin`, default `~/.cargo/bin`).
// This module does not import `vscode`, so it can be unit-tested in plain Node with a fake file
// system.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface ResolveInput {
  /** The `copydesk.server.path` setting, possibly empty. */
  configured: string | undefined;
  /** The first workspace folder's path, for relative paths and `${workspaceFolder}`. */
  workspaceFolder: string | undefined;
  /** Where the extension is installed (`ExtensionContext.extensionPath`), for the bundled binary. */
  extensionPath: string | undefined;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
  isExecutable: (file: string) => boolean;
}

export type ServerSource = "setting" | "bundled" | "PATH" | "cargo";

export type Resolution = { kind: "found"; path: string; source: ServerSource } | { kind: "missing"; message: string };

export const INSTALL_HINT =
  "Install the copydesk extension built for your platform (it brings the server), " +
  "or install the binary with `cargo install --path .` in a copydesk checkout (it lands in ~/.cargo/bin), " +
  "or set `copydesk.server.path` to the binary.";

/** The bundled server's path inside the extension, as scripts/package-platform.sh lays it out. */
export function bundledServerPath(extensionPath: string, platform: NodeJS.Platform): string {
  return joinFor(platform, extensionPath, "bin", platform === "win32" ? "copydesk.exe" : "copydesk");
}

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

  if (input.extensionPath) {
    const bundled = bundledServerPath(input.extensionPath, input.platform);
    if (input.isExecutable(bundled)) {
      return { kind: "found", path: bundled, source: "bundled" };
    }
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
    message: `copydesk: the \`copydesk\` server is not bundled with this extension and was not found on PATH. ${INSTALL_HINT}`,
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
export function localInput(
  configured: string | undefined,
  workspaceFolder: string | undefined,
  extensionPath: string | undefined,
): ResolveInput {
  return {
    configured,
    workspaceFolder,
    extensionPath,
    env: process.env,
    platform: process.platform,
    homedir: os.homedir(),
    isExecutable: isExecutableFile,
  };
}
