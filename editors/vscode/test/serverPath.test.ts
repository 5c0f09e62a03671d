import assert from "node:assert/strict";
import { test } from "node:test";
import { bundledServerPath, INSTALL_HINT, ResolveInput, resolveServerPath } from "../src/serverPath";

const EXTENSION = "/home/ana/.vscode/extensions/copydesk.copydesk-0.1.0-linux-x64";
const BUNDLED = `${EXTENSION}/bin/copydesk`;

function machine(executables: string[], overrides: Partial<ResolveInput> = {}): ResolveInput {
  const present = new Set(executables);
  return {
    configured: "",
    workspaceFolder: "/home/ana/newsroom",
    extensionPath: EXTENSION,
    env: { PATH: "/usr/local/bin:/usr/bin:/bin" },
    platform: "linux",
    homedir: "/home/ana",
    isExecutable: (file) => present.has(file),
    ...overrides,
  };
}

test("finds copydesk on PATH, first folder first", () => {
  const input = machine(["/usr/bin/copydesk", "/usr/local/bin/copydesk"]);
  assert.deepEqual(resolveServerPath(input), { kind: "found", path: "/usr/local/bin/copydesk", source: "PATH" });
});

test("falls back to ~/.cargo/bin, where `cargo install` puts it", () => {
  assert.deepEqual(resolveServerPath(machine(["/home/ana/.cargo/bin/copydesk"])), {
    kind: "found",
    path: "/home/ana/.cargo/bin/copydesk",
    source: "cargo",
  });
});

test("CARGO_HOME moves the cargo fallback", () => {
  const input = machine(["/opt/cargo/bin/copydesk"], { env: { PATH: "/usr/bin", CARGO_HOME: "/opt/cargo" } });
  assert.equal(resolveServerPath(input).kind, "found");
});

test("the setting wins over PATH", () => {
  const input = machine(["/usr/bin/copydesk", "/opt/copydesk/bin/copydesk"], { configured: "/opt/copydesk/bin/copydesk" });
  assert.deepEqual(resolveServerPath(input), { kind: "found", path: "/opt/copydesk/bin/copydesk", source: "setting" });
});

test("the setting expands ~, ${workspaceFolder} and relative paths", () => {
  const found = (configured: string, executable: string) =>
    resolveServerPath(machine([executable], { configured })).kind === "found";
  assert.ok(found("~/bin/copydesk", "/home/ana/bin/copydesk"));
  assert.ok(found("${workspaceFolder}/target/release/copydesk", "/home/ana/newsroom/target/release/copydesk"));
  assert.ok(found("target/debug/copydesk", "/home/ana/newsroom/target/debug/copydesk"));
  assert.ok(found("  /usr/bin/copydesk  ", "/usr/bin/copydesk"));
});

test("a setting that points nowhere is reported, not silently replaced by PATH", () => {
  const resolution = resolveServerPath(machine(["/usr/bin/copydesk"], { configured: "/nowhere/copydesk" }));
  assert.equal(resolution.kind, "missing");
  assert.match(resolution.kind === "missing" ? resolution.message : "", /copydesk\.server\.path \(\/nowhere\/copydesk\)/);
});

test("nothing found: the message says how to install", () => {
  const resolution = resolveServerPath(machine([]));
  assert.equal(resolution.kind, "missing");
  const message = resolution.kind === "missing" ? resolution.message : "";
  assert.match(message, /not bundled with this extension and was not found on PATH/);
  assert.ok(message.includes(INSTALL_HINT));
  assert.match(message, /cargo install/);
});

test("Windows: PATH separated by ';' and executables with PATHEXT", () => {
  const input = machine(["C:\\Tools\\copydesk.exe"], {
    platform: "win32",
    homedir: "C:\\Users\\ana",
    env: { Path: "C:\\Windows;C:\\Tools", PATHEXT: ".COM;.EXE" },
  });
  assert.deepEqual(resolveServerPath(input), { kind: "found", path: "C:\\Tools\\copydesk.exe", source: "PATH" });
});

test("empty PATH entries are not taken as the current folder", () => {
  const input = machine(["copydesk"], { env: { PATH: ":/usr/bin:" } });
  assert.equal(resolveServerPath(input).kind, "missing");
});

test("the bundled server comes after the setting and before PATH and cargo", () => {
  const everywhere = [BUNDLED, "/usr/local/bin/copydesk", "/home/ana/.cargo/bin/copydesk", "/opt/copydesk"];
  assert.deepEqual(resolveServerPath(machine(everywhere)), { kind: "found", path: BUNDLED, source: "bundled" });
  assert.deepEqual(resolveServerPath(machine(everywhere, { configured: "/opt/copydesk" })), {
    kind: "found",
    path: "/opt/copydesk",
    source: "setting",
  });
});

test("a setting that points nowhere is reported even when a server is bundled", () => {
  const resolution = resolveServerPath(machine([BUNDLED], { configured: "/nowhere/copydesk" }));
  assert.equal(resolution.kind, "missing");
});

test("a package without a bundled server (the universal .vsix) falls through to PATH", () => {
  assert.deepEqual(resolveServerPath(machine(["/usr/bin/copydesk"])), {
    kind: "found",
    path: "/usr/bin/copydesk",
    source: "PATH",
  });
  assert.deepEqual(resolveServerPath(machine(["/usr/bin/copydesk"], { extensionPath: undefined })), {
    kind: "found",
    path: "/usr/bin/copydesk",
    source: "PATH",
  });
});

test("Windows: the bundled server is bin\\copydesk.exe", () => {
  const extension = "C:\\Users\\ana\\.vscode\\extensions\\copydesk.copydesk-0.1.0-win32-x64";
  const bundled = `${extension}\\bin\\copydesk.exe`;
  assert.equal(bundledServerPath(extension, "win32"), bundled);
  const input = machine([bundled, "C:\\Tools\\copydesk.exe"], {
    platform: "win32",
    homedir: "C:\\Users\\ana",
    extensionPath: extension,
    env: { Path: "C:\\Tools", PATHEXT: ".EXE" },
  });
  assert.deepEqual(resolveServerPath(input), { kind: "found", path: bundled, source: "bundled" });
});
