/**
 * The only way the task pane and the CLI touch a workbook. Three adapters implement it: Office.js
 * (inside Excel), in memory (the preview and tests) and .xlsx files (the CLI, with exceljs).
 *
 * Tables are Excel tables (ListObjects) named as in the workbook schema. User tables are only ever
 * appended to, on the facilitator's request; tables the add-in owns (Ventilation, Bilans) are
 * replaced whole. Each call is one batch: it writes everything or nothing.
 */
import type { Cell, TableDef, TableRecord } from "../../domain";
import type { ChartBlock, RowUpdate } from "../../domain/reporting";

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
} as const;
