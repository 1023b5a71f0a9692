#!/usr/bin/env node
/**
 * `npx clauses …`: runs the CLI's TypeScript sources through tsx's loader, so the command always
 * matches the code of the checkout (no separate build step to forget).
 */
const path = require("node:path");
const { pathToFileURL } = require("node:url");

async function run() {
  // Importing tsx's loader registers its hooks for everything imported afterwards.
  await import(pathToFileURL(require.resolve("tsx")).href);
  const cli = await import(pathToFileURL(path.join(__dirname, "..", "src", "cli", "main.ts")).href);
  // The sources compile to CommonJS (no "type": "module"), so named exports sit on the default export.
  const main = cli.main ?? cli.default.main;
  process.exitCode = await main(process.argv.slice(2));
}

run().catch((error) => {
  process.stderr.write(`Erreur inattendue : ${error && error.message ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
