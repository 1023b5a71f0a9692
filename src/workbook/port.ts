/**
 * The only way the task pane and the CLI touch a workbook. Three adapters implement it: Office.js
 * (inside Excel), in memory (the preview and tests) and .xlsx files (the CLI, with exceljs).
 *
 * Tables are Excel tables (ListObjects) named as in the workbook schema. User tables are only ever
 * appended to, on the facilitator's request; tables the add-in owns (Ventilation, Bilans) are
 * replaced whole. Each call is one batch: it writes everything or nothing.
 */
import { matchHeader, type Cell, type SchemaEdit, type TableDef, type TableRecord, type WorkbookShape } from "../../domain";
import type { ChartBlock, RowUpdate } from "../../domain/reporting";
import { columnMissing, removeNeedsAppend, tableProtected, tableWrittenTwice } from "./errors";

/** A table as read: its header row, then its data rows, and the sheet row of the header. */
export interface TableSnapshot {
  headers: Cell[];
  rows: Cell[][];
  /** Sheet row number (1-based) of the header row; data starts on the next row. */
  headerRow: number;
}

/** The row of a table under the user's selection. */
export interface SelectedRow {
  headers: Cell[];
  cells: Cell[];
  /** Sheet row number (1-based), as Excel shows it. */
  row: number;
}

export interface WorkbookPort {
  /** Which adapter this is (shown in the pane: « Excel », « Aperçu », « Fichier »). */
  readonly kind: "office" | "memory" | "xlsx";
  /** Reads a table, or null when the workbook has none of that name. */
  readTable(table: TableDef): Promise<TableSnapshot | null>;
  /**
   * Appends records at the bottom of a table, under its existing headers (whatever their order);
   * creates the sheet and the table with the standard headers when absent.
   */
  appendRecords(table: TableDef, records: readonly TableRecord[]): Promise<void>;
  /** Replaces all the rows of a table the add-in owns (created when absent). */
  replaceRecords(table: TableDef, records: readonly TableRecord[]): Promise<void>;
  /**
   * The row of `table` under the selection (the first one when several rows are selected), or null
   * when the selection is outside the table or the table is absent. Optional: adapters without a
   * selection (files) leave it out, and panels say so.
   */
  readSelectedRow?(table: TableDef): Promise<SelectedRow | null>;
  /**
   * Replaces a table the add-in owns and, beside it on its sheet, small blocks of data with a native
   * chart drawn from each (the add-in's earlier charts there are replaced; the user's own are kept).
   * One batch. Optional: adapters that cannot draw charts (files) leave it out.
   */
  writeReport?(report: ReportSheet): Promise<void>;
  /**
   * Rewrites some cells of rows of user tables, all in one batch, after checking each row still
   * holds its key (the retention purge: personal fields cleared, what stays written). Nothing is
   * written when a row has moved.
   */
  updateRows?(updates: readonly TableRowUpdates[]): Promise<void>;
  /** Reads a value stored in the workbook (JSON), or undefined. */
  readSetting<T = unknown>(key: string): Promise<T | undefined>;
  /** Stores a value in the workbook (JSON); `undefined` removes it. */
  writeSetting(key: string, value: unknown): Promise<void>;
  /** The sheets and tables of the workbook (the import wizard's choices, the schema's layout). */
  outline(): Promise<WorkbookOutline>;
  /**
   * Reads the cells of a sheet: the given range (« A3:H40 ») or, without one, the sheet's used range.
   * Throws a French `DomainError` for a missing sheet or an address that is not a range.
   */
  readRange(sheet: string, address?: string): Promise<RangeSnapshot>;
  /**
   * Writes several tables in one batch, all or nothing: `append` adds rows to a table (created when
   * absent), `replace` rewrites a table the add-in owns. Replacing a user table is refused.
   */
  writeTables(writes: readonly TableWrite[]): Promise<void>;
  /** Applies a schema migration's edits (renamed tables, sheets, headers) in one batch. */
  applySchemaEdits(edits: readonly SchemaEdit[]): Promise<void>;
}

/** A sheet as the import wizard lists it. */
export interface SheetOutline {
  name: string;
  /** The used range (« A1:H40 »), or null for an empty sheet. */
  usedRange: string | null;
  rowCount: number;
  columnCount: number;
}

/** An Excel table (ListObject) of the workbook. */
export interface TableOutline {
  name: string;
  sheet: string;
  headers: Cell[];
  /** Number of data rows (header excluded). */
  rowCount: number;
}

