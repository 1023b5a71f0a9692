/**
 * What the CLI lends the workbook commands (`clauses run`, `clauses import`): .xlsx files through
 * exceljs, the pipeline runner and the pack stored in a workbook. exceljs and the runner are loaded
 * only when a command opens a file, so `clauses --help` and the JSON commands start without them.
 */
import { getHeapStatistics } from "node:v8";
import type { WorkbookFiles } from "../plugins/types";
import { rulesOf } from "../composition/root";

/**
 * @example
 * const workbook = await workbookFiles.open(bytes);
 */
export const workbookFiles: WorkbookFiles = {
  open: async (bytes) => {
    const { XlsxWorkbook } = await import("../workbook/xlsx-workbook");
    // A workbook that would not fit in this process's heap is refused before exceljs opens it (see `XlsxWorkbook.load`).
    XlsxWorkbook.memoryBudget = getHeapStatistics().heap_size_limit * 0.8;
    return XlsxWorkbook.load(bytes);
  },
  create: async () => (await import("../workbook/xlsx-workbook")).XlsxWorkbook.create(),
  packOf: (workbook) => rulesOf(workbook).current(),
  runPipeline: async (request) => (await import("../pipeline/run-pipeline")).runPipeline(request),
};
