// "copydesk: Show Speaker Index": the `copydesk quotes` view of a draft. This module builds the
// command lines and runs them; it does not import `vscode`, so it can be unit-tested in Node.

import { spawn } from "node:child_process";
import * as path from "node:path";

export interface Draft {
  /** The draft's path on disk, when it has one. */
  filePath: string | undefined;
  /** A name for the draft, used for `--stdin-filename` (it picks the format by extension). */
  name: string;
  text: string;
  /** True when the buffer differs from the file on disk (or there is no file). */
  unsaved: boolean;
}

export interface Invocation {
  args: string[];
  stdin?: string;
}

/**
 * The ways to ask for the index, best first: the buffer's own text on stdin when it has unsaved
 * changes (so the index matches what the reporter sees), then the saved file.
 */
export function quotesInvocations(draft: Draft): Invocation[] {
  const fromStdin: Invocation = {
    args: ["quotes", "--format", "human", "--stdin-filename", draft.name, "-"],
    stdin: draft.text,
  };
  if (draft.filePath === undefined) {
    return [fromStdin];
  }
  const fromFile: Invocation = { args: ["quotes", "--format", "human", draft.filePath] };
  return draft.unsaved ? [fromStdin, fromFile] : [fromFile];
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type Runner = (command: string, invocation: Invocation) => Promise<RunResult>;

export const runProcess: Runner = (command, invocation) =>
  new Promise((resolve) => {
    const child = spawn(command, invocation.args, { stdio: ["pipe", "pipe", "pipe"], timeout: 20_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error) => resolve({ code: null, stdout, stderr: stderr + String(error) }));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(invocation.stdin ?? "");
  });

/**
 * Runs the invocations in order and returns the first index that came out, with a note when it
 * is not the buffer's current text; or an explanation of why there is none.
 */
export async function speakerIndex(command: string, draft: Draft, run: Runner = runProcess): Promise<string> {
  const failures: string[] = [];
  for (const invocation of quotesInvocations(draft)) {
    const result = await run(command, invocation);
    // Exit 1 means "findings", as for `copydesk check`; the index is still whole.
    if ((result.code === 0 || result.code === 1) && result.stdout.trim() !== "") {
      const stale = invocation.stdin === undefined && draft.unsaved;
      const note = stale ? "(from the saved file: unsaved changes are not included)\n\n" : "";
      return `Speaker index — ${path.basename(draft.name)}\n\n${note}${result.stdout}`;
    }
    failures.push(`$ copydesk ${invocation.args.join(" ")}\n${(result.stderr || result.stdout).trim()} (exit ${result.code})`);
  }
  return `Speaker index — ${path.basename(draft.name)}\n\ncopydesk could not build the index:\n\n${failures.join("\n\n")}\n`;
}
