import assert from "node:assert/strict";
import { test } from "node:test";
import { Invocation, quotesInvocations, RunResult, speakerIndex } from "../src/speakerIndex";

const saved = { filePath: "/news/summit.txt", name: "/news/summit.txt", text: "…", unsaved: false };

test("a saved draft is read from its file", () => {
  assert.deepEqual(quotesInvocations(saved), [{ args: ["quotes", "--format", "human", "/news/summit.txt"] }]);
});

test("unsaved changes go on stdin first, the file second", () => {
  const invocations = quotesInvocations({ ...saved, text: "edited", unsaved: true });
  assert.deepEqual(invocations[0], {
    args: ["quotes", "--format", "human", "--stdin-filename", "/news/summit.txt", "-"],
    stdin: "edited",
  });
  assert.deepEqual(invocations[1], { args: ["quotes", "--format", "human", "/news/summit.txt"] });
});

test("an untitled buffer can only go on stdin", () => {
  const invocations = quotesInvocations({ filePath: undefined, name: "Untitled-1.md", text: "x", unsaved: true });
  assert.equal(invocations.length, 1);
  assert.equal(invocations[0].stdin, "x");
});

function runner(results: RunResult[]) {
  const calls: Invocation[] = [];
  const run = async (_command: string, invocation: Invocation) => {
    calls.push(invocation);
    return results.shift() ?? { code: 2, stdout: "", stderr: "no more" };
  };
  return { calls, run };
}

test("falls back to the saved file, and says so, when stdin is not supported", async () => {
  const { calls, run } = runner([
    { code: 2, stdout: "", stderr: "error: unexpected argument '--stdin-filename'" },
    { code: 0, stdout: "Samuel Charap (3 quotes)\n", stderr: "" },
  ]);
  const page = await speakerIndex("copydesk", { ...saved, unsaved: true }, run);
  assert.equal(calls.length, 2);
  assert.match(page, /unsaved changes are not included/);
  assert.match(page, /Samuel Charap \(3 quotes\)/);
});

test("a failing CLI is explained with the command and its error", async () => {
  const { run } = runner([{ code: 2, stdout: "", stderr: "copydesk: cannot read /news/summit.txt" }]);
  const page = await speakerIndex("copydesk", saved, run);
  assert.match(page, /could not build the index/);
  assert.match(page, /cannot read \/news\/summit\.txt \(exit 2\)/);
});
