#!/usr/bin/env node
/**
 * `npm run bench:cli`: how long the `clauses` command takes to start, as a user calls it, against
 * Node itself. Median wall time (in a fresh process each time, the three interleaved so a busy
 * machine slows them alike) of `node -e 0`, `clauses --help` and `clauses size` on a one-lot file,
 * and their ratios to `node -e 0`. `--npx` adds `npx clauses --help` (npx's own lookup on top).
 * Aim: `clauses --help` under 3 × `node -e 0`.
 *
 * Usage: npm run bench:cli [-- --runs 21] [-- --npx]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = path.join(root, "bin", "clauses.js");
const args = process.argv.slice(2);
const runsIndex = args.indexOf("--runs");
const RUNS = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 15;

const work = mkdtempSync(path.join(tmpdir(), "bench-cli-"));
const lot = path.join(work, "lot.json");
writeFileSync(lot, JSON.stringify({ lots: [{ id: "1", amount: 500000, labourShare: 0.5 }] }));

const cases = [
  { label: "node -e 0", command: process.execPath, args: ["-e", "0"] },
  { label: "clauses --help", command: process.execPath, args: [BIN, "--help"] },
  { label: "clauses size (1 lot)", command: process.execPath, args: [BIN, "size", "--input", lot] },
];
if (args.includes("--npx")) cases.push({ label: "npx clauses --help", command: "npx", args: ["--no-install", "clauses", "--help"] });

function once({ command, args: argv }) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, argv, { cwd: root, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${argv.join(" ")} : code ${run.status}\n${run.stderr}`);
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  // bin/clauses.js says on stderr (CLAUSES_DEBUG=1) when it falls back to the sources.
  const probe = spawnSync(process.execPath, [BIN, "--help"], { cwd: root, encoding: "utf8", env: { ...process.env, CLAUSES_DEBUG: "1" } });
  const bundle = !existsSync(path.join(root, "build", "cli", "clauses.cjs"))
    ? "absent : sources lues par tsx (npm run build:cli)"
    : probe.stderr.includes("bundle absent ou périmé")
      ? "périmé : sources lues par tsx (npm run build:cli)"
      : "build/cli/clauses.cjs, à jour";
  console.log(`clauses : démarrage, médiane de ${RUNS} exécutions — bundle ${bundle}`);
  console.log(`machine : ${cpus().length} cœurs, charge ${loadavg()[0].toFixed(2)}`);
  for (const item of cases) once(item); // warm the file cache
  const times = cases.map(() => []);
  for (let run = 0; run < RUNS; run += 1) cases.forEach((item, index) => times[index].push(once(item)));
  const base = median(times[0]);
  for (const [index, item] of cases.entries()) {
    const ms = median(times[index]);
    console.log(`${item.label.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / base).toFixed(1).padStart(5)} × node -e 0`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
