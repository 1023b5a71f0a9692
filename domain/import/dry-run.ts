/**
 * The import's dry run: every row of the facilitator's sheet read through the mapping, then sorted
 * into rows ready to write, rows already in the workbook (a sheet imported twice adds nothing) and
 * rejected rows, each with every reason in French. Nothing is written here: the wizard shows this
 * report, then writes the ready rows in one batch.
 */
import { canonicalJson } from "../provenance";
import {
  checkRows,
  decodeTable,
  duplicateKeys,
  keyIndex,
  uncheckedReferences,
  type Cell,
  type DecodedRow,
  type TableDef,
  type TableRecord,
  type TablesByName,
} from "../workbook";
import type { DateOrder } from "../dates";
import { bothReadings, decideDateOrder, isAmbiguousDate, type DateOrderDecision } from "./date-order";
import { ROW_REASONS } from "./errors";
import { mappingProblems, sourceHeaders, type ColumnMapping } from "./mapping";

/** The cells read from the facilitator's sheet. */
export interface ImportSource {
  sheet: string;
  /** The cells of the range read, header row included. */
  values: Cell[][];
  /** Sheet row (1-based) of `values[0]`. */
  firstRow: number;
  /** Sheet column (1-based) of the first cell of each row. */
  firstColumn?: number;
  /** Index in `values` of the header row. */
  headerIndex: number;
}

export interface ImportChoices {
  table: TableDef;
  mapping: ColumnMapping;
  /** The order of text dates, when the facilitator chose one. */
  dateOrder?: DateOrder;
}

export interface RejectedRow {
  /** Sheet row, as Excel shows it. */
  row: number;
  reasons: string[];
}

export interface DryRun {
  table: TableDef;
  /** Rows to write, with their sheet row. */
  ready: DecodedRow[];
  /** Rows identical to a row already in the table (sheet row → table row). */
  alreadyPresent: { row: number; existingRow: number }[];
  rejected: RejectedRow[];
  /** Problems that prevent any import (the mapping is incomplete): nothing can be written. */
  blocking: string[];
  /** What could not be checked (a referenced table the workbook does not have), in French. */
  warnings: string[];
  dateOrder: DateOrderDecision;
}

/** How far a dry run has gone: rows of the sheet decoded so far, out of all of them. */
export interface DryRunProgress {
  done: number;
  total: number;
}

/** Rows decoded between two reports of progress (a few tens of milliseconds of work). */
export const DRY_RUN_SLICE = 2000;

/**
 * Reads, checks and sorts every row of the source.
 *
 * @param existing decoded rows of the workbook's tables (the target's included), for references and duplicates
 * @example
 * dryRunImport(source, { table: hoursTable, mapping: ["participant", "company", …] }, existing)
 * // => { ready: [...], alreadyPresent: [], rejected: [{ row: 7, reasons: ["« Nb heures » : « -7 » : doit être positif ou nul"] }], blocking: [], … }
 */
