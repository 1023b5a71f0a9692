/**
 * Reading large ranges through Office.js without exceeding Excel on the web's 5 MB response limit:
 * the range is loaded in blocks of rows, the first sized by cells, the next by what the first weighed.
 * A table of a few thousand rows is one block, so one `context.sync()`.
 */
import type { Cell } from "../../domain";
import { byteLength, rowsPerBlock } from "./payload";

/** `Excel.run`, injected so tests can pass office-addin-mock's: the one way the adapter reaches Excel. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where a range is (0-based, as Office.js gives them) and how big. */
export interface Dimensions {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Loads the values of a range, block by block (one `context.sync()` per block).
 *
 * @example
 * const values = await readBlocks(context, sheet, { rowIndex: 0, columnIndex: 0, rowCount: 50_001, columnCount: 9 });
 */
export async function readBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet, dims: Dimensions): Promise<Cell[][]> {
  const values: Cell[][] = [];
  let bytesPerRow: number | undefined;
  for (let start = 0; start < dims.rowCount;) {
    const count = Math.min(rowsPerBlock(dims.columnCount, bytesPerRow), dims.rowCount - start);
    const block = sheet.getRangeByIndexes(dims.rowIndex + start, dims.columnIndex, count, dims.columnCount);
    block.load("values");
    // One round trip per block is the point: each response stays under the 5 MB limit (the number of
    // syncs grows with the payload, never with the rows of a table that fits in one response).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const rows = block.values as Cell[][];
    bytesPerRow = Math.max(1, Math.ceil(byteLength(rows) / count));
    for (const row of rows) values.push(row);
    start += count;
  }
  return values;
}

/**
 * Where a loaded range is.
 *
 * @example
 * range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]); await context.sync(); dimensionsOf(range) // => { rowIndex: 0, columnIndex: 0, rowCount: 54, columnCount: 9 }
 */
export function dimensionsOf(range: Excel.Range): Dimensions {
  return { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}
