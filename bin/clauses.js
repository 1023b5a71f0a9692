#!/usr/bin/env node
/**
 * `clauses …` (`npx clauses`, or `clauses` after `npm link`): runs the CLI's bundle,
 * build/cli/clauses.cjs (built by `npm ci` and `npm run build`: one file, no TypeScript to compile,
 * no React), so the command starts in about the time of Node itself.
 *
 * The bundle must match the code of the checkout: when it is missing, or older than any source it
 * was built from, the command runs the TypeScript sources through tsx instead, as before the bundle
 * existed (CLAUSES_DEBUG=1 says so on stderr; `npm run build:cli` rebuilds; CLAUSES_FROM_SOURCES=1
 * forces the sources).
 */
const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const ROOT = path.join(__dirname, "..");
const BUNDLE = path.join(ROOT, "build", "cli", "clauses.cjs");

/**
 * The bundle, when it exists and none of the sources it was built from (build/cli/sources.json,
 * written with it) is newer than it, or is gone.
 */
function freshBundle() {
  try {
    const built = fs.statSync(BUNDLE).mtimeMs;
    const sources = JSON.parse(fs.readFileSync(path.join(path.dirname(BUNDLE), "sources.json"), "utf8"));
    return sources.every((source) => fs.statSync(path.join(ROOT, source)).mtimeMs <= built) ? BUNDLE : undefined;
  } catch {
    return undefined;
  }
}

async function loadMain() {
  const bundle = process.env.CLAUSES_FROM_SOURCES ? undefined : freshBundle();
  if (bundle) return require(bundle).main;
  if (process.env.CLAUSES_DEBUG) process.stderr.write("clauses : bundle absent ou périmé, sources lues par tsx (npm run build:cli)\n");
  // Importing tsx's loader registers its hooks for everything imported afterwards.
  await import(pathToFileURL(require.resolve("tsx")).href);
  const cli = await import(pathToFileURL(path.join(ROOT, "src", "cli", "main.ts")).href);
  // The sources compile to CommonJS (no "type": "module"), so named exports sit on the default export.
  return cli.main ?? cli.default.main;
}

loadMain()
  .then(async (main) => {
    process.exitCode = await main(process.argv.slice(2));
  })
  .catch((error) => {
    process.stderr.write(`Erreur inattendue : ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
