import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_DEBOUNCE_MS, serverSettings } from "../src/settings";

function reader(values: Record<string, unknown>) {
  return (key: string) => values[key];
}

test("untouched settings give the server's defaults and no rule overrides", () => {
  assert.deepEqual(serverSettings(reader({})), {
    rules: {},
    dateline: { style: "any" },
    server: { "debounce-ms": DEFAULT_DEBOUNCE_MS, "inlay-hints": true },
  });
});

test("VS Code's own defaults (rules at 'default') send no rule overrides", () => {
  const settings = serverSettings(
    reader({
      "rules.unattributed-quote": "default",
      "rules.missing-dateline": "default",
      "dateline.style": "any",
      "server.debounceMs": 75,
      "inlayHints.enabled": true,
    }),
  );
  assert.deepEqual(settings.rules, {});
  assert.deepEqual(settings.server, { "debounce-ms": 75, "inlay-hints": true });
});

test("a strict AP desk: follow-on quotes as warnings, AP datelines, no inlay hints", () => {
  const settings = serverSettings(
    reader({
      "rules.follow-on-quote": "warning",
      "rules.first-reference": "off",
      "rules.unbalanced-quote": "error",
      "dateline.style": "ap",
      "server.debounceMs": 150,
      "inlayHints.enabled": false,
    }),
  );
  assert.deepEqual(settings, {
    rules: { "follow-on-quote": "warning", "first-reference": "off", "unbalanced-quote": "error" },
    dateline: { style: "ap" },
    server: { "debounce-ms": 150, "inlay-hints": false },
  });
});

test("the shape is exactly the one the server reads", () => {
  const json = JSON.stringify(serverSettings(reader({ "rules.unattributed-quote": "warning" })));
  assert.equal(
    json,
    '{"rules":{"unattributed-quote":"warning"},"dateline":{"style":"any"},"server":{"debounce-ms":75,"inlay-hints":true}}',
  );
});

test("values the server would reject are dropped, not forwarded", () => {
  const settings = serverSettings(
    reader({
      "rules.name-spelling": "fatal",
      "rules.missing-dateline": 3,
      "rules.not-a-rule": "error",
      "dateline.style": "chicago",
    }),
  );
  assert.deepEqual(settings.rules, {});
  assert.equal(settings.dateline.style, "any");
});

test("the debounce is a whole number of milliseconds within bounds", () => {
  const debounce = (value: unknown) => serverSettings(reader({ "server.debounceMs": value })).server["debounce-ms"];
  assert.equal(debounce(-10), 0);
  assert.equal(debounce(99.6), 100);
  assert.equal(debounce(1e9), 2000);
  assert.equal(debounce("fast"), DEFAULT_DEBOUNCE_MS);
  assert.equal(debounce(Number.NaN), DEFAULT_DEBOUNCE_MS);
});
