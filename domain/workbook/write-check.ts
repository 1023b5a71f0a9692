/**
 * The guard before a write: the rows a panel is about to append go through the same decoding as the
 * readers of their table (types, ranges, required cells, unique keys) and through the checks that
 * span tables (references that exist, periods that end after they start, hours that fit their
 * period). A row a reader would reject is never written; a key already in the table is reported
 * as a conflict (old → new) so the pane can offer an update instead of a duplicate.
 */
import { DomainError } from "../errors";
import { formatNumberFr, formatPercentFr } from "../text";
import { decodeTable, encodeRecords, type DecodedRow, type TableRecord } from "./codec";
import { unwritableValue } from "./errors";
import { checkRows, keyIndex, type TablesByName } from "./integrity";
import type { ColumnDef, TableDef } from "./table-def";

/** Rows to append to one table. */
export interface PlannedAppend {
  table: TableDef;
  records: readonly TableRecord[];
}

/** A change of one column of an existing row, as the facilitator reads it. */
export interface ColumnChange {
  column: string;
  before: string;
  after: string;
}

/** A planned row whose key is already in its table. */
export interface KeyConflict {
  table: TableDef;
  key: string;
  /** Sheet row of the existing row. */
  row: number;
  before: TableRecord;
  after: TableRecord;
  changes: ColumnChange[];
}

export interface WriteCheck {
  /** Problems a reader would report, located by table, row and column. */
  errors: DomainError[];
  /** Planned rows whose key exists already (an update to offer, or a refusal). */
  conflicts: KeyConflict[];
}

/**
 * Checks rows about to be appended (possibly to several tables in one batch) against what the
 * workbook already holds.
 *
 * @example
 * checkAppends([{ table: marketsTable, records: [{ id: "M9", start: "2026-10-01", end: "2025-01-01" }] }], tables).errors[0].reason
 * // => "la fin (01/01/2025) précède le début (01/10/2026)"
 */
export function checkAppends(appends: readonly PlannedAppend[], existing: TablesByName): WriteCheck {
  const errors: DomainError[] = [];
  const conflicts: KeyConflict[] = [];
  const planned = new Map<string, DecodedRow[]>();
  for (const { table, records } of appends) {
    const current = existing[table.name] ?? [];
    const decoded = decodePlanned(table, records, nextRow(current));
    errors.push(...decoded.errors);
    const found = keyConflicts(table, current, decoded.rows);
    conflicts.push(...found);
    const conflicting = new Set(found.map((conflict) => conflict.key));
    planned.set(
      table.name,
      decoded.rows.filter((row) => !conflicting.has(String(row.values.id))),
    );
  }
  const merged: Record<string, readonly DecodedRow[]> = { ...existing };
  for (const [name, rows] of planned)
    merged[name] = [...withoutKeys(existing[name] ?? [], conflicts, name), ...rows, ...updatedRows(conflicts, name)];
  const keys = keyIndex(merged);
  for (const { table } of appends) {
    const rows = [...(planned.get(table.name) ?? []), ...updatedRows(conflicts, table.name)];
    errors.push(...checkRows(table, rows, keys));
  }
  return { errors, conflicts };
}

/** Encodes the records as the add-in would write them, then decodes them as a reader would. */
function decodePlanned(table: TableDef, records: readonly TableRecord[], firstRow: number): { rows: DecodedRow[]; errors: DomainError[] } {
  const headers = table.columns.map((column) => column.header);
  let cells;
  try {
    cells = encodeRecords(table, records, headers);
  } catch (thrown) {
    const reason = thrown instanceof DomainError ? thrown.reason : String(thrown);
    return { rows: [], errors: [unwritableValue({ table: table.sheet }, reason)] };
  }
  return decodeTable(table, [headers, ...cells], { firstRow });
}

function nextRow(rows: readonly DecodedRow[]): number {
  return rows.reduce((last, { row }) => Math.max(last, row), 1) + 1;
}

function keyConflicts(table: TableDef, current: readonly DecodedRow[], planned: readonly DecodedRow[]): KeyConflict[] {
  if (!(table.unique ?? []).includes("id")) return [];
  const byId = new Map(current.map((row) => [row.values.id, row]));
  return planned.flatMap(({ values }) => {
    const old = byId.get(values.id);
    if (!old || typeof values.id !== "string") return [];
    const after = { ...old.values, ...definedOnly(values) };
    return [{ table, key: values.id, row: old.row, before: old.values, after, changes: changesOf(table.columns, old.values, after) }];
  });
}

function definedOnly(values: TableRecord): TableRecord {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

function changesOf(columns: readonly ColumnDef[], before: TableRecord, after: TableRecord): ColumnChange[] {
  return columns.flatMap((column) => {
    const old = shown(column, before[column.key]);
    const now = shown(column, after[column.key]);
    return old === now ? [] : [{ column: column.header, before: old, after: now }];
  });
}

/** A value as the facilitator reads it in the pane: French dates, numbers and percentages, labels. */
function shown(column: ColumnDef, value: TableRecord[string]): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.join(" ; ");
  if (typeof value === "boolean") return value ? "Oui" : "Non";
  if (typeof value === "number") return column.type === "fraction" ? formatPercentFr(value) : formatNumberFr(value);
  if (column.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split("-").reverse().join("/");
  if (column.type === "choice") return column.choices?.find((choice) => choice.code === value)?.label ?? value;
  return value;
}

function withoutKeys(rows: readonly DecodedRow[], conflicts: readonly KeyConflict[], table: string): DecodedRow[] {
  const replaced = new Set(conflicts.filter((conflict) => conflict.table.name === table).map((conflict) => conflict.key));
  return rows.filter((row) => !replaced.has(String(row.values.id)));
}

function updatedRows(conflicts: readonly KeyConflict[], table: string): DecodedRow[] {
  return conflicts.filter((conflict) => conflict.table.name === table).map((conflict) => ({ row: conflict.row, values: conflict.after }));
}
