/**
 * A workbook held in memory: the preview's workbook (seeded with the demo territory) and the
 * tests' workbook. It behaves like the Office adapter (same header matching, same all-or-nothing
 * writes) so the panels cannot tell them apart.
 */
import { DomainError, encodeRecords, encodeTable, type Cell, type TableDef, type TableRecord } from "../../domain";
import type { ChartBlock } from "../../domain/reporting";
import { plannedWrites } from "./row-updates";
import type { ReportSheet, SelectedRow, TableRowUpdates, TableSnapshot, WorkbookPort } from "./port";

export interface MemoryTable {
  headers: Cell[];
  rows: Cell[][];
}

export class MemoryWorkbook implements WorkbookPort {
  readonly kind = "memory" as const;
  private readonly tables = new Map<string, MemoryTable>();
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
   * const workbook = new MemoryWorkbook({ Marchés: { headers: ["Marché", …], rows: [["M1", …]] } });
   */
  constructor(tables: Record<string, MemoryTable> = {}, settings: Record<string, unknown> = {}) {
    for (const [name, table] of Object.entries(tables)) this.tables.set(name, cloneTable(table));
    for (const [key, value] of Object.entries(settings)) this.settings.set(key, JSON.stringify(value));
  }

  async readTable(table: TableDef): Promise<TableSnapshot | null> {
    const found = this.tables.get(table.name);
    return found ? { ...cloneTable(found), headerRow: 1 } : null;
  }

  async appendRecords(table: TableDef, records: readonly TableRecord[]): Promise<void> {
    const existing = this.tables.get(table.name);
    const headers = existing?.headers ?? (encodeTable(table, [])[0] as Cell[]);
    const rows = encodeRecords(table, records, headers); // may throw: nothing written yet
    this.tables.set(table.name, { headers: [...headers], rows: [...(existing?.rows ?? []), ...rows] });
    this.changed();
  }

  async replaceRecords(table: TableDef, records: readonly TableRecord[]): Promise<void> {
    const [headers, ...rows] = encodeTable(table, records);
    this.tables.set(table.name, { headers: headers as Cell[], rows });
    this.changed();
  }

  async writeReport(report: ReportSheet): Promise<void> {
    const [headers, ...rows] = encodeTable(report.table, report.records); // may throw: nothing written yet
    this.tables.set(report.table.name, { headers: headers as Cell[], rows });
    this.charts.set(
      report.table.sheet,
      report.charts.map((chart) => ({ ...chart, rows: chart.rows.map((row) => [...row]) })),
    );
    this.changed();
  }

  async updateRows(updates: readonly TableRowUpdates[]): Promise<void> {
    // Header on sheet row 1, data from row 2, as the preview shows it; every row checked before any write.
    const planned = updates.map(({ table, rows }) => {
      const found = this.tables.get(table.name);
      if (!found) throw new DomainError("workbook.table.missing", `le tableau ${table.sheet} est absent du classeur`);
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
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async writeSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.settings.delete(key);
    else this.settings.set(key, JSON.stringify(value));
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

  /** A copy of a table by name (for the preview's grid). */
  snapshot(name: string): MemoryTable | undefined {
    const found = this.tables.get(name);
    return found ? cloneTable(found) : undefined;
  }
}

function cloneTable(table: MemoryTable): MemoryTable {
  return { headers: [...table.headers], rows: table.rows.map((row) => [...row]) };
}
