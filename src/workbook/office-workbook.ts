/**
 * The workbook inside Excel, through Office.js. Every method is one `Excel.run` with a fixed,
 * small number of `context.sync()` calls whatever the number of rows: reads load whole ranges,
 * writes send whole 2-D arrays.
 */
import { encodeRecords, encodeTable, type Cell, type TableDef, type TableRecord } from "../../domain";
import { updateRowsBatch, writeReportBatch } from "./office-report";
import type { ReportSheet, SelectedRow, TableRowUpdates, TableSnapshot, WorkbookPort } from "./port";

/** `Excel.run`, injected so tests can pass office-addin-mock's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class OfficeWorkbook implements WorkbookPort {
  readonly kind = "office" as const;

  /**
   * @example
   * const workbook = new OfficeWorkbook((batch) => Excel.run(batch));
   */
  constructor(private readonly run: ExcelRun) {}

  async readTable(def: TableDef): Promise<TableSnapshot | null> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(def.name);
      table.load("isNullObject");
      await context.sync();
      if (table.isNullObject) return null;
      const range = table.getRange();
      range.load(["values", "rowIndex"]);
      await context.sync();
      const [headers = [], ...rows] = range.values as Cell[][];
      return { headers, rows, headerRow: range.rowIndex + 1 };
    });
  }

  async appendRecords(def: TableDef, records: readonly TableRecord[]): Promise<void> {
    await this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(def.name);
      const sheet = context.workbook.worksheets.getItemOrNullObject(def.sheet);
      table.load("isNullObject");
      sheet.load("isNullObject");
      await context.sync();
      if (table.isNullObject) {
        createTable(context, sheet, def, encodeTable(def, records));
      } else {
        const header = table.getHeaderRowRange();
        header.load("values");
        await context.sync();
        const rows = forExcel(encodeRecords(def, records, header.values[0] ?? []));
        if (rows.length > 0) table.rows.add(undefined, rows);
      }
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    });
  }

  async replaceRecords(def: TableDef, records: readonly TableRecord[]): Promise<void> {
    await this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(def.name);
      const sheet = context.workbook.worksheets.getItemOrNullObject(def.sheet);
      table.load("isNullObject");
      sheet.load("isNullObject");
      await context.sync();
      // The add-in owns this table: it is deleted and written again in the same batch, so Excel
      // applies both or neither.
      if (!table.isNullObject) table.delete();
      createTable(context, sheet, def, encodeTable(def, records));
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    });
  }

  async readSelectedRow(def: TableDef): Promise<SelectedRow | null> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(def.name);
      table.load("isNullObject");
      await context.sync();
      if (table.isNullObject) return null;
      const body = table.getDataBodyRange();
      const header = table.getHeaderRowRange();
      const hit = context.workbook.getSelectedRange().getIntersectionOrNullObject(body);
      body.load("rowIndex");
      header.load("values");
      hit.load(["isNullObject", "rowIndex"]);
      await context.sync();
      if (hit.isNullObject) return null;
      // Only the selected row's cells are loaded, whatever the size of the table.
      const line = body.getRow(hit.rowIndex - body.rowIndex);
      line.load("values");
      await context.sync();
      return { headers: (header.values[0] ?? []) as Cell[], cells: (line.values[0] ?? []) as Cell[], row: hit.rowIndex + 1 };
    });
  }

  async writeReport(report: ReportSheet): Promise<void> {
    await writeReportBatch(this.run, report);
  }

  async updateRows(updates: readonly TableRowUpdates[]): Promise<void> {
    await updateRowsBatch(this.run, updates);
  }

  async readSetting<T>(key: string): Promise<T | undefined> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key);
      setting.load(["isNullObject", "value"]);
      await context.sync();
      if (setting.isNullObject) return undefined;
      return JSON.parse(String(setting.value)) as T;
    });
  }

  async writeSetting(key: string, value: unknown): Promise<void> {
    await this.run(async (context) => {
      if (value === undefined) context.workbook.settings.getItemOrNullObject(key).delete();
      else context.workbook.settings.add(key, JSON.stringify(value));
      await context.sync();
    });
  }
}

/** Queues the creation of a table (and its sheet when missing) with its rows and formats. */
export function createTable(context: Excel.RequestContext, sheet: Excel.Worksheet, def: TableDef, cells: Cell[][]): void {
  const target = sheet.isNullObject ? context.workbook.worksheets.add(def.sheet) : sheet;
  const width = def.columns.length;
  const range = target.getRangeByIndexes(0, 0, cells.length, width);
  range.values = forExcel(cells);
  const table = target.tables.add(range, true);
  table.name = def.name;
  const dataRows = cells.length - 1;
  def.columns.forEach((column, index) => {
    if (dataRows > 0 && column.numberFormat) {
      target.getRangeByIndexes(1, index, dataRows, 1).numberFormat = Array.from({ length: dataRows }, () => [column.numberFormat]);
    }
    if (column.width) target.getRangeByIndexes(0, index, 1, 1).format.columnWidth = column.width * 7;
  });
}

/** Office.js takes "" for an empty cell (null would mean « leave the cell as it is »). */
export function forExcel(cells: readonly Cell[][]): (string | number | boolean)[][] {
  return cells.map((row) => row.map((cell) => cell ?? ""));
}
