/**
 * Planning cell updates of rows of a table (the retention purge), shared by the Office and memory
 * adapters: every row's key is checked before anything is written.
 */
import { encodeRecords, matchHeader, type Cell, type TableDef, type TableRecord } from "../../domain";
import type { RowUpdate } from "../../domain/reporting";
import { rowMoved } from "./errors";

/**
 * The cells to write (body row index, column index, value), or a French error naming the first row
 * whose key no longer matches — before anything is written.
 *
 * @example
 * plannedWrites(participantsTable, headers, rows, 1, updates) // => [{ index: 5, column: 2, value: null }, …]
 */
export function plannedWrites(
  def: TableDef,
  headers: readonly Cell[],
  rows: readonly Cell[][],
  bodyRowIndex: number,
  updates: readonly RowUpdate[],
): { index: number; column: number; value: Cell }[] {
  const columnOf = (key: string) => headers.findIndex((cell) => typeof cell === "string" && matchHeader(def, cell)?.key === key);
  const writes: { index: number; column: number; value: Cell }[] = [];
  for (const update of updates) {
    const index = update.row - 1 - bodyRowIndex;
    const keyColumn = columnOf(update.key.column);
    if (keyColumn < 0 || String(rows[index]?.[keyColumn] ?? "") !== update.key.value) {
      throw rowMoved(def.sheet, update.row, update.key.value);
    }
    const kept = Object.fromEntries(Object.entries(update.values).filter(([, value]) => value !== null)) as TableRecord;
    const encoded = encodeRecords(def, [kept], headers)[0] ?? [];
    for (const key of Object.keys(update.values)) {
      const column = columnOf(key);
      if (column >= 0) writes.push({ index, column, value: update.values[key] === null ? null : (encoded[column] ?? null) });
    }
  }
  return writes;
}
