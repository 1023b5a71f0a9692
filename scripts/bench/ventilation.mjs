#!/usr/bin/env node
/**
 * `npm run bench`: time and peak memory of `clauses ventilate` on generated territories of 10k,
 * 100k and 1M hour lines (≈ one contract per 50 lines, one company per 7 contracts), against
 * `clauses validate` on the same file (reading and checking the input: the baseline), itself against
 * reading and `JSON.parse` of the file (the floor of any command on it), and the cost
 * of a 2,000-row calculated column of =CLAUSES.HOURS_VENTILATE.
 *
 * Each measurement runs in its own Node process (TypeScript through tsx, as bin/clauses.js does), so
 * the peak resident memory it prints (process.resourceUsage().maxRSS) is that command's alone.
 * Usage: npm run bench -- [SIZES…] (default 10000 100000 1000000)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, "child.ts");
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
const SIZES = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];

function child(...args) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--max-old-space-size=8192", CHILD, ...args.map(String)], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`échec de ${args.join(" ")} :\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop());
}

/** The median of `count` runs (by time), each in a fresh process. */
function measure(count, ...args) {
  const runs = Array.from({ length: count }, () => child(...args)).sort((a, b) => a.ms - b.ms);
  const median = runs[Math.floor(runs.length / 2)];
  if (median.code !== 0) throw new Error(`${args.join(" ")} : code ${median.code}\n${median.errors}`);
  return median;
}

const fmt = (value, digits = 0) => value.toLocaleString("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const dir = mkdtempSync(path.join(tmpdir(), "clauses-bench-"));
const rows = [];
try {
  console.log(
    `Banc d'essai de la ventilation — Node ${process.version}, ${cpus().length} cœurs, charge ${loadavg()
      .map((load) => fmt(load, 1))
      .join(" ")}, ${new Date().toISOString().slice(0, 10)}`,
  );
  for (const size of SIZES) {
    const file = path.join(dir, `territoire-${size}.json`);
    const territory = child("generate", size, file);
    const repeats = size >= 1_000_000 ? 1 : 3;
    const parse = measure(repeats, "parse", file);
    const validate = measure(repeats, "cli", "validate", file);
    const ventilate = measure(repeats, "cli", "ventilate", file);
    const detail = measure(1, "cli", "ventilate", file, "--detail");
    rows.push({ size, territory, validate, ventilate, detail, megabytes: statSync(file).size / 1e6 });
    console.log(
      `${fmt(size).padStart(9)} lignes (${fmt(territory.markets)} marchés, ${fmt(territory.companies)} entreprises, ${fmt(statSync(file).size / 1e6, 1)} Mo) : ` +
        `JSON.parse ${fmt(parse.ms)} ms ; validate ${fmt(validate.ms)} ms (${fmt(validate.ms / parse.ms, 1)} × JSON.parse), ${fmt(validate.peakMB)} Mo ; ventilate ${fmt(ventilate.ms)} ms, ${fmt(ventilate.peakMB)} Mo ` +
        `(ratio ${fmt(ventilate.ms / validate.ms, 2)}) ; ventilate --detail ${fmt(detail.ms)} ms (${fmt(detail.ms / validate.ms, 1)} × validate), ${fmt(detail.peakMB)} Mo`,
    );
    // Temps CPU (tous les fils du processus) : moins déplacé que le temps écoulé par la charge des autres sur une machine partagée.
    console.log(
      `${" ".repeat(9)} temps CPU : JSON.parse ${fmt(parse.cpuMs)} ms ; validate ${fmt(validate.cpuMs)} ms (${fmt(validate.cpuMs / parse.cpuMs, 1)} × JSON.parse) ; ` +
        `ventilate ${fmt(ventilate.cpuMs)} ms (ratio ${fmt(ventilate.cpuMs / validate.cpuMs, 2)}) ; ventilate --detail ${fmt(detail.cpuMs)} ms (${fmt(detail.cpuMs / validate.cpuMs, 1)} × validate)`,
    );
  }
  for (let index = 1; index < rows.length; index += 1) {
    const [before, after] = [rows[index - 1], rows[index]];
    const factor = after.size / before.size;
    const nLogN = (after.size * Math.log2(after.size)) / (before.size * Math.log2(before.size));
    console.log(
      `croissance ${fmt(before.size)} → ${fmt(after.size)} lignes (×${fmt(factor)}) : ventilate ×${fmt(after.ventilate.ms / before.ventilate.ms, 1)}, ` +
        `validate ×${fmt(after.validate.ms / before.validate.ms, 1)} (n log n : ×${fmt(nLogN, 1)})`,
    );
  }
  for (const lines of [100_000, 10_000]) {
    const column = child("column", 2000, lines);
    console.log(
      `colonne calculée de ${fmt(column.calls)} lignes (=CLAUSES.HEURES_VENTILER(Marchés; Heures; ; [@Marché]), Marchés ${fmt(column.contracts)} lignes, ` +
        `Heures ${fmt(column.lines)} lignes) : premier appel ${fmt(column.firstMs)} ms, les ${fmt(column.calls - 1)} autres ${fmt(column.withAddressesMs)} ms ` +
        `(${fmt(column.withoutAddressesMs)} ms sans les adresses des arguments, cellules comparées à chaque appel)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
