import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The e2e script runs in Node and hands some functions to the browser page.
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { fetch: "readonly", document: "readonly", NodeFilter: "readonly" } },
  },
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", setTimeout: "readonly", clearTimeout: "readonly", URL: "readonly" },
    },
    rules: {
      eqeqeq: "error",
      "no-console": "off",
      "@typescript-eslint/no-floating-promises": "off",
    },
  },
);
