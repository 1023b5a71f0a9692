/**
 * A workbook held in memory: the preview's workbook (loaded from the demo .xlsx) and the tests'
 * workbook. It behaves like the Office adapter (same header matching, same all-or-nothing writes)
 * so the panels cannot tell them apart. Each table sits at A1 of its own sheet; plain sheets (what
 * the import wizard reads) are grids of cells starting at A1.
 */
import { assertNoDuplicates } from "./duplicates";
import { parseSetting } from "./settings-sheet";
import {
  encodeRecords,
  encodeTable,
  formatRangeAddress,
  parseRangeAddress,
  standardTables,
  type Cell,
  type RangeAddress,
  type SchemaEdit,
  type TableDef,
} from "../../domain";
import {
  assertWritable,
  removedRows,
  type RangeSnapshot,
  type ReportSheet,
  type SelectedRow,
  type TableRowUpdates,
  type TableSnapshot,
  type TableWrite,
  type WorkbookOutline,
  type WorkbookPort,
} from "./port";
import { boundingBox, cellsIn } from "./grid";
import { BatchedWorkbook } from "./batched-workbook";
import type { ChartBlock } from "../../domain/reporting";
import { invalidAddress, sheetBusy, sheetMissing, tableMissing } from "./errors";
import { plannedWrites } from "./row-updates";

export interface MemoryTable {
  headers: Cell[];
  rows: Cell[][];
  /** Sheet holding the table (default: the standard table's sheet, else the table's name). */
  sheet?: string;
}

export class MemoryWorkbook extends BatchedWorkbook implements WorkbookPort {
  readonly kind = "memory" as const;
  private tables = new Map<string, Required<MemoryTable>>();
  private readonly sheets = new Map<string, Cell[][]>();
  private readonly settings = new Map<string, string>();
  private readonly charts = new Map<string, ChartBlock[]>();
  /** Counts writes, so tests can check a failed batch wrote nothing. */
  writes = 0;
  /** Counts writes and selection changes (what the preview's grid redraws on). */
  changes = 0;
  private selection: { table: string; index: number } | null = null;
  private readonly listeners = new Set<() => void>();

  /**
   * @example
   * const workbook = new MemoryWorkbook({ Marchés: { headers: ["Marché", …], rows: [["M1", …]] } }, {}, { "Ancien suivi": [["Salarié", …]] });
   */
  constructor(tables: Record<string, MemoryTable> = {}, settings: Record<string, unknown> = {}, sheets: Record<string, Cell[][]> = {}) {
    super();
    for (const [name, table] of Object.entries(tables))
      this.tables.set(name, { ...cloneTable(table), sheet: table.sheet ?? sheetOf(name) });
    for (const [key, value] of Object.entries(settings)) this.settings.set(key, JSON.stringify(value));
    for (const [name, cells] of Object.entries(sheets))
      this.sheets.set(
        name,
        cells.map((row) => [...row]),
      );
  }

  async readTable(table: TableDef): Promise<TableSnapshot | null> {
    const found = this.tables.get(table.name);
    return found ? { headers: [...found.headers], rows: found.rows.map((row) => [...row]), headerRow: 1 } : null;
  }

  async writeTables(writes: readonly TableWrite[]): Promise<void> {
    assertWritable(writes);
    // Encode everything first: a bad record throws before any table changes.
    const encoded = writes.map(({ table, records, mode, unique, removeWhere }) => {
      if (!this.tables.has(table.name) && boundingBox(this.sheets.get(table.sheet) ?? [])) {
        throw sheetBusy(table.sheet, table.name);
      }
      const existing = mode === "append" ? this.tables.get(table.name) : undefined;
      const headers = existing?.headers ?? (encodeTable(table, [])[0] as Cell[]);
      const added = encodeRecords(table, records, headers);
      if (existing && unique) assertNoDuplicates(table, headers, existing.rows, added, unique, 1);
      const removed = existing ? removedRows(table, headers, existing.rows, removeWhere) : new Set<number>();
      const kept = (existing?.rows ?? []).filter((_, index) => !removed.has(index));
      return {
        name: table.name,
        sheet: existing?.sheet ?? table.sheet,
        headers,
        rows: [...kept, ...added],
      };
    });
    for (const { name, sheet, headers, rows } of encoded) this.tables.set(name, { headers: [...headers], rows, sheet });
    this.changed();
  }

  async writeReport(report: ReportSheet): Promise<void> {
    // The charts are kept before the table is written, so the redraw the write triggers sees them;
    // a write that fails puts the previous charts back.
    const previous = this.charts.get(report.table.sheet);
    this.charts.set(
      report.table.sheet,
      report.charts.map((chart) => ({ ...chart, rows: chart.rows.map((row) => [...row]) })),
    );
    try {
      await this.writeTables([{ table: report.table, records: report.records, mode: "replace" }]);
    } catch (error) {
      if (previous) this.charts.set(report.table.sheet, previous);
      else this.charts.delete(report.table.sheet);
      throw error;
    }
  }

  async updateRows(updates: readonly TableRowUpdates[]): Promise<void> {
    // Header on sheet row 1, data from row 2, as the preview shows it; every row checked before any write.
    const planned = updates.map(({ table, rows }) => {
      const found = this.tables.get(table.name);
      if (!found) throw tableMissing(table.sheet);
      return { found, cells: plannedWrites(table, found.headers, found.rows, 1, rows) };
    });
    for (const { found, cells } of planned) for (const { index, column, value } of cells) (found.rows[index] as Cell[])[column] = value;
    this.changed();
  }

