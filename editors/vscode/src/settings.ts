// The extension's settings, mapped to the shape the server reads in `initializationOptions` and in
// `workspace/didChangeConfiguration`:
//
//   {"rules": {"unattributed-quote": "warning", ...},
//    "dateline": {"style": "any"},
//    "server": {"debounce-ms": 75, "inlay-hints": true}}
//
// The keys are those of `copydesk.toml` (kebab-case); the server rejects unknown ones.
//
// This module does not import `vscode`, so the mapping can be unit-tested in plain Node.

export const RULE_CODES = [
  "first-reference",
  "follow-on-quote",
  "invalid-suppression",
  "malformed-dateline",
  "misattributed-quote",
  "misquote",
  "missing-dateline",
  "name-spelling",
  "quote-drift",
  "quote-style",
  "unattributed-quote",
  "unbalanced-quote",
  "unsourced-quote",
  "unused-suppression",
] as const;

export type RuleCode = (typeof RULE_CODES)[number];
export type RuleLevel = "error" | "warning" | "info" | "hint" | "off";
export type DatelineStyle = "any" | "ap" | "reuters";

export interface ServerSettings {
  rules: Partial<Record<RuleCode, RuleLevel>>;
  dateline: { style: DatelineStyle };
  server: { "debounce-ms": number; "inlay-hints": boolean };
}

export const DEFAULT_DEBOUNCE_MS = 75;
const MAX_DEBOUNCE_MS = 2000;
const RULE_LEVELS: readonly string[] = ["error", "warning", "info", "hint", "off"];
const DATELINE_STYLES: readonly string[] = ["any", "ap", "reuters"];

/** Reads one setting under `copydesk.`, e.g. `get("dateline.style")`; `undefined` when unset. */
export type SettingReader = (key: string) => unknown;

/**
 * Builds the server's settings from the editor's. A rule left at "default" (or set to something
 * the server would reject) is omitted, so `copydesk.toml` and the built-in defaults decide it.
 */
export function serverSettings(get: SettingReader): ServerSettings {
  const rules: Partial<Record<RuleCode, RuleLevel>> = {};
  for (const code of RULE_CODES) {
    const level = get(`rules.${code}`);
    if (typeof level === "string" && RULE_LEVELS.includes(level)) {
      rules[code] = level as RuleLevel;
    }
  }
  const style = get("dateline.style");
  return {
    rules,
    dateline: {
      style: typeof style === "string" && DATELINE_STYLES.includes(style) ? (style as DatelineStyle) : "any",
    },
    server: {
      "debounce-ms": debounce(get("server.debounceMs")),
      "inlay-hints": get("inlayHints.enabled") !== false,
    },
  };
}

function debounce(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return DEFAULT_DEBOUNCE_MS;
  }
  return Math.min(MAX_DEBOUNCE_MS, Math.max(0, Math.round(value)));
}

/** Settings whose change needs a new server process rather than a notification. */
export const RESTART_SETTINGS = ["copydesk.server.path"] as const;
