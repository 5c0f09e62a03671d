// The extension in a real VS Code: code-server 4.100.3 (Code 1.100.3) served on 127.0.0.1 and
// rendered in headless Chromium, driven with Playwright. Opens the sample draft and checks what a
// reporter would see: the Problems panel, the hover card on "Charap", and the dateline quick fix.
//
// Where the server comes from (COPYDESK_E2E_SERVER):
//   setting  (default) `copydesk.server.path` names COPYDESK_BIN;
//   bundled  the extension's own bin/copydesk, as a user gets it from a platform package
//            (scripts/package-platform.sh): no `copydesk.server.path`, and code-server runs with
//            no copydesk on PATH (folders holding one, ~/.cargo/bin and the repository's target/
//            are left out) and an empty CARGO_HOME. A check confirms the running server is the
//            bundled file and that the extension host's PATH has no copydesk.
//
// Gated: runs only with COPYDESK_CODE_SERVER=1 (scripts/ci/editors.sh sets it), else prints
// "skipped: ..." and exits 0.
//
//   CODE_SERVER_BIN         the code-server launcher (scripts/setup-code-server.sh prints it)
//   COPYDESK_E2E_SERVER     setting (default) or bundled, above
//   COPYDESK_BIN            with `setting`: the copydesk binary the extension starts (`copydesk lsp`)
//   COPYDESK_VSIX           the packaged extension (default: copydesk.vsix here; with `bundled`, a
//                           platform package such as copydesk-linux-x64.vsix)
//   COPYDESK_DRAFT          the draft to open (default: tests/fixtures/summit.txt)
//   CHROMIUM                default /usr/bin/chromium
//   COPYDESK_E2E_SCREENSHOT where to save the hover card picture (optional)
//   COPYDESK_E2E_PROBLEMS_SCREENSHOT  where to save the window with the Problems panel (optional)
//   COPYDESK_E2E_ARTIFACTS  where to save screenshots of failures (default: a temp folder)

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const extensionRoot = path.resolve(here, "..");
const repoRoot = path.resolve(extensionRoot, "../..");

if (process.env.COPYDESK_CODE_SERVER !== "1") {
  console.log("skipped: COPYDESK_CODE_SERVER not set (scripts/ci/editors.sh sets it after installing code-server)");
  process.exit(0);
}

const codeServer = required("CODE_SERVER_BIN");
const serverMode = process.env.COPYDESK_E2E_SERVER ?? "setting";
if (serverMode !== "setting" && serverMode !== "bundled") {
  console.error(`e2e: COPYDESK_E2E_SERVER must be "setting" or "bundled", not ${JSON.stringify(serverMode)}`);
  process.exit(2);
}
const configuredServer = serverMode === "setting" ? path.resolve(required("COPYDESK_BIN")) : undefined;
const vsix = path.resolve(process.env.COPYDESK_VSIX ?? path.join(extensionRoot, "copydesk.vsix"));
const draftSource = process.env.COPYDESK_DRAFT ?? path.join(repoRoot, "tests/fixtures/summit.txt");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-e2e-"));
const artifacts = process.env.COPYDESK_E2E_ARTIFACTS ?? path.join(scratch, "artifacts");
const TIMEOUT = 60_000;

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`e2e: ${name} must be set`);
    process.exit(2);
  }
  return value;
}

// The server binary the extension should start: the setting's, or the one in the installed
// extension (set once the .vsix is installed).
let expectedServer = configuredServer;
let codeServerPid;

