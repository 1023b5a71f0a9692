/**
 * The Office.js side of the bilans: the Bilans table with native Excel charts beside it, and the
 * purge's cell updates. Each is one `Excel.run` with a fixed number of `context.sync()` whatever
 * the number of rows: the table goes through the adapter's own write (lookups, then one write under
 * 4 MB, staged above), one more sync reads the sheet's charts, and the charts are drawn with the
 * write (or right after a staged one).
 */
import type { ChartBlock } from "../../domain/reporting";
import { commitTables, quoted } from "./office-write";
import type { ExcelRun } from "./office-read";
import type { ReportSheet, TableRowUpdates, TableWrite } from "./port";
import { tableMissing } from "./errors";
import { plannedWrites } from "./row-updates";

/** Charts the add-in draws are named with this prefix: only they are replaced, never the user's own. */
export const CHART_PREFIX = "Bilans — ";
/** Width, in columns, of the area right of the table where the chart data blocks go (cleared on each write). */
const BLOCK_COLUMNS = 4;
const CHART_WIDTH_COLUMNS = 8;
const CHART_HEIGHT_ROWS = 16;

/**
 * The table (replaced), then the data blocks one under the other right of it, then a chart per
 * block further right; the add-in's earlier charts on the sheet are deleted, the user's kept.
 *
 * @example
 * await writeReportBatch((batch) => Excel.run(batch), { table: bilansTable, records, charts: chartBlocks(view.bilans[0]) });
 */
export async function writeReportBatch(run: ExcelRun, report: ReportSheet): Promise<void> {
  const write: TableWrite = { table: report.table, records: report.records, mode: "replace" };
  await run((context) =>
    commitTables(context, [write], async (lookups) => {
      const found = lookups[0];
      const existing = found?.sheet ?? null;
      if (existing) {
        existing.charts.load("items");
        await context.sync();
      }
      const ours = existing ? existing.charts.items.filter((chart) => chart.name.startsWith(CHART_PREFIX)) : [];
      const blocksAt = (found?.dims?.columnIndex ?? 0) + report.table.columns.length + 1;
      const blockColumns = `${columnLetter(blocksAt)}:${columnLetter(blocksAt + BLOCK_COLUMNS - 1)}`;
      let charts: Excel.ChartCollection | null = null;
      return {
        write: () => {
          for (const chart of ours) chart.delete();
          const sheet = context.workbook.worksheets.getItem(report.table.sheet);
          sheet.getRange(blockColumns).clear();
          drawBlocks(sheet, report.charts, blocksAt);
        },
        // A failed write takes its blocks and charts out again (the add-in's earlier ones come back at the next run);
        // the sheet exists: it was there before, or the table was created on it (then it is deleted whole).
        prepareUndo: () => {
          if (!existing) return;
          charts = existing.charts;
          charts.load("items/name");
        },
        undo: () => {
          if (!existing || !charts) return;
          for (const chart of charts.items) if (chart.name.startsWith(CHART_PREFIX)) chart.delete();
          existing.getRange(blockColumns).clear();
        },
      };
    }),
  );
}

/** Queues each block (title, headers, rows) and its chart. */
function drawBlocks(sheet: Excel.Worksheet, blocks: readonly ChartBlock[], column: number): void {
  let row = 0;
  const chartColumn = column + BLOCK_COLUMNS + 1;
  blocks.forEach((block, index) => {
    const width = block.headers.length;
    sheet.getRangeByIndexes(row, column, 1, 1).values = quoted([[block.title]]);
    sheet.getRangeByIndexes(row, column, 1, 1).format.font.bold = true;
    const data = sheet.getRangeByIndexes(row + 1, column, block.rows.length + 1, width);
    data.values = quoted([block.headers, ...block.rows]);
    if (block.rows.length > 0) {
      const chart = sheet.charts.add(CHART_TYPES[block.kind], data, "Columns");
      chart.name = `${CHART_PREFIX}${block.title}`;
      chart.title.text = block.title;
      const top = index * (CHART_HEIGHT_ROWS + 1);
      chart.setPosition(
        sheet.getRangeByIndexes(top, chartColumn, 1, 1),
        sheet.getRangeByIndexes(top + CHART_HEIGHT_ROWS - 1, chartColumn + CHART_WIDTH_COLUMNS - 1, 1, 1),
      );
    }
    row += block.rows.length + 3;
  });
}

const CHART_TYPES = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barClustered: "BarClustered",
} as const satisfies Record<ChartBlock["kind"], string>;

/**
 * The letters of a 0-based column index.
 *
 * @example
 * columnLetter(0) // => "A"
 * columnLetter(27) // => "AB"
 */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Rewrites cells of rows of tables after checking every row's key, all or nothing, in one batch.
 *
 * @example
 * await updateRowsBatch(run, [{ table: participantsTable, rows: [{ row: 7, key: { column: "id", value: "P2" }, values: { birthDate: null } }] }]);
 */
export async function updateRowsBatch(run: ExcelRun, updates: readonly TableRowUpdates[]): Promise<void> {
  const pending = updates.filter((update) => update.rows.length > 0);
  if (pending.length === 0) return;
  await run(async (context) => {
    const tables = pending.map((update) => context.workbook.tables.getItemOrNullObject(update.table.name));
    await context.sync();
    const missing = pending.find((_, index) => tables[index]?.isNullObject);
    if (missing) throw tableMissing(missing.table.sheet);
    const ranges = tables.map((table) => ({ header: table.getHeaderRowRange(), body: table.getDataBodyRange() }));
    for (const { header, body } of ranges) {
      header.load("values");
      body.load(["values", "rowIndex"]);
    }
    await context.sync();
    // Every table's rows are checked before any cell is written.
    const writes = pending.map((update, index) => {
      const { header, body } = ranges[index] as (typeof ranges)[number];
      return { body, cells: plannedWrites(update.table, header.values[0] ?? [], body.values, body.rowIndex, update.rows) };
    });
    for (const { body, cells } of writes)
      for (const { index, column, value } of cells) body.getCell(index, column).values = quoted([[value ?? null]]);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    await context.sync();
  });
}
