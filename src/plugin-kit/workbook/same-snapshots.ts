/**
 * Whether two reads of a table gave the same cells: work prepared on one read (a Web Worker's
 * base, a ventilation) is reused on the next only when nothing changed, cell for cell.
 */
import type { Cell } from "../../../domain";
import type { TableSnapshot } from "../../workbook/port";

/**
 * @example
 * sameSnapshots([await workbook.readTable(hoursTable)], [await workbook.readTable(hoursTable)]) // => true (nothing written between)
 */
export function sameSnapshots(known: readonly (TableSnapshot | null)[], read: readonly (TableSnapshot | null)[]): boolean {
  return known.length === read.length && known.every((snapshot, index) => sameSnapshot(snapshot, read[index] ?? null));
}

function sameSnapshot(known: TableSnapshot | null, read: TableSnapshot | null): boolean {
  if (!known || !read) return known === read;
  return (
    known.headerRow === read.headerRow &&
    sameRow(known.headers, read.headers) &&
    known.rows.length === read.rows.length &&
    known.rows.every((row, index) => sameRow(row, read.rows[index] as Cell[]))
  );
}

function sameRow(known: readonly Cell[], read: readonly Cell[]): boolean {
  return known.length === read.length && known.every((cell, index) => cell === read[index]);
}