// The language server is the placeholder until the server issue lands: it prints "not yet".
function serverIsPlaceholder() {
  const probe = spawnSync(expectedServer, ["lsp"], { input: "", encoding: "utf8", timeout: 10_000 });
  return (probe.stderr ?? "").includes("not yet");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isExecutable(file) {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// The environment for code-server with no copydesk to find outside the extension: PATH without
// the folders that hold one (and without ~/.cargo/bin and the repository's target/, whatever they
// hold), and CARGO_HOME an empty folder.
function environmentWithoutCopydesk() {
  const cargoBin = path.join(os.homedir(), ".cargo", "bin");
  const targetDir = path.join(repoRoot, "target") + path.sep;
  const kept = [];
  const dropped = [];
  for (const folder of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!folder) {
      continue;
    }
    const absolute = path.resolve(folder);
    const leaveOut =
      isExecutable(path.join(absolute, "copydesk")) || absolute === cargoBin || (absolute + path.sep).startsWith(targetDir);
    (leaveOut ? dropped : kept).push(folder);
  }
  const cargoHome = path.join(scratch, "empty-cargo-home");
  fs.mkdirSync(path.join(cargoHome, "bin"), { recursive: true });
  return { env: { ...process.env, PATH: kept.join(path.delimiter), CARGO_HOME: cargoHome }, dropped };
}

// The copydesk extension installed in `extensions`, and the server it brings.
function installedBundledServer(extensions) {
  const folders = fs.readdirSync(extensions).filter((name) => name.startsWith("copydesk.copydesk-"));
  if (folders.length !== 1) {
    throw new Error(`expected one installed copydesk extension in ${extensions}, found ${JSON.stringify(folders)}`);
  }
  const server = path.join(extensions, folders[0], "bin", "copydesk");
  if (!isExecutable(server)) {
    throw new Error(`the installed extension has no executable bin/copydesk: ${server}`);
  }
  return server;
}

function parentOf(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // "pid (command) state ppid ...": the command may hold spaces and parentheses.
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

function descendsFrom(pid, ancestor) {
  for (let current = pid, depth = 0; current > 1 && depth < 32; depth++) {
    current = parentOf(current);
    if (current === ancestor) {
      return true;
    }
  }
  return false;
}

// The `… lsp` processes under code-server, with the file each runs and its parent (the
// extension host).
function languageServers() {
  const servers = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) {
      continue;
    }
    const pid = Number(name);
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (argv[1] !== "lsp" || !descendsFrom(pid, codeServerPid)) {
        continue;
      }
      servers.push({ pid, exe: fs.readlinkSync(`/proc/${pid}/exe`), parent: parentOf(pid) });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return servers;
}

function environmentOf(pid) {
  const variables = {};
  for (const entry of fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")) {
    const at = entry.indexOf("=");
    if (at > 0) {
      variables[entry.slice(0, at)] = entry.slice(at + 1);
    }
  }
  return variables;
}

async function waitForHealth(url, child) {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url}`);
}

let userSettingsFile;
let baseSettings;
// VS Code watches its settings file: rewriting it is how a person's settings change arrives.
function writeUserSettings(extra) {
  fs.writeFileSync(userSettingsFile, JSON.stringify({ ...baseSettings, ...extra }, null, 2));
}

// Changes the user settings as a person would: in the settings.json editor, then save.
async function editUserSettings(extra) {
  await runCommand("Preferences: Open User Settings (JSON)");
  const editor = page.locator(".monaco-editor", { hasText: "workbench.startupEditor" }).first();
  await editor.waitFor({ timeout: TIMEOUT });
  await editor.locator(".view-lines").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  // One line, with bracket and quote completion off in the base settings: typed as is.
  await page.keyboard.insertText(JSON.stringify({ ...baseSettings, ...extra }));
  const wanted = JSON.stringify({ ...baseSettings, ...extra });
  const deadline = Date.now() + TIMEOUT;
  let saved = "";
  while (Date.now() < deadline) {
    await page.keyboard.press("Control+S");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    saved = fs.readFileSync(userSettingsFile, "utf8");
    if (saved === wanted) {
      return;
    }
  }
  throw new Error(`settings.json was not saved as typed:\n${saved}`);
}

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}\n  ${String(error?.stack ?? error).split("\n").join("\n  ")}`);
    await snapshot(name);
  }
}

let page;
async function snapshot(name) {
  if (!page) {
    return;
  }
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, name.replace(/[^a-z0-9]+/gi, "-") + ".png");
  await page.screenshot({ path: file }).catch(() => undefined);
  console.log(`  screenshot: ${file}`);
}

// Runs a command from the command palette, as a person would.
async function runCommand(title) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press("Enter");
}

async function showProblems() {
  if (!(await page.locator(".markers-panel").isVisible())) {
    await page.keyboard.press("Control+Shift+M");
  }
  await page.locator(".markers-panel").waitFor({ state: "visible", timeout: TIMEOUT });
}