export interface WorkbookOutline {
  sheets: SheetOutline[];
  tables: TableOutline[];
}

/** Cells read from a sheet, with where they are. */
export interface RangeSnapshot {
  sheet: string;
  /** Address of the cells read (« A1:H40 »); « A1 » for an empty sheet. */
  address: string;
  values: Cell[][];
  /** Sheet row (1-based) of `values[0]`. */
  firstRow: number;
  /** Sheet column (1-based) of the first cell of each row. */
  firstColumn: number;
}

/** One table to write in a batch. */
export interface TableWrite {
  table: TableDef;
  records: readonly TableRecord[];
  mode: "append" | "replace";
  /**
   * Record keys on which an appended record must not match a row already in the table, checked in
   * the write's own batch (an import: another import or a co-author may have added the same rows
   * since the dry run). A match refuses the whole write.
   */
  unique?: readonly string[];
  /**
   * With `append` only: rows whose cell in the column of key `column` holds one of `values` are removed
   * in the same batch, before the records are appended (the lines of a company statement's earlier
   * version, found by their provenance « Relevé »; see docs/statements.md). Other rows stay in order.
   */
  removeWhere?: RemoveWhere;
}

/** Rows of a user table written by the add-in and superseded: their key column and the values to remove. */
export interface RemoveWhere {
  column: string;
  values: readonly string[];
}

/**
 * Which body rows (0-based) a `removeWhere` takes out, for the adapters.
 *
 * @example
 * removedRows(hoursTable, ["Entreprise", "Relevé"], [["X", "X 2026-03"], ["X", null]], { column: "statement", values: ["X 2026-03"] }) // => Set { 0 }
 */
export function removedRows(
  def: TableDef,
  headers: readonly Cell[],
  rows: readonly (readonly unknown[])[],
  where?: RemoveWhere,
): Set<number> {
  const removed = new Set<number>();
  if (!where || where.values.length === 0) return removed;
  const column = headers.findIndex((header) => typeof header === "string" && matchHeader(def, header)?.key === where.column);
  if (column < 0) {
    throw columnMissing(def.sheet, def.columns.find((entry) => entry.key === where.column)?.header ?? where.column);
  }
  const wanted = new Set(where.values);
  rows.forEach((row, index) => {
    const cell = row[column];
    if (typeof cell === "string" && wanted.has(cell)) removed.add(index);
  });
  return removed;
}

/**
 * Refuses, before anything is written, a batch that would rewrite one of the facilitator's tables.
 *
 * @example
 * assertWritable([{ table: marketsTable, records: [], mode: "replace" }]) // throws « Le tableau Marchés appartient au facilitateur… »
 */
export function assertWritable(writes: readonly TableWrite[]): void {
  for (const write of writes) {
    if (write.removeWhere && write.mode !== "append") {
      throw removeNeedsAppend(write.table.sheet);
    }
    if (write.mode === "replace" && write.table.owner === "user") {
      throw tableProtected(write.table.sheet);
    }
  }
  const names = writes.map((write) => write.table.name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) throw tableWrittenTwice(twice);
}

/**
 * The layout a schema migration looks at, from a workbook's outline.
 *
 * @example
 * schemaStatus(shapeOf(await workbook.outline()), stored)
 */
export function shapeOf(outline: WorkbookOutline): WorkbookShape {
  return {
    tables: outline.tables.map((table) => ({ name: table.name, sheet: table.sheet, headers: table.headers })),
    sheets: outline.sheets.map((sheet) => sheet.name),
  };
}

/** A table the add-in owns, with the data blocks and charts written beside it. */
export interface ReportSheet {
  table: TableDef;
  records: readonly TableRecord[];
  charts: readonly ChartBlock[];
}

/** Cell updates of rows of one table. */
export interface TableRowUpdates {
  table: TableDef;
  rows: readonly RowUpdate[];
}

/** Keys of the settings the add-in stores in a workbook. */
export const SETTINGS = {
  territoryPack: "clauses.territoryPack",
  schemaVersion: "clauses.schemaVersion",
  /** The facilitator's name and professional contact details, as last used in a drafted clause. */
  facilitator: "clauses.facilitator",
  /** The guichet's identity `{ id, name }`: a returned statement form is recognised by it (docs/statements.md). */
  guichet: "clauses.guichet",
} as const;
