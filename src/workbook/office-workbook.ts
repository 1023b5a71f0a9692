/**
 * The workbook inside Excel, through Office.js. Every method is one `Excel.run` with a fixed, small
 * number of `context.sync()` calls whatever the number of rows: reads load whole ranges, writes send
 * whole 2-D arrays. Only payload makes the count grow: reads above 150 000 cells load in blocks, and
 * writes above 4 MB of values go through a staging sheet (see `office-read.ts`, `office-write.ts`),
 * so that no request or response exceeds the 5 MB that Excel on the web accepts.
 */
import { formatRangeAddress, parseRangeAddress, originalTableName, type Cell, type SchemaEdit, type TableDef } from "../../domain";
import { invalidAddress, sheetMissing } from "./errors";
import { dimensionsOf, readBlocks, type Dimensions, type ExcelRun } from "./office-read";
import { commitTables, forExcel, STAGING_SHEET } from "./office-write";
import { parseSetting, rowsFromSettings, SETTINGS_SHEET, settingsFromRows } from "./settings-sheet";
import {
  assertWritable,
  type RangeSnapshot,
  type ReportSheet,
  type SelectedRow,
  type TableRowUpdates,
  type TableSnapshot,
  type TableWrite,
  type WorkbookOutline,
  type WorkbookPort,
} from "./port";
import { BatchedWorkbook } from "./batched-workbook";
import { updateRowsBatch, writeReportBatch } from "./office-report";

export type { ExcelRun };

export class OfficeWorkbook extends BatchedWorkbook implements WorkbookPort {
  readonly kind = "office" as const;

  /**
   * @example
   * const workbook = new OfficeWorkbook((batch) => Excel.run(batch));
   */
  constructor(private readonly run: ExcelRun) {
    super();
  }