async function openDraft() {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: TIMEOUT });
  await input.fill("summit.txt");
  // Enter only once the filtered list has the draft on top (not a recent file).
  await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: "summit.txt" }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press("Enter");
  await page.locator(".tabs-container .tab.active", { hasText: "summit.txt" }).waitFor({ timeout: TIMEOUT });
  // A reopened editor keeps its old scroll position: bring the top of the draft into view.
  await goToLine(1, 1);
  await page.locator(".monaco-editor .view-line", { hasText: "Samuel Charap" }).first().waitFor({ timeout: TIMEOUT });
}

async function goToLine(line, column) {
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: TIMEOUT });
  await input.fill(`:${line}:${column}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: `Go to line ${line}` }).first().waitFor({ timeout: TIMEOUT });
  // An Enter that lands while the editor is still settling is dropped: press again.
  for (let attempt = 0; attempt < 5 && (await input.isVisible()); attempt++) {
    await page.keyboard.press("Enter");
    await input.waitFor({ state: "hidden", timeout: 2000 }).catch(() => undefined);
  }
  await input.waitFor({ state: "hidden", timeout: TIMEOUT });
}

async function main() {
  const workspace = path.join(scratch, "newsroom");
  const userData = path.join(scratch, "user-data");
  const extensions = path.join(scratch, "extensions");
  fs.mkdirSync(workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, "User"), { recursive: true });
  const draft = path.join(workspace, "summit.txt");
  fs.copyFileSync(draftSource, draft);
  const originalLine3 = fs.readFileSync(draft, "utf8").split("\n")[2];
  userSettingsFile = path.join(userData, "User", "settings.json");
  baseSettings = {
    ...(configuredServer ? { "copydesk.server.path": configuredServer } : {}),
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "telemetry.telemetryLevel": "off",
    "extensions.ignoreRecommendations": true,
    "extensions.autoCheckUpdates": false,
    "extensions.autoUpdate": false,
    "update.mode": "none",
    "security.workspace.trust.enabled": false,
    "editor.hover.delay": 100,
    "editor.minimap.enabled": false,
    "editor.autoClosingBrackets": "never",
    "editor.autoClosingQuotes": "never",
    "editor.autoIndent": "none",
    "editor.formatOnPaste": false,
    "window.commandCenter": false,
    "chat.commandCenter.enabled": false,
    "workbench.colorTheme": "Default Light Modern",
  };
  writeUserSettings({});

  const common = ["--user-data-dir", userData, "--extensions-dir", extensions];
  const install = spawnSync(codeServer, [...common, "--install-extension", vsix], { encoding: "utf8" });
  if (install.status !== 0) {
    throw new Error(`installing ${vsix} failed:\n${install.stdout}\n${install.stderr}`);
  }
  console.log(`e2e: installed ${path.basename(vsix)} into code-server`);
  let environment = process.env;
  if (serverMode === "bundled") {
    expectedServer = installedBundledServer(extensions);
    const { env, dropped } = environmentWithoutCopydesk();
    environment = env;
    console.log(`e2e: the server should come from the extension: ${expectedServer}`);
    console.log(`e2e: no copydesk.server.path; left out of PATH: ${JSON.stringify(dropped)}; CARGO_HOME=${env.CARGO_HOME}`);
  }

  const port = await freePort();
  const serverLog = fs.openSync(path.join(scratch, "code-server.log"), "w");
  const server = spawn(
    codeServer,
    [
      ...common,
      "--auth",
      "none",
      "--bind-addr",
      `127.0.0.1:${port}`,
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      workspace,
    ],
    { detached: true, stdio: ["ignore", serverLog, serverLog], env: environment },
  );
  codeServerPid = server.pid;
  let browser;
  try {
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, server);
    console.log(`e2e: code-server ${port} up (pid ${server.pid})`);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await runChecks(draft, originalLine3);
  } finally {
    await browser?.close().catch(() => undefined);
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    fs.closeSync(serverLog);
  }
}

async function runChecks(draft, originalLine3) {
  const placeholder = serverIsPlaceholder();

  await check("VS Code's workbench loads", async () => {
    await page.locator(".monaco-workbench").waitFor({ timeout: TIMEOUT });
  });

  await check("the sample draft opens with Ctrl+P", async () => {
    await page.locator(".monaco-workbench .part.editor").waitFor({ timeout: TIMEOUT });
    // The keybinding only lands once the workbench has focus.
    await page.locator(".monaco-workbench").click({ position: { x: 700, y: 400 } }).catch(() => undefined);
    await openDraft();
  });

  await check("the extension is active: its status bar item shows the server state", async () => {
    const item = page.locator(".statusbar-item", { hasText: "copydesk" });
    await item.first().waitFor({ timeout: TIMEOUT });
    const label = await item.first().getAttribute("aria-label");
    console.log(`  status bar: ${label}`);
  });

  await check(
    serverMode === "bundled"
      ? "the language server running is the one bundled in the extension, with no other copydesk in reach"
      : "the language server running is the one copydesk.server.path names",
    async () => {
      const deadline = Date.now() + TIMEOUT;
      let servers = [];
      while (Date.now() < deadline && servers.length === 0) {
        servers = languageServers();
        if (servers.length === 0) {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      if (servers.length !== 1) {
        throw new Error(`expected one copydesk lsp under code-server, found ${JSON.stringify(servers)}`);
      }
      const [running] = servers;
      console.log(`  server: pid ${running.pid} runs ${running.exe}`);
      if (running.exe !== fs.realpathSync(expectedServer)) {
        throw new Error(`the server runs ${running.exe}, not ${expectedServer}`);
      }
      if (serverMode === "bundled") {
        // What the extension host would have found without the bundle: nothing.
        const hostEnv = environmentOf(running.parent);
        const reachable = (hostEnv.PATH ?? "")
          .split(path.delimiter)
          .filter(Boolean)
          .map((folder) => path.join(folder, "copydesk"))
          .concat(path.join(hostEnv.CARGO_HOME ?? path.join(os.homedir(), ".cargo"), "bin", "copydesk"))
          .filter(isExecutable);
        if (reachable.length > 0) {
          throw new Error(`the extension host could also reach ${JSON.stringify(reachable)}`);
        }
      }
    },
  );

  await check("the Problems panel opens", async () => {
    await page.keyboard.press("Control+Shift+M");
    await page.locator(".markers-panel").waitFor({ state: "visible", timeout: TIMEOUT });
  });

  await check("“copydesk: Show Speaker Index” shows the copydesk quotes view beside the draft", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await runCommand("copydesk: Show Speaker Index");
    await page.locator(".tabs-container .tab", { hasText: "Speakers — summit.txt" }).waitFor({ timeout: TIMEOUT });
    await page.locator(".monaco-editor .view-line", { hasText: "Speaker index — summit.txt" }).first().waitFor({ timeout: TIMEOUT });
    // Back to the draft, alone (the browser keeps Ctrl+W for itself).
    await runCommand("View: Close All Editors");
    await page.locator(".tabs-container .tab", { hasText: "Speakers — summit.txt" }).waitFor({ state: "detached", timeout: TIMEOUT });
    await openDraft();
  });

  if (placeholder) {
    console.log("skipped: `copydesk lsp` is still the placeholder (\"not yet\"): no findings, hover or quick fix to check");
    return;
  }

  await check("the Problems panel shows the missing-dateline warning", async () => {
    const row = page.locator(".markers-panel .monaco-list-row", { hasText: "missing-dateline" });
    await row.first().waitFor({ timeout: TIMEOUT });
    const text = await row.first().innerText();
    console.log(`  problem: ${text.replace(/\s+/g, " ")}`);
    const label = (await row.first().getAttribute("aria-label")) ?? "";
    if (!/\[Ln 3, Col 1\]/.test(text) && !label.includes("at line 3 and character 1")) {
      throw new Error(`not at line 3, column 1: ${text} (${label})`);
    }
    const warning = page.locator(".markers-panel .monaco-list-row .codicon-warning", {}).first();
    await warning.waitFor({ timeout: TIMEOUT });
    // Exactly one: a server that both pushes and answers pulls shows every finding twice.
    for (let look = 0; look < 10; look++) {
      const rows = await row.count();
      if (rows !== 1) {
        throw new Error(`${rows} missing-dateline rows in the Problems panel, expected 1`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (process.env.COPYDESK_E2E_PROBLEMS_SCREENSHOT) {
      await screenshotProblems(draft, path.resolve(process.env.COPYDESK_E2E_PROBLEMS_SCREENSHOT));
    }
  });

  await check("hovering Charap shows his three quotes", async () => {
    await page.keyboard.press("Control+Shift+M"); // the panel toggles closed; more room for the card
    const word = page.locator(".monaco-editor .view-line span", { hasText: "Charap" }).first();
    await word.waitFor({ timeout: TIMEOUT });
    const box = await wordBox("Charap");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const card = page.locator(".monaco-hover", { hasText: "Neither of them gave away" }).first();
    await card.waitFor({ state: "visible", timeout: TIMEOUT });
    const text = await card.innerText();
    for (const expected of ["Charap", "upbeat vibes", "It sounds like there were specifics", "Neither of them gave away"]) {
      if (!text.includes(expected)) {
        throw new Error(`hover lacks ${JSON.stringify(expected)}:\n${text}`);
      }
    }
    if (process.env.COPYDESK_E2E_SCREENSHOT) {
      await screenshotHover(card, box, process.env.COPYDESK_E2E_SCREENSHOT);
      console.log(`  hover card saved to ${process.env.COPYDESK_E2E_SCREENSHOT}`);
    }
    await page.mouse.move(5, 5);
    await page.keyboard.press("Escape");
  });

  await check("a settings change reaches the running server: missing-dateline off clears it, default brings it back", async () => {
    await showProblems();
    const row = page.locator(".markers-panel .monaco-list-row", { hasText: "missing-dateline" }).first();
    await row.waitFor({ timeout: TIMEOUT });
    try {
      await editUserSettings({ "copydesk.rules.missing-dateline": "off" });
      await row.waitFor({ state: "detached", timeout: TIMEOUT });
    } finally {
      // Whatever happened, the next checks start from the default settings and the draft.
      await editUserSettings({});
      await openDraft();
    }
    await showProblems();
    await row.waitFor({ timeout: TIMEOUT });
  });

  await check("the server took the extension's settings without complaint", async () => {
    await runCommand("Notifications: Show Notifications");
    const center = page.locator(".notifications-center");
    await center.waitFor({ state: "visible", timeout: TIMEOUT });
    const notes = (await center.innerText()).trim();
    await runCommand("Notifications: Hide Notifications");
    if (notes.includes("copydesk settings")) {
      throw new Error(`the server rejected the settings:\n${notes}`);
    }
  });

  await check("the dateline quick fix applies", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await goToLine(3, 1);
    await page.keyboard.press("Control+.");
    // The menu takes keys, not clicks, until the mouse moves: walk down to the dateline fix
    // (not the "disable for this line" action, whose title names the rule too).
    const menu = page.locator(".action-widget");
    await menu.locator(".monaco-list-row", { hasText: /dateline/i }).first().waitFor({ state: "visible", timeout: TIMEOUT });
    const offered = (await menu.locator(".monaco-list-row").allInnerTexts()).map((title) => title.trim());
    console.log(`  quick fixes offered: ${JSON.stringify(offered)}`);
    const isDatelineFix = (title) => /dateline/i.test(title) && !/disable|suppress|ignore/i.test(title);
    let focused = "";
    for (let step = 0; step <= offered.length; step++) {
      focused = (await menu.locator(".monaco-list-row.focused").first().innerText().catch(() => "")).trim();
      if (isDatelineFix(focused)) {
        break;
      }
      await page.keyboard.press("ArrowDown");
    }
    if (!isDatelineFix(focused)) {
      throw new Error(`no dateline fix among ${JSON.stringify(offered)}`);
    }
    console.log(`  applying: ${focused}`);
    await page.keyboard.press("Enter");
    await menu.waitFor({ state: "hidden", timeout: TIMEOUT });
    // A snippet fix selects the placeholder: leave snippet mode, then save.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+S");
    const expected = `CITY, State — ${originalLine3}`;
    const deadline = Date.now() + TIMEOUT;
    let line3 = "";
    while (Date.now() < deadline) {
      line3 = fs.readFileSync(draft, "utf8").split("\n")[2];
      if (line3 === expected) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`line 3 after the fix:\n${line3}`);
  });

  await check("after the fix the Problems panel has no missing-dateline", async () => {
    await showProblems();
    await page
      .locator(".markers-panel .monaco-list-row", { hasText: "missing-dateline" })
      .first()
      .waitFor({ state: "detached", timeout: TIMEOUT });
  });

  await check("with source.fixAll.copydesk in editor.codeActionsOnSave, saving fixes a slip", async () => {
    const slip = "Charapp added that the talks would go on.";
    const fixed = "Charap added that the talks would go on.";
    try {
      await editUserSettings({ "editor.codeActionsOnSave": { "source.fixAll.copydesk": "explicit" } });
      await openDraft();
      await page.locator(".monaco-editor .view-lines").first().click();
      await page.keyboard.press("Control+End");
      await page.keyboard.insertText(`\n\n${slip}\n\nCharap said more.`);
      // The slip must be analysed before the save asks for its fix.
      await showProblems();
      await page.locator(".markers-panel .monaco-list-row", { hasText: "Charapp" }).first().waitFor({ timeout: TIMEOUT });
      await page.locator(".monaco-editor .view-lines").first().click();
      await page.keyboard.press("Control+S");
      const deadline = Date.now() + TIMEOUT;
      let text = "";
      while (Date.now() < deadline) {
        text = fs.readFileSync(draft, "utf8");
        if (text.includes(fixed) && !text.includes(slip)) {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`the saved draft still has the slip:\n${text.slice(-300)}`);
    } finally {
      await editUserSettings({});
      await openDraft();
    }
  });
}

// The window with the draft and the Problems panel, the side bar hidden for the draft's width and
// the cursor after the punctuation ending a short line (so no word is highlighted and the view
// does not scroll sideways) and the top of the draft in view; put back as it was afterwards.
async function screenshotProblems(draft, file) {
  const lines = fs.readFileSync(draft, "utf8").split("\n");
  const quiet = lines.findIndex((line) => line.length > 0 && line.length < 100 && /[^\p{L}\p{N}_]$/u.test(line));
  await runCommand("View: Toggle Primary Side Bar Visibility");
  try {
    await page.locator(".part.sidebar").waitFor({ state: "hidden", timeout: TIMEOUT });
    if (quiet >= 0) {
      await goToLine(quiet + 1, lines[quiet].length + 1);
    }
    // Go to line centres the line: scroll back to the top with the wheel, which keeps the cursor
    // (a few lines a turn; turning on past the top does nothing).
    const editor = await page.locator(".part.editor .monaco-editor").first().boundingBox();
    await page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
    const firstLine = page.locator(".part.editor .monaco-editor .line-numbers", { hasText: /^1$/ });
    for (let turn = 0, extra = 0; turn < 50 && extra < 5; turn++) {
      await page.mouse.wheel(0, -400);
      await new Promise((resolve) => setTimeout(resolve, 50));
      extra += (await firstLine.isVisible()) ? 1 : 0;
    }
    await page.mouse.move(5, 5);
    await firstLine.waitFor({ timeout: TIMEOUT });
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    console.log(`  window with the Problems panel saved to ${file}`);
  } finally {
    await runCommand("View: Toggle Primary Side Bar Visibility");
    await goToLine(1, 1);
  }
}

// The screen box of the first rendered occurrence of `word` in the editor.
async function wordBox(word) {
  const box = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector(".monaco-editor .view-lines"), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(needle);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
    }
    return null;
  }, word);
  if (!box) {
    throw new Error(`${word} is not on screen`);
  }
  return box;
}

// The hover card with the hovered word and a little of the draft around it.
async function screenshotHover(cardLocator, wordRect, file) {
  const card = await cardLocator.boundingBox();
  const lines = await page.locator(".monaco-editor .view-lines").first().boundingBox();
  const margin = 24;
  const left = Math.max(0, Math.min(card.x, wordRect.x, lines.x) - margin);
  const top = Math.max(0, Math.min(card.y, wordRect.y) - margin);
  const right = Math.max(card.x + card.width, wordRect.x + wordRect.width) + margin;
  const bottom = Math.max(card.y + card.height, wordRect.y + wordRect.height) + margin;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
}

try {
  await main();
} catch (error) {
  results.push({ name: "harness", ok: false });
  console.log(`not ok - harness\n  ${String(error?.stack ?? error)}`);
}
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log(`code-server e2e: ${passed} passed, ${failed} failed`);
if (failed === 0) {
  fs.rmSync(scratch, { recursive: true, force: true });
} else {
  console.log(`e2e: logs and screenshots kept in ${scratch}`);
}
process.exit(failed === 0 && passed > 0 ? 0 : 1);
