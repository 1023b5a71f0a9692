/**
 * Builds the CLI into one Node file, build/cli/clauses.cjs (esbuild), so `clauses` starts without
 * compiling TypeScript at every call. Run by `npm ci` (the `prepare` script) and by `npm run build`;
 * bin/clauses.js falls back to the sources through tsx when this file is missing or older than them.
 *
 * The heavy libraries only some commands need (exceljs, docx) stay outside the bundle and load on
 * first use; React and Fluent UI stay outside too, so a CLI that ever loaded them would show it in
 * Node's module cache (test/unit/cli-startup.test.ts checks it never does).
 */
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * The plugins' panel loaders (`panel: () => import("./SizingPanel")`) are never called by the CLI:
 * leaving the panels out keeps React's components out of the file Node parses at every start. The
 * same for the pane's Web Worker clients (`new Worker(new URL(…, import.meta.url))`, reached from
 * `prepare` and the panels' hooks): browser-only, never loaded by the CLI, and meaningless in CommonJS.
 */
const paneOnly = /^\.\/([A-Za-z]+Panel|bilan-worker-client|worker-engine)$/;
const panelsLeftOut = {
  name: "panels-left-out",
  setup(build) {
    build.onResolve({ filter: paneOnly }, (args) => ({ path: args.path, external: true }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: ["src/cli/main.ts"],
  outfile: "build/cli/clauses.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  legalComments: "none",
  external: ["exceljs", "docx", "react", "react-dom", "@fluentui/*", "tsx"],
  plugins: [panelsLeftOut],
  metafile: true,
  logLevel: "warning",
});
// The sources the bundle was built from: bin/clauses.js runs the bundle only while none is newer.
const sources = Object.keys(result.metafile.inputs).filter((input) => /^(src|domain)\//.test(input));
writeFileSync(new URL("../build/cli/sources.json", import.meta.url), `${JSON.stringify(sources)}\n`);
console.log(`build/cli/clauses.cjs (${sources.length} sources)`);
