/**
 * Rows sent from the worker to the page in parts: what every row shares (rule, spread, pack,
 * digest) is sent once, not 157 000 times, so the page copies less and collects less garbage.
 */
import type { TableRecord } from "../../../domain";

/** Part of the rows: the values every row shares, then each row's other values in `keys` order. */
export interface RowsPart {
  constants: TableRecord;
  keys: string[];
  rows: unknown[][];
}

/**
 * @example
 * partsOf([{ a: 1, b: "x" }, { a: 2, b: "x" }], 20_000) // => [{ constants: { b: "x" }, keys: ["a"], rows: [[1], [2]] }]
 */
export function partsOf(rows: readonly TableRecord[], size: number): RowsPart[] {
  const first = rows[0] ?? {};
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const shared = keys.filter((key) => first[key] !== undefined && rows.every((row) => row[key] === first[key]));
  const varying = keys.filter((key) => !shared.includes(key));
  const constants = Object.fromEntries(shared.map((key) => [key, first[key]]));
  const parts: RowsPart[] = [];
  for (let from = 0; from < rows.length; from += size) {
    parts.push({ constants, keys: varying, rows: rows.slice(from, from + size).map((row) => varying.map((key) => row[key])) });
  }
  return parts;
}

/**
 * The rows of a part, as they were (a value absent from a row stays absent).
 *
 * @example
 * rowsOf({ constants: { b: "x" }, keys: ["a"], rows: [[1], [2]] }) // => [{ b: "x", a: 1 }, { b: "x", a: 2 }]
 */
export function rowsOf(part: RowsPart): TableRecord[] {
  return part.rows.map((values) => {
    const row: TableRecord = { ...part.constants };
    part.keys.forEach((key, index) => {
      if (values[index] !== undefined) row[key] = values[index] as TableRecord[string];
    });
    return row;
  });
}
