/**
 * Lint: the Office.js rules of eslint-plugin-office-addins (load before read, sync before read, no
 * context.sync() in a loop, null objects tested with isNullObject…) and React's rules of hooks.
 * Formatting is prettier's job (`npx prettier --check .`), not ESLint's.
 *
 * The plugins' boundary (docs/contributing.md): a plugin imports only domain/, the workbook port, the
 * plugins' kit, the plugin contract (src/plugins/types.ts) and other plugins' files; never the shell
 * (rules, task pane, CLI, demo, pipeline, adapters, composition root) nor the registry. The kit itself
 * imports only domain/, the port and the contract. Static, type-only and dynamic imports alike.
 */
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Relative paths a plugin file (src/plugins/<cap>/x.ts) may not import, with the reason shown by ESLint. */
const pluginBoundary = [
  {
    regex: "^\\.\\./\\.\\./(?!plugin-kit/|workbook/port$|\\.\\./)",
    message:
      "Un plugin n'importe du shell que src/plugin-kit/ et src/workbook/port.ts (ce dont il a besoin passe par le kit, Services ou le contexte de commande).",
  },
  { regex: "^\\.\\./registry$", message: "Seule la racine de composition (src/composition/root.ts) importe le registre." },
  { regex: "^\\.\\./\\.\\./\\.\\./(?!domain(/|$))", message: "Un plugin importe domain/, pas test/ ni scripts/." },
  { regex: "^node:", message: "Pas d'API Node dans un plugin : lire et écrire passent par le contexte de commande." },
];

/** Relative paths the kit (src/plugin-kit/<part>/x.ts) may not import. */
const kitBoundary = [
  {
    regex: "^\\.\\./\\.\\./(?!workbook/port$|plugins/types$|\\.\\./)",
    message: "Le kit des plugins n'importe que domain/, src/workbook/port.ts et src/plugins/types.ts.",
  },
  { regex: "^\\.\\./\\.\\./\\.\\./(?!domain(/|$))", message: "Le kit importe domain/, pas test/ ni scripts/." },
];

/** The same boundary for `import("…")`, which no-restricted-imports does not see. */
function dynamicImports(boundary) {
  return boundary.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replace(/\//g, "\\/")}/]`, message }));
}

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]));

export default tseslint.config(
  // build/ holds generated files (the CLI bundle), like dist/.
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**"] },
  {
    files: ["domain/**/*.ts", "src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "scripts/**/*.ts"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeRules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Only the entry points know the composition root, and only the root knows the registry.
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      "**/*.test.ts",
      "**/*.test.tsx",
      "src/taskpane/index.tsx",
      "src/preview/index.tsx",
      "src/functions/entry.ts",
      "src/cli/**",
      "src/composition/**",
      "src/plugins/*/**",
      "src/plugin-kit/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "composition/root$",
              message: "Seuls les points d'entrée (volet, aperçu, fonctions, CLI) importent la racine de composition.",
            },
            { regex: "plugins/registry$", message: "Seule la racine de composition (src/composition/root.ts) importe le registre." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/plugins/*/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: pluginBoundary.map(({ regex, message }) => ({ regex, message })) }],
      "no-restricted-syntax": ["error", ...dynamicImports(pluginBoundary)],
    },
  },
  {
    files: ["src/plugin-kit/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: kitBoundary.map(({ regex, message }) => ({ regex, message })) }],
      "no-restricted-syntax": ["error", ...dynamicImports(kitBoundary)],
    },
  },
);
