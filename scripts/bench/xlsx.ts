/**
 * `npm run bench:xlsx`: `clauses run` on a workbook of 20 000 and 200 000 Heures rows (the demo
 * workbook, its hour lines repeated), against only streaming through the file's cells with exceljs's
 * streaming reader. Each measure runs in its own process, under `/usr/bin/time`, so the peak memory
 * (maximum resident set) is the process's own. Prints figures; asserts nothing.
 *
 * Targets of issue 17: `run` under 1 GB peak and within 3 × the streaming time at 200 000 rows.
 * `clauses run` reads sheets that large by streaming and copies their rows to the output
 * (`src/workbook/xlsx-large-sheets.ts`). The CLI's bundle is built first, as `npm ci` builds it for
 * users: otherwise `bin/clauses.js` compiles the TypeScript sources at every start, which the
 * streaming floor does not pay.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hoursTable } from "../../domain";
import { DEMO_XLSX_PATH } from "../../src/demo/demo-xlsx";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const ROOT = path.join(__dirname, "..", "..");
const SIZES = (process.env.BENCH_ROWS ?? "20000,200000").split(",").map(Number);

/** The demo workbook with its Heures rows repeated up to `count` (every reference stays valid). */
async function workbookOf(count: number, file: string): Promise<void> {
  const workbook = await XlsxWorkbook.load(new Uint8Array(readFileSync(path.join(ROOT, DEMO_XLSX_PATH))));
  const snapshot = (await workbook.readTable(hoursTable))!;
  const { decodeTable } = await import("../../domain");
  const records = decodeTable(hoursTable, [snapshot.headers, ...snapshot.rows]).rows.map((row) => row.values);
  const more = Array.from({ length: count - records.length }, (_, index) => records[index % records.length]!);
  await workbook.appendRecords(hoursTable, more);
  writeFileSync(file, await workbook.toBytes());
}

/**
 * Wall time (s), CPU time (user + system, s) and peak resident memory (Mo) of a command. On a shared
 * machine the wall time depends on the others' load; the CPU time much less.
 */
function measure(args: string[]): { seconds: number; cpu: number; megabytes: number; code: number | null; stderr: string } {
  const started = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%M %U %S", ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const lines = run.stderr.trim().split("\n");
  const [kilobytes, user, system] = (lines.at(-1) ?? "").split(" ").map(Number);
  const cpu = (user ?? 0) + (system ?? 0);
  return { seconds, cpu, megabytes: (kilobytes ?? 0) / 1024, code: run.status, stderr: lines.slice(0, -1).join("\n") };
}

async function main(): Promise<void> {
  const built = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`npm run build:cli a échoué : ${built.stderr}`);
  const dir = mkdtempSync(path.join(tmpdir(), "clauses-bench-xlsx-"));
  try {
    for (const count of SIZES) {
      const file = path.join(dir, `heures-${count}.xlsx`);
      await workbookOf(count, file);
      const stream = measure([process.execPath, "--import", "tsx", path.join(__dirname, "xlsx-stream.ts"), file]);
      // A floor that failed would make any ratio look good: it must have read the file's cells.
      if (stream.code !== 0) throw new Error(`lecture en flux en échec (code ${stream.code}) : ${stream.stderr.split("\n")[0]}`);
      const run = measure([
        process.execPath,
        path.join(ROOT, "bin", "clauses.js"),
        "run",
        file,
        "--out",
        path.join(dir, `r-${count}.xlsx`),
      ]);
      const status = run.code === 0 ? "" : ` (code ${run.code} : ${run.stderr.split("\n")[0]})`;
      console.log(
        `${String(count).padStart(7)} lignes Heures : lecture en flux ${stream.seconds.toFixed(1)} s (CPU ${stream.cpu.toFixed(1)} s, ${Math.round(stream.megabytes)} Mo), ` +
          `clauses run ${run.seconds.toFixed(1)} s (CPU ${run.cpu.toFixed(1)} s, pic ${Math.round(run.megabytes)} Mo)${status}, ` +
          `rapport ${(run.seconds / stream.seconds).toFixed(1)} × (CPU ${(run.cpu / stream.cpu).toFixed(1)} ×)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