export function dryRunImport(source: ImportSource, choices: ImportChoices, existing: TablesByName): DryRun {
  const steps = dryRunSteps(source, choices, existing);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same dry run, a slice of rows at a time: it yields its progress after each slice, so a pane
 * can show « 12 000 lignes sur 50 000 », stay responsive and stop (nothing is written here). The
 * result is the one `dryRunImport` returns: slices are decoded without the key check, which runs
 * once on every row at the end, as `decodeTable` does.
 *
 * @example
 * const steps = dryRunSteps(source, choices, existing);
 * steps.next() // => { done: false, value: { done: 2000, total: 50000 } } … then { done: true, value: dryRun }
 */
export function* dryRunSteps(
  source: ImportSource,
  choices: ImportChoices,
  existing: TablesByName,
  slice = DRY_RUN_SLICE,
): Generator<DryRunProgress, DryRun, void> {
  const { table, mapping } = choices;
  const body = source.values.slice(source.headerIndex + 1);
  const dateOrder = decideDateOrder(dateCells(table, mapping, body), choices.dateOrder);
  const empty: DryRun = {
    table,
    ready: [],
    alreadyPresent: [],
    rejected: [],
    blocking: mappingProblems(table, mapping),
    warnings: [],
    dateOrder,
  };
  if (empty.blocking.length > 0) return empty;
  const names = sourceNames(source, mapping, table);
  const header = mapping.map((key) => table.columns.find((column) => column.key === key)?.header ?? "");
  const firstRow = source.firstRow + source.headerIndex + 1;
  const decoded: { rows: DecodedRow[]; errors: DecodedErrors } = { rows: [], errors: [] };
  const withoutKeys: TableDef = { ...table, unique: [] };
  for (let start = 0; start === 0 || start < body.length; start += slice) {
    const part = decodeTable(withoutKeys, [header, ...body.slice(start, start + slice)], {
      firstRow: firstRow + start,
      dateOrder: dateOrder.order ?? "dmy",
    });
    decoded.rows.push(...part.rows);
    // The header's own problems (a missing column) come with the first slice only.
    decoded.errors.push(...(start === 0 ? part.errors : part.errors.filter((error) => error.where.row !== undefined)));
    yield { done: Math.min(start + slice, body.length), total: body.length };
  }
  decoded.errors.push(...duplicateKeys(table, decoded.rows));
  return sortedDryRun(choices, existing, { empty, names, body, firstRow, decoded });
}

type DecodedErrors = ReturnType<typeof decodeTable>["errors"];

function sortedDryRun(
  choices: ImportChoices,
  existing: TablesByName,
  read: {
    empty: DryRun;
    names: ReturnType<typeof sourceNames>;
    body: readonly (readonly Cell[])[];
    firstRow: number;
    decoded: { rows: DecodedRow[]; errors: DecodedErrors };
  },
): DryRun {
  const { table, mapping } = choices;
  const { empty, names, body, firstRow, decoded } = read;
  const dateOrder = empty.dateOrder;
  const reasons = new Map<number, string[]>();
  const note = (row: number, reason: string) => reasons.set(row, [...(reasons.get(row) ?? []), reason]);
  for (const error of decoded.errors) note(error.where.row ?? 0, located(names, error.where.column, error.reason));
  if (dateOrder.order === null) ambiguousDates(table, mapping, body, firstRow, names, note);
  const clean = decoded.rows.filter((row) => !reasons.has(row.row));
  const target = existing[table.name] ?? [];
  const keys = keyIndex(existing);
  for (const error of checkRows(table, clean, keys)) note(error.where.row ?? 0, located(names, error.where.column, error.reason));
  const warnings = uncheckedReferences(table, clean, keys).map(
    (missing) =>
      `Le classeur n'a pas de tableau ${missing} : les références à ce tableau n'ont pas été vérifiées (importez-le d'abord pour qu'elles le soient).`,
  );
  const result: DryRun = { ...empty, rejected: [], warnings };
  sortRows(
    table,
    decoded.rows,
    target,
    reasons,
    result,
    mapping.filter((key): key is string => key !== null),
  );
  result.rejected = [...reasons].map(([row, why]) => ({ row, reasons: why })).sort((a, b) => a.row - b.row);
  return result;
}

/**
 * Splits the rows without problems into new rows, rows already in the table, and duplicates within
 * the sheet. Rows are compared on the columns the sheet feeds (indexed: a 50 000-row table stays fast).
 */
function sortRows(
  table: TableDef,
  rows: readonly DecodedRow[],
  target: readonly DecodedRow[],
  reasons: Map<number, string[]>,
  result: DryRun,
  fed: readonly string[],
): void {
  const keyed = (table.unique ?? []).length > 0;
  const signature = (values: TableRecord) => (keyed ? String(values.id) : canonicalJson(fed.map((key) => values[key] ?? null)));
  const existing = new Map<string, DecodedRow>();
  for (const row of target) if (!existing.has(signature(row.values))) existing.set(signature(row.values), row);
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (reasons.has(row.row)) continue;
    const key = signature(row.values);
    const match = existing.get(key);
    if (match && sameValues(row.values, match.values, fed)) {
      result.alreadyPresent.push({ row: row.row, existingRow: match.row });
    } else if (match) {
      reasons.set(row.row, [ROW_REASONS.conflicting(String(row.values.id), table.sheet, match.row)]);
    } else if (!keyed && seen.has(key)) {
      reasons.set(row.row, [ROW_REASONS.duplicate(seen.get(key))]);
    } else {
      seen.set(key, row.row);
      result.ready.push(row);
    }
  }
}

/** Whether two rows hold the same values in the columns the sheet feeds. */
function sameValues(incoming: TableRecord, existing: TableRecord, fed: readonly string[]): boolean {
  return fed.every((key) => canonicalJson(incoming[key] ?? null) === canonicalJson(existing[key] ?? null));
}

/**
 * The order of the sheet's text dates under this mapping (what the wizard asks about before the dry run).
 *
 * @example
 * sheetDateOrder(source, { table: hoursTable, mapping }) // => { order: null, evidence: "ambiguous", example: "02/03/2026", … }
 */
export function sheetDateOrder(source: ImportSource, choices: ImportChoices): DateOrderDecision {
  const body = source.values.slice(source.headerIndex + 1);
  return decideDateOrder(dateCells(choices.table, choices.mapping, body), choices.dateOrder);
}

function dateCells(table: TableDef, mapping: ColumnMapping, body: readonly (readonly Cell[])[]): Cell[] {
  const positions = mapping.flatMap((key, index) => (table.columns.find((column) => column.key === key)?.type === "date" ? [index] : []));
  return body.flatMap((row) => positions.map((index) => row[index] ?? null));
}

function ambiguousDates(
  table: TableDef,
  mapping: ColumnMapping,
  body: readonly (readonly Cell[])[],
  firstRow: number,
  names: ReadonlyMap<string, string>,
  note: (row: number, reason: string) => void,
): void {
  body.forEach((cells, index) => {
    mapping.forEach((key, position) => {
      const column = table.columns.find((candidate) => candidate.key === key);
      const cell = cells[position];
      if (column?.type !== "date" || !isAmbiguousDate(cell)) return;
      const text = String(cell).trim();
      note(firstRow + index, located(names, column.header, ROW_REASONS.ambiguousDate(text, bothReadings(text))));
    });
  });
}

/** Standard header → the facilitator's header feeding it (so reasons name the sheet's own columns). */
function sourceNames(source: ImportSource, mapping: ColumnMapping, table: TableDef): Map<string, string> {
  const headers = sourceHeaders(source.values[source.headerIndex] ?? [], source.firstColumn ?? 1);
  const names = new Map<string, string>();
  mapping.forEach((key, index) => {
    const column = table.columns.find((candidate) => candidate.key === key);
    if (column) names.set(column.header, headers[index] ?? column.header);
  });
  return names;
}

function located(names: ReadonlyMap<string, string>, column: string | undefined, reason: string): string {
  if (!column) return reason;
  const own = names.get(column) ?? column;
  return own === column ? `« ${column} » : ${reason}` : `« ${own} » (${column}) : ${reason}`;
}
