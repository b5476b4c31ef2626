// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** What shared/ may never import, adapters included. */
const SHARED_LIMITS = [
  { group: ["node:*"], message: "shared/ läuft auch im Browser: keine Node-Module." },
  {
    group: ["**/functions/**", "**/addin/**", "**/infra/**", "**/cli/**"],
    message: "shared/ ist die unterste Schicht.",
  },
];
const EXCELJS_IN_ADAPTER_ONLY = { group: ["exceljs"], message: "exceljs nur in shared/xlsx (dem Adapter)." };

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "cdk.out/",
      ".data/",
      "coverage/",
      "docs/**/*.pdf",
      "shared/programme/packs.generated.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
      // `import { z }` hands esbuild zod's whole namespace object: every Lambda and the task pane
      // then carried all of zod's locales (+260 KiB each). The namespace import tree-shakes.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']",
          message: 'Bitte `import * as z from "zod"`: `import { z }` zieht alle Sprachen von zod ins Bundle.',
        },
      ],
    },
  },
  {
    // Command-line tools, benchmarks and the local server talk to a terminal on purpose.
    files: ["cli/**", "dev/**", "bench/**", "scripts/**", "bin/**"],
    rules: { "no-console": "off" },
  },
  {
    // shared/ runs in the task pane too: no Node built-ins, nothing from the edges above it, and
    // exceljs only inside its adapter (shared/xlsx), so the rest bundles small for a browser.
    files: ["shared/**/*.ts"],
    ignores: ["shared/**/*.test.ts", "shared/**/test-support/**", "shared/xlsx/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...SHARED_LIMITS, EXCELJS_IN_ADAPTER_ONLY] }] },
  },
  {
    files: ["shared/xlsx/**/*.ts"],
    ignores: ["shared/**/*.test.ts", "shared/**/test-support/**"],
    rules: { "no-restricted-imports": ["error", { patterns: SHARED_LIMITS }] },
  },
  {
    // functions/ and cli/ never reach up into the add-in or the CDK app.
    files: ["functions/**/*.ts", "cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["**/addin/**", "**/infra/**"], message: "Schichten zeigen nur nach unten." }],
        },
      ],
    },
  },
  {
    // The task pane's hooks: rules of hooks and complete dependency lists (a stale closure is a bug
    // a user sees as an old answer), plus the compiler-era checks of the recommended set.
    files: ["addin/**/*.ts", "addin/**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
