/**
 * Rows an append would repeat: every adapter checks them in the write's own batch, against the
 * table as it is then (two imports at once, or a co-author's rows, never give duplicates).
 */
import { canonicalJson, matchHeader, type Cell, type TableDef } from "../../domain";
import { addedMeanwhile } from "./errors";

/**
 * Refuses the append when one of its rows already is in the table on the `unique` keys.
 *
 * @param headerRow sheet row (1-based) of the table's header, for the message
 * @throws DomainError `workbook.import.duplicate` naming the rows of the table
 * @example
 * assertNoDuplicates(hoursTable, headers, existingRows, newRows, ["participant", "start"], 1);
 */
export function assertNoDuplicates(
  def: TableDef,
  headers: readonly Cell[],
  existing: readonly (readonly Cell[])[],
  rows: readonly (readonly Cell[])[],
  unique: readonly string[],
  headerRow: number,
): void {
  const positions = unique.map((key) => headers.findIndex((header) => matchHeader(def, String(header ?? ""))?.key === key));
  if (positions.length === 0 || positions.some((position) => position < 0)) return;
  const signature = (row: readonly Cell[]) => canonicalJson(positions.map((position) => blankAsNull(row[position])));
  const ours = new Set(rows.map(signature));
  const clashes = existing.flatMap((row, index) => (ours.has(signature(row)) ? [headerRow + index + 1] : []));
  if (clashes.length > 0) throw addedMeanwhile(def.sheet, clashes);
}

function blankAsNull(cell: Cell | undefined): Cell {
  return cell === "" || cell === undefined ? null : cell;
}