  /** The charts written beside a sheet's table (for the preview). */
  chartsOf(sheet: string): ChartBlock[] {
    return (this.charts.get(sheet) ?? []).map((chart) => ({ ...chart }));
  }

  async readSelectedRow(table: TableDef): Promise<SelectedRow | null> {
    const found = this.tables.get(table.name);
    if (!found || this.selection?.table !== table.name) return null;
    const cells = found.rows[this.selection.index];
    return cells ? { headers: [...found.headers], cells: [...cells], row: this.selection.index + 2 } : null;
  }

  /**
   * Selects a data row (0-based) of a table, as clicking a row of the preview's grid does; null clears the selection.
   *
   * @example
   * workbook.selectRow("Participants", 2); // the third participant
   */
  selectRow(table: string, index: number | null): void {
    this.selection = index === null ? null : { table, index };
    this.notify();
  }

  /** The selected row (table name and 0-based data row), for the preview's grid. */
  selectedRow(): { table: string; index: number } | null {
    return this.selection ? { ...this.selection } : null;
  }

  async readSetting<T>(key: string): Promise<T | undefined> {
    const text = this.settings.get(key);
    return text === undefined ? undefined : parseSetting<T>(text, key);
  }

  async writeSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.settings.delete(key);
    else this.settings.set(key, JSON.stringify(value));
    this.changed();
  }

  async outline(): Promise<WorkbookOutline> {
    const tables = [...this.tables].map(([name, table]) => ({
      name,
      sheet: table.sheet,
      headers: [...table.headers],
      rowCount: table.rows.length,
    }));
    const sheets = this.sheetNames().map((name) => {
      const box = boundingBox(this.gridOf(name) ?? []);
      return box
        ? { name, usedRange: formatRangeAddress(box), rowCount: box.bottom - box.top + 1, columnCount: box.right - box.left + 1 }
        : { name, usedRange: null, rowCount: 0, columnCount: 0 };
    });
    return { sheets, tables };
  }

  async readRange(sheet: string, address?: string): Promise<RangeSnapshot> {
    const grid = this.gridOf(sheet);
    if (!grid) throw sheetMissing(sheet);
    const range = address === undefined ? boundingBox(grid) : parseRangeAddress(address);
    if (address !== undefined && !range) throw invalidAddress(address);
    return snapshotOf(sheet, grid, range);
  }

  async applySchemaEdits(edits: readonly SchemaEdit[]): Promise<void> {
    const tables = new Map([...this.tables].map(([name, table]) => [name, { ...table, headers: [...table.headers] }]));
    for (const edit of edits) {
      if (edit.kind === "renameHeader") {
        const table = tables.get(edit.table);
        if (table) table.headers = table.headers.map((header) => (header === edit.from ? edit.to : header));
      } else if (edit.kind === "addColumn") {
        const table = tables.get(edit.table);
        if (table) {
          table.headers = [...table.headers, edit.header];
          table.rows = table.rows.map((row) => [...row, ...Array(Math.max(0, table.headers.length - row.length)).fill(null)]);
        }
      } else if (edit.kind === "renameTable") {
        const table = tables.get(edit.table);
        if (table) {
          tables.delete(edit.table);
          tables.set(edit.to, table);
        }
      } else {
        for (const table of tables.values()) if (table.sheet === edit.sheet) table.sheet = edit.to;
        const plain = this.sheets.get(edit.sheet);
        if (plain) {
          this.sheets.delete(edit.sheet);
          this.sheets.set(edit.to, plain);
        }
      }
    }
    this.tables = tables;
    this.changed();
  }

  /**
   * Calls `listener` after every write or selection (the preview's sheet view redraws); returns the unsubscribe function.
   *
   * @example
   * const stop = workbook.subscribe(() => redraw());
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.writes += 1;
    this.notify();
  }

  private notify(): void {
    this.changes += 1;
    for (const listener of this.listeners) listener();
  }

  /** Names of the tables present (for the preview's sheet tabs). */
  tableNames(): string[] {
    return [...this.tables.keys()];
  }

  /** Names of every sheet: the tables' sheets, then the plain sheets. */
  sheetNames(): string[] {
    return [...new Set([...[...this.tables.values()].map((table) => table.sheet), ...this.sheets.keys()])];
  }

  /** A copy of a table by name (for the preview's grid). */
  snapshot(name: string): MemoryTable | undefined {
    const found = this.tables.get(name);
    return found ? cloneTable(found) : undefined;
  }

  /** The cells of a sheet from A1 (a table's sheet: its header and rows). */
  gridOf(sheet: string): Cell[][] | undefined {
    const table = [...this.tables.values()].find((candidate) => candidate.sheet === sheet);
    if (table) return [table.headers, ...table.rows];
    return this.sheets.get(sheet);
  }
}

function cloneTable(table: MemoryTable): MemoryTable {
  return { headers: [...table.headers], rows: table.rows.map((row) => [...row]), ...(table.sheet ? { sheet: table.sheet } : {}) };
}

function sheetOf(tableName: string): string {
  return standardTables.find((table) => table.name === tableName)?.sheet ?? tableName;
}

function snapshotOf(sheet: string, grid: readonly (readonly Cell[])[], range: RangeAddress | null): RangeSnapshot {
  if (!range) return { sheet, address: "A1", values: [], firstRow: 1, firstColumn: 1 };
  return { sheet, address: formatRangeAddress(range), values: cellsIn(grid, range), firstRow: range.top, firstColumn: range.left };
}
