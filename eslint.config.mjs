import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Routes and UI never reach the database: they call a domain function in lib/<feature>/ (docs/style.md).
const databaseImports = {
  paths: [
    { name: "@prisma/client", message: "Call a domain function in lib/<feature>/ instead." },
    { name: "@/lib/db", message: "Call a domain function in lib/<feature>/ instead." },
  ],
  patterns: [
    {
      group: ["@/lib/db/*", "@/lib/generated", "@/lib/generated/*", "@prisma/client/*"],
      message: "Call a domain function in lib/<feature>/ instead.",
    },
    {
      // Relative paths that climb into lib/db or lib/generated.
      regex: "^(\\.\\./)+(lib/)?(db|generated)(/.*)?$",
      message: "Call a domain function in lib/<feature>/ instead.",
    },
  ],
};

// Shared UI and the domain never reach into the routes: what they need is handed to them (e.g. a
// server action as a prop) or lives in components/ or lib/ itself.
const appImportPatterns = [
  {
    group: ["@/app", "@/app/*"],
    message: "components/ and lib/ must not import from app/: pass it in as a prop, or move it.",
  },
  {
    // Relative paths that climb into app/.
    regex: "^(\\.\\./)+app(/.*)?$",
    message: "components/ and lib/ must not import from app/: pass it in as a prop, or move it.",
  },
];
const appImportSyntax = {
  selector: "ImportExpression[source.value=/^(@\\/app|(\\.\\.\\/)+app)(\\/|$)/]",
  message: "components/ and lib/ must not import from app/.",
};
const databaseImportSyntax = {
  selector:
    "ImportExpression[source.value=/^(@\\/lib\\/(db|generated)|@prisma\\/client|(\\.\\.\\/)+(lib\\/)?(db|generated))(\\/|$)/]",
  message: "Call a domain function in lib/<feature>/ instead.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  tseslint.configs.recommendedTypeChecked,
  {
    // No eslint-disable comments: a rule that is wrong for the project is changed here, in review.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "error" },
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Configuration files are plain JavaScript outside the TypeScript project.
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // One import statement per module (import type and value from the same module in one line).
    rules: { "import/no-duplicates": ["error", { "prefer-inline": false }] },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": ["error", databaseImports],
      // no-restricted-imports does not see `await import(...)`.
      "no-restricted-syntax": ["error", databaseImportSyntax],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...databaseImports, patterns: [...databaseImports.patterns, ...appImportPatterns] },
      ],
      "no-restricted-syntax": ["error", databaseImportSyntax, appImportSyntax],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: appImportPatterns }],
      "no-restricted-syntax": ["error", appImportSyntax],
    },
  },
  {
    // The same line drawn by resolved path, whatever the spelling ("./../app/x", "@/./app/x"…).
    files: ["components/**", "lib/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: ["./components", "./lib"],
              from: "./app",
              message: "components/ and lib/ must not import from app/: pass it in, or move it.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "node_modules/**",
    ".data/**",
    "lib/generated/**",
    "prisma/migrations/**",
  ]),
]);