  /** Three syncs (is it there, where is it, its values), plus one per block above 150 000 cells. */
  async readTable(def: TableDef): Promise<TableSnapshot | null> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(def.name);
      await context.sync();
      if (table.isNullObject) return null;
      const range = table.getRange();
      range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      const [headers = [], ...rows] = await readBlocks(context, table.worksheet, range);
      return { headers, rows, headerRow: range.rowIndex + 1 };
    });
  }

  /**
   * Lookups (one sync), the headers and places of the tables that exist (one sync, when any does),
   * the replaced tables read back and the cells they would grow over checked (one sync, when any is
   * replaced), then the write: one sync under 4 MB of values, else one per 4 MB slice plus the
   * commit. If the commit fails, two more put the workbook back (see `office-write.ts`).
   */
  async writeTables(writes: readonly TableWrite[]): Promise<void> {
    assertWritable(writes);
    if (writes.length === 0) return;
    await this.run((context) => commitTables(context, writes));
  }

  async readSelectedRow(def: TableDef): Promise<SelectedRow | null> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(def.name);
      await context.sync();
      if (table.isNullObject) return null;
      const body = table.getDataBodyRange();
      const header = table.getHeaderRowRange();
      const hit = context.workbook.getSelectedRange().getIntersectionOrNullObject(body);
      body.load("rowIndex");
      header.load("values");
      hit.load("rowIndex");
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

  /**
   * Two syncs: the settings sheet (and, for workbooks written before it, Office's own setting), then
   * its cells. See `settings-sheet.ts` for why settings live in a very hidden sheet.
   */
  async readSetting<T>(key: string): Promise<T | undefined> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
      const legacy = context.workbook.settings.getItemOrNullObject(key);
      legacy.load("value");
      await context.sync();
      const text = (await this.settingsOf(context, sheet))?.get(key) ?? (legacy.isNullObject ? undefined : String(legacy.value));
      return text === undefined ? undefined : parseSetting<T>(text, key);
    });
  }

  /** Three syncs: the settings sheet, its cells, then the sheet written again (or deleted when empty). */
  async writeSetting(key: string, value: unknown): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
      await context.sync();
      const used = sheet.isNullObject ? null : sheet.getUsedRangeOrNullObject(true);
      const settings = (await this.settingsOf(context, sheet, used)) ?? new Map<string, string>();
      if (value === undefined) settings.delete(key);
      else settings.set(key, JSON.stringify(value));
      // A value Office kept itself (before the settings sheet) must not come back once removed or replaced.
      context.workbook.settings.getItemOrNullObject(key).delete();
      if (settings.size === 0) {
        if (!sheet.isNullObject) sheet.delete();
      } else {
        const target = sheet.isNullObject ? context.workbook.worksheets.add(SETTINGS_SHEET) : sheet;
        if (sheet.isNullObject) target.visibility = "VeryHidden";
        if (used && !used.isNullObject) used.clear("Contents");
        const rows = rowsFromSettings(settings);
        // Text format first: JSON such as « 1 » or « "=x" » must stay the text it is.
        target.getRangeByIndexes(0, 0, rows.length, rows[0]!.length).numberFormat = [["@"]];
        target.getRangeByIndexes(0, 0, rows.length, rows[0]!.length).values = forExcel(rows);
      }
      await context.sync();
    });
  }

  /** The settings of the sheet (one more sync), or null when the workbook has no settings sheet. */
  private async settingsOf(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    used: Excel.Range | null = sheet.isNullObject ? null : sheet.getUsedRangeOrNullObject(true),
  ): Promise<Map<string, string> | null> {
    if (!used) return null;
    used.load("values");
    await context.sync();
    return used.isNullObject ? new Map() : settingsFromRows(used.values as Cell[][]);
  }

  /** Two syncs: the lists of sheets and tables, then each one's used range or headers. */
  async outline(): Promise<WorkbookOutline> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      sheets.load("items/name,items/visibility");
      tables.load("items/name");
      await context.sync();
      const hidden = new Set([STAGING_SHEET, SETTINGS_SHEET]);
      const visible = sheets.items.filter((sheet) => sheet.visibility !== "VeryHidden" && !hidden.has(sheet.name));
      const used = visible.map((sheet) => {
        const range = sheet.getUsedRangeOrNullObject(true);
        range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
        return range;
      });
      const parts = tables.items.map((table) => {
        const header = table.getHeaderRowRange();
        const range = table.getRange();
        table.worksheet.load("name");
        header.load("values");
        range.load("rowCount");
        return { table, header, range };
      });
      await context.sync();
      return {
        sheets: visible.map((sheet, index) => {
          const range = used[index]!;
          if (range.isNullObject) return { name: sheet.name, usedRange: null, rowCount: 0, columnCount: 0 };
          return { name: sheet.name, usedRange: addressOf(dimensionsOf(range)), rowCount: range.rowCount, columnCount: range.columnCount };
        }),
        tables: parts.map(({ table, header, range }) => ({
          name: table.name,
          sheet: table.worksheet.name,
          headers: (header.values[0] ?? []) as Cell[],
          rowCount: range.rowCount - 1,
        })),
      };
    });
  }

  /** Two syncs for a given address (is the sheet there, its values), three for the used range; plus blocks. */
  async readRange(sheetName: string, address?: string): Promise<RangeSnapshot> {
    const wanted = address === undefined ? null : parseRangeAddress(address);
    if (address !== undefined && !wanted) throw invalidAddress(address);
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) throw sheetMissing(sheetName);
      // A given address is bounded by the used range: « A1:XFD1048576 » loads the cells there are.
      const area = wanted
        ? sheet.getRangeByIndexes(wanted.top - 1, wanted.left - 1, wanted.bottom - wanted.top + 1, wanted.right - wanted.left + 1)
        : null;
      const used = area ? area.getUsedRangeOrNullObject(true) : sheet.getUsedRangeOrNullObject(true);
      used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      if (used.isNullObject) return { sheet: sheetName, address: "A1", values: [], firstRow: 1, firstColumn: 1 };
      const dims: Dimensions = dimensionsOf(used);
      const values = await readBlocks(context, sheet, dims);
      return { sheet: sheetName, address: addressOf(dims), values, firstRow: dims.rowIndex + 1, firstColumn: dims.columnIndex + 1 };
    });
  }

  /** Two syncs: the header rows of the tables named, then every rename (the tables exist: edits come from the outline). */
  async applySchemaEdits(edits: readonly SchemaEdit[]): Promise<void> {
    if (edits.length === 0) return;
    await this.run(async (context) => {
      const tables = new Map<string, Excel.Table>();
      const sheets = new Map<string, Excel.Worksheet>();
      edits.forEach((edit, index) => {
        if (edit.kind === "renameSheet") sheets.set(edit.sheet, context.workbook.worksheets.getItem(edit.sheet));
        else {
          const original = originalTableName(edits, index, edit.table);
          if (!tables.has(original)) tables.set(original, context.workbook.tables.getItem(original));
        }
      });
      const headers = new Map<string, Excel.Range>();
      for (const edit of edits) {
        if (edit.kind !== "renameHeader") continue;
        const original = originalTableName(edits, edits.indexOf(edit), edit.table);
        if (headers.has(original)) continue;
        const header = tables.get(original)!.getHeaderRowRange();
        header.load("values");
        headers.set(original, header);
      }
      await context.sync();
      const renamed = new Map([...headers].map(([name, range]) => [name, [...(range.values[0] ?? [])]]));
      const added: { table: string; header: string }[] = [];
      edits.forEach((edit, index) => {
        if (edit.kind === "renameSheet") sheets.get(edit.sheet)!.name = edit.to;
        else if (edit.kind === "renameTable") tables.get(originalTableName(edits, index, edit.table))!.name = edit.to;
        else if (edit.kind === "addColumn") added.push({ table: originalTableName(edits, index, edit.table), header: edit.header });
        else {
          const row = renamed.get(originalTableName(edits, index, edit.table))!;
          for (let position = 0; position < row.length; position += 1) if (row[position] === edit.from) row[position] = edit.to;
        }
      });
      for (const [name, row] of renamed) headers.get(name)!.values = [row];
      // Added after the renames, so a header renamed in the same list is matched first; Excel puts each at the right.
      for (const { table, header } of added) tables.get(table)!.columns.add(undefined, undefined, header);
      await context.sync();
    });
  }
}

function addressOf(dims: Dimensions): string {
  return formatRangeAddress({
    top: dims.rowIndex + 1,
    left: dims.columnIndex + 1,
    bottom: dims.rowIndex + dims.rowCount,
    right: dims.columnIndex + dims.columnCount,
  });
}
