/**
 * Rows sent from the worker to the page column by column: what every row shares (rule, spread,
 * pack, digest) once, each text column as a dictionary and a typed array of codes, each number
 * column as a typed array. 157 000 rows cross as a few megabytes of typed arrays (a copy of
 * memory), not as 157 000 objects cloned one value at a time (half a second on each side), and
 * the page rebuilds them slice by slice, each slice a short task.
 */
import type { TableRecord } from "../../../domain";

/** A column of values that vary from row to row. */
export type RowColumn =
  /** Every value a number or absent: the numbers, and which rows have none. */
  | { key: string; kind: "numbers"; values: Float64Array; absent: Uint8Array }
  /** Every value a text or absent: the distinct values (absent = undefined) and each row's code. */
  | { key: string; kind: "texts"; dictionary: (string | undefined)[]; codes: Uint32Array }
  /** Anything else (booleans, mixed values): the values as they are. */
  | { key: string; kind: "values"; values: unknown[] };

export interface RowColumns {
  count: number;
  /** The values every row has, equal in every row. */
  constants: TableRecord;
  columns: RowColumn[];
}

/**
 * @example
 * columnsOf([{ a: 1, b: "x" }, { a: 2, b: "x" }]) // => { count: 2, constants: { b: "x" }, columns: [{ key: "a", kind: "numbers", … }] }
 */
export function columnsOf(rows: readonly TableRecord[]): RowColumns {
  const keys = keysOf(rows);
  const first = rows[0] ?? {};
  const constants: TableRecord = {};
  const columns: RowColumn[] = [];
  for (const key of keys) {
    const value = first[key];
    if (value !== undefined && rows.every((row) => row[key] === value)) constants[key] = value;
    else columns.push(columnOf(rows, key));
  }
  return { count: rows.length, constants, columns };
}

/**
 * The rows `from` (included) to `to` (excluded), as they were (a value absent from a row stays absent).
 *
 * @example
 * rowsOfColumns(columnsOf([{ a: 1, b: "x" }, { a: 2, b: "x" }]), 0, 2) // => [{ b: "x", a: 1 }, { b: "x", a: 2 }]
 */
export function rowsOfColumns(columns: RowColumns, from: number, to: number): TableRecord[] {
  const rows: TableRecord[] = [];
  const end = Math.min(to, columns.count);
  for (let index = from; index < end; index += 1) {
    const row: TableRecord = { ...columns.constants };
    for (const column of columns.columns) {
      const value = valueAt(column, index);
      if (value !== undefined) row[column.key] = value as TableRecord[string];
    }
    rows.push(row);
  }
  return rows;
}

function valueAt(column: RowColumn, index: number): unknown {
  if (column.kind === "numbers") return column.absent[index] === 1 ? undefined : column.values[index];
  if (column.kind === "texts") return column.dictionary[column.codes[index] as number];
  return column.values[index];
}

function keysOf(rows: readonly TableRecord[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key in row) keys.add(key);
  return [...keys];
}

function columnOf(rows: readonly TableRecord[], key: string): RowColumn {
  // One pass to tell the column's kind, without an array per column (157 000 rows, ten columns).
  let numbers = 0;
  let texts = 0;
  for (const row of rows) {
    const value = row[key];
    if (typeof value === "number") numbers += 1;
    else if (typeof value === "string") texts += 1;
    else if (value !== undefined) return { key, kind: "values", values: rows.map((each) => each[key]) };
  }
  if (numbers > 0 && texts > 0) return { key, kind: "values", values: rows.map((each) => each[key]) };
  if (numbers > 0) {
    const values = new Float64Array(rows.length);
    const absent = new Uint8Array(rows.length);
    for (let index = 0; index < rows.length; index += 1) {
      const value = (rows[index] as TableRecord)[key];
      if (value === undefined) absent[index] = 1;
      else values[index] = value as number;
    }
    return { key, kind: "numbers", values, absent };
  }
  const dictionary: (string | undefined)[] = [];
  const known = new Map<string | undefined, number>();
  const codes = new Uint32Array(rows.length);
  for (let index = 0; index < rows.length; index += 1) {
    const value = (rows[index] as TableRecord)[key] as string | undefined;
    let code = known.get(value);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(value);
      known.set(value, code);
    }
    codes[index] = code;
  }
  return { key, kind: "texts", dictionary, codes };
}
