// Lint: recommended JS + TypeScript rules. Purity of the core is enforced here too:
// src/core may not reach for I/O, the environment or GitHub SDKs.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "**/generated/**", "bench/out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        performance: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@actions/*", "probot", "probot/*", "@octokit/*"],
              message: "src/core is pure: no GitHub SDKs.",
            },
            {
              group: [
                "node:fs",
                "fs",
                "node:fs/*",
                "fs/*",
                "node:child_process",
                "child_process",
                "node:os",
                "os",
                "node:net",
                "node:http",
                "node:https",
              ],
              message: "src/core is pure: no I/O.",
            },
            {
              group: [
                "../github/*",
                "../../github/*",
                "../pipeline*",
                "../../pipeline*",
                "../action/*",
                "../app/*",
                "../cli/*",
              ],
              message: "src/core may not import adapters.",
            },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "src/core is pure: pass values in." },
        { object: "Date", property: "now", message: "src/core is pure: pass the time in." },
      ],
    },
  },
);
