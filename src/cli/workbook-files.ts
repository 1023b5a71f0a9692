/**
 * What the CLI lends the workbook commands (`clauses run`, `clauses import`): .xlsx files through
 * exceljs, the pipeline runner and the pack stored in a workbook. exceljs and the runner are loaded
 * only when a command opens a file, so `clauses --help` and the JSON commands start without them.
 */
import { getHeapStatistics } from "node:v8";
import { formatNumberFr } from "../../domain";
import type { WorkbookFiles } from "../plugins/types";
import { rulesOf } from "../composition/root";

/**
 * Sheets of more XML than this are read by streaming when a command asks for it (`largeSheets`):
 * about 10 000 Heures rows. Smaller ones are opened whole by exceljs, as they always were.
 */
export const LARGE_SHEET_BYTES = 4_000_000;

/**
 * @example
 * const workbook = await workbookFiles.open(bytes);
 */
export const workbookFiles: WorkbookFiles = {
  open: async (bytes, options = {}) => {
    const { XlsxWorkbook } = await import("../workbook/xlsx-workbook");
    // A workbook that would not fit in this process's heap is refused before exceljs opens it (see `XlsxWorkbook.load`).
    XlsxWorkbook.memoryBudget = getHeapStatistics().heap_size_limit * 0.8;
    if (!options.largeSheets) return XlsxWorkbook.load(bytes);
    const { largeSheets } = await import("../workbook/xlsx-large-sheets");
    const progress = options.progress;
    return XlsxWorkbook.load(bytes, {
      large: largeSheets({
        threshold: LARGE_SHEET_BYTES,
        progress: progress && ((done, total, phase) => progress(progressLine(done, total, phase))),
      }),
    });
  },
  create: async () => (await import("../workbook/xlsx-workbook")).XlsxWorkbook.create(),
  packOf: (workbook) => rulesOf(workbook).current(),
  runPipeline: async (request) => (await import("../pipeline/run-pipeline")).runPipeline(request),
};

/**
 * A French progress line: rows read (of how many), or the share of the file written.
 *
 * @example
 * progressLine(120_000, 200_000, "read") // => "lecture : 120 000 lignes sur 200 000"
 * progressLine(45, 100, "write") // => "écriture : 45 %"
 */
export function progressLine(done: number, total: number | undefined, phase: "read" | "write"): string {
  if (phase === "write") return `écriture : ${formatNumberFr(done, 0)} %`;
  const of = total === undefined ? "" : ` sur ${formatNumberFr(Math.max(total, done), 0)}`;
  return `lecture : ${formatNumberFr(done, 0)} lignes${of}`;
}
