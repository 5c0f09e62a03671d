// The VS Code side of copydesk: starts `copydesk lsp`, keeps its settings in step, and adds the
// speaker index and a status bar item. Everything testable without VS Code lives in the other
// modules.

import * as path from "node:path";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from "vscode-languageclient/node";
import { localInput, resolveServerPath, ServerSource } from "./serverPath";
import { RESTART_SETTINGS, serverSettings } from "./settings";
import { speakerIndex } from "./speakerIndex";

const SPEAKER_SCHEME = "copydesk-speakers";
const LANGUAGES = ["markdown", "plaintext"];

let client: LanguageClient | undefined;
let serverPath: string | undefined;
let extensionPath: string | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
const speakerPages = new Map<string, string>();
const speakerPagesChanged = new vscode.EventEmitter<vscode.Uri>();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionPath = context.extensionPath;
  output = vscode.window.createOutputChannel("copydesk");
  status = vscode.window.createStatusBarItem("copydesk.status", vscode.StatusBarAlignment.Right, 100);
  status.name = "copydesk";
  status.command = "copydesk.showOutput";
  status.show();

  context.subscriptions.push(
    output,
    status,
    speakerPagesChanged,
    vscode.commands.registerCommand("copydesk.restartServer", restartServer),
    vscode.commands.registerCommand("copydesk.showSpeakerIndex", showSpeakerIndex),
    vscode.commands.registerCommand("copydesk.showOutput", () => output.show(true)),
    vscode.workspace.registerTextDocumentContentProvider(SPEAKER_SCHEME, {
      onDidChange: speakerPagesChanged.event,
      provideTextDocumentContent: (uri) => speakerPages.get(uri.toString()) ?? "",
    }),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
  );

  await startServer();
}

export async function deactivate(): Promise<void> {
  await stopServer();
}

function currentSettings() {
  const configuration = vscode.workspace.getConfiguration("copydesk");
  return serverSettings((key) => configuration.get(key));
}

function firstWorkspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.find((folder) => folder.uri.scheme === "file")?.uri.fsPath;
}

async function startServer(): Promise<void> {
  const configured = vscode.workspace.getConfiguration("copydesk").get<string>("server.path");
  const resolution = resolveServerPath(localInput(configured, firstWorkspaceFolder(), extensionPath));
  if (resolution.kind === "missing") {
    serverPath = undefined;
    showState("missing", resolution.message);
    output.appendLine(resolution.message);
    const choice = await vscode.window.showErrorMessage(resolution.message, "Set copydesk.server.path");
    if (choice) {
      await vscode.commands.executeCommand("workbench.action.openSettings", "copydesk.server.path");
    }
    return;
  }
  serverPath = resolution.path;
  output.appendLine(`copydesk: starting ${serverPath} lsp (${describeSource(resolution.source)})`);

  const serverOptions: ServerOptions = { command: serverPath, args: ["lsp"] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    initializationOptions: currentSettings(),
    outputChannel: output,
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{copydesk.toml,.copydesk.toml}"),
    },
    middleware: {
      workspace: {
        // A server that pulls its settings gets the same shape as initializationOptions.
        configuration: async (params, token, next) => {
          const fromEditor = await next(params, token);
          if (!Array.isArray(fromEditor)) {
            return fromEditor;
          }
          return params.items.map((item, index) =>
            item.section === "copydesk" ? currentSettings() : fromEditor[index],
          );
        },
      },
    },
  };

  client = new LanguageClient("copydesk", "copydesk", serverOptions, clientOptions);
  client.onDidChangeState((event) => {
    if (event.newState === State.Running) {
      showState("running");
    } else if (event.newState === State.Starting) {
      showState("starting");
    } else {
      showState("stopped");
    }
  });
  showState("starting");
  try {
    await client.start();
  } catch (error) {
    const message = `copydesk: the server at ${serverPath} did not start: ${String(error)}`;
    output.appendLine(message);
    showState("stopped", message);
    void vscode.window.showErrorMessage(message, "Show Log").then((choice) => choice && output.show(true));
  }
}

async function stopServer(): Promise<void> {
  const running = client;
  client = undefined;
  if (!running) {
    return;
  }
  try {
    await running.stop();
  } catch (error) {
    output.appendLine(`copydesk: stopping the server: ${String(error)}`);
  }
}

async function restartServer(): Promise<void> {
  await stopServer();
  await startServer();
}

async function onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
  if (!event.affectsConfiguration("copydesk")) {
    return;
  }
  if (RESTART_SETTINGS.some((key) => event.affectsConfiguration(key)) || !client) {
    await restartServer();
    return;
  }
  if (client.isRunning()) {
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: currentSettings() });
  }
}

function describeSource(source: ServerSource): string {
  switch (source) {
    case "setting":
      return "set in copydesk.server.path";
    case "bundled":
      return "bundled with the extension";
    case "PATH":
      return "found on PATH";
    case "cargo":
      return "found in cargo's bin folder";
  }
}

type ServerState = "starting" | "running" | "stopped" | "missing";

function showState(state: ServerState, detail?: string): void {
  const looks: Record<ServerState, [string, string]> = {
    starting: ["$(sync~spin) copydesk", "copydesk: starting the server"],
    running: ["$(check) copydesk", `copydesk: the server is running (${serverPath ?? ""})`],
    stopped: ["$(error) copydesk", "copydesk: the server stopped. Run “copydesk: Restart Server”."],
    missing: ["$(warning) copydesk", "copydesk: the server binary was not found"],
  };
  const [text, tooltip] = looks[state];
  status.text = text;
  status.tooltip = detail ?? tooltip;
  status.backgroundColor =
    state === "stopped" || state === "missing" ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
}

async function showSpeakerIndex(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !LANGUAGES.includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage("copydesk: open a Markdown or plain-text draft first.");
    return;
  }
  if (!serverPath) {
    await startServer();
    if (!serverPath) {
      return;
    }
  }
  const document = editor.document;
  const onDisk = document.uri.scheme === "file";
  const name = onDisk ? document.uri.fsPath : `${document.uri.path}${document.languageId === "markdown" ? ".md" : ".txt"}`;
  const page = await speakerIndex(serverPath, {
    filePath: onDisk ? document.uri.fsPath : undefined,
    name,
    text: document.getText(),
    unsaved: !onDisk || document.isDirty,
  });
  const uri = vscode.Uri.from({
    scheme: SPEAKER_SCHEME,
    path: `/Speakers — ${path.basename(name)}`,
    query: document.uri.toString(),
  });
  speakerPages.set(uri.toString(), page);
  speakerPagesChanged.fire(uri);
  const view = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(view, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
}
