/**
 * A workbook held as an .xlsx file (exceljs): what `clauses run` and `clauses import` work on, and how
 * the preview opens the demo workbook. Tables are real Excel tables (ListObjects) with headers, number
 * formats and column widths; settings live in a very hidden sheet (see `settings-sheet.ts`).
 *
 * The file given is never modified: the adapter works on a copy in memory and `toBytes()` produces a
 * new file. exceljs keeps cells, styles, tables, defined names and sheets; it drops what it does not
 * model (charts, pivot tables, slicers, the add-in settings Excel keeps in its web-extension part), which
 * is one more reason never to write over the facilitator's file.
 */
import JSZip from "jszip";
import { assertNoDuplicates } from "./duplicates";
import { Workbook, type CellValue, type TableStyleProperties, type Worksheet } from "exceljs";
import {
  DATE_FORMAT,
  encodeRecords,
  encodeTable,
  formatRangeAddress,
  matchHeader,
  parseRangeAddress,
  type Cell,
  type RangeAddress,
  type SchemaEdit,
  type TableDef,
  type TableRecord,
  standardTables,
} from "../../domain";
import { boundingBox } from "./grid";
import {
  cellsInTheWay,
  formulasNotComputed,
  invalidAddress,
  mergedCellsRead,
  sheetBusy,
  sheetMissing,
  streamedSheetWritten,
  workbookTooLarge,
  XLSX_ERRORS,
} from "./errors";
import {
  assertWritable,
  removedRows,
  type RemoveWhere,
  type RangeSnapshot,
  type TableSnapshot,
  type TableWrite,
  type WorkbookOutline,
  type WorkbookPort,
} from "./port";
import { cellFromXlsx } from "./xlsx-cells";
import { readSetting, readSettings, SETTINGS_SHEET, writeSettings } from "./xlsx-settings";
import { BatchedWorkbook } from "./batched-workbook";

/** exceljs's runtime table object (its type declarations describe another shape). */
interface XlsxTable {
  table: {
    name: string;
    displayName?: string;
    ref?: string;
    tableRef?: string;
    headerRow?: boolean;
    totalsRow?: boolean;
    columns: { name: string; filterButton?: boolean }[];
    style?: Record<string, unknown>;
  };
}

interface Located {
  sheet: Worksheet;
  table: XlsxTable;
  range: RangeAddress;
}

const TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true };

/** The cells of a sheet read by streaming (see `xlsx-large-sheets.ts`): rows by sheet row - 1, cells by column - 1. */
export interface StreamedCells {
  rows: Cell[][];
  /** Addresses of the formulas that hold no calculated value. */
  uncomputed: string[];
}

/** A package whose large sheets were split from the rest: exceljs opens `light`, their cells are in `cells`. */
export interface SplitPackage {
  light: Uint8Array;
  /** By sheet name at load. */
  cells: Map<string, StreamedCells>;
  /** Bytes of sheet XML read by streaming. */
  streamedBytes: number;
  /** The bytes of the output: the light model written, the large sheets' rows put back (by sheet name at load). */
  write(book: Workbook, sheets: ReadonlyMap<Worksheet, string>): Promise<Uint8Array>;
}

/** How large sheets are split from a package (Node only: `xlsx-large-sheets.ts`); undefined when none is. */
export interface LargeSheets {
  split(bytes: Uint8Array): Promise<SplitPackage | undefined>;
}

export class XlsxWorkbook extends BatchedWorkbook implements WorkbookPort {
  readonly kind = "xlsx" as const;

  private constructor(
    private readonly book: Workbook,
    private readonly split?: SplitPackage,
    private readonly streamed = new Map<Worksheet, StreamedCells>(),
    /** The names the streamed sheets had when the file was opened (the split package knows them by those). */
    private readonly loadedAs = new Map<Worksheet, string>(),
  ) {
    super();
  }

  /**
   * Bytes of memory a load may count on (the CLI sets it from the JavaScript heap's limit; the
   * browser preview leaves it unbounded: it only opens the demo workbook).
   */
  static memoryBudget = Number.POSITIVE_INFINITY;

  /**
   * Opens the bytes of an .xlsx file (a French `DomainError` when they are not one, when it uses
   * the 1904 calendar, or when it would not fit in `memoryBudget`).
   *
   * @example
   * const workbook = await XlsxWorkbook.load(await readBytes("classeur.xlsx"));
   */
  static async load(bytes: Uint8Array, options: { large?: LargeSheets } = {}): Promise<XlsxWorkbook> {
    const parts = await inspectPackage(bytes);
    // exceljs builds the whole workbook in memory (about 40 bytes per byte of sheet XML, measured by
    // `npm run bench:xlsx`): a file that would not fit is refused before it is opened. Sheets read
    // by streaming cost far less (the core's cells only).
    const budget = XlsxWorkbook.memoryBudget;
    const refuse = (needed: number) => {
      if (needed > budget) throw workbookTooLarge((needed / 1e9).toFixed(1), (budget / 1e9).toFixed(1));
    };
    refuse(BASE_MEMORY + parts.sheetBytes * MEMORY_PER_STREAMED_BYTE);
    const split = parts.date1904 ? undefined : await options.large?.split(bytes);
    refuse(
      BASE_MEMORY +
        (parts.sheetBytes - (split?.streamedBytes ?? 0)) * MEMORY_PER_SHEET_BYTE +
        (split?.streamedBytes ?? 0) * MEMORY_PER_STREAMED_BYTE,
    );
    const book = new Workbook();
    try {
      await book.xlsx.load((split?.light ?? bytes) as unknown as ArrayBuffer);
    } catch {
      throw XLSX_ERRORS.unreadable();
    }
    // A zip without its workbook part (xl/workbook.xml) loads as nothing: refused the same way.
    if (!book.worksheets?.length || !(book as unknown as { properties?: unknown }).properties) {
      throw XLSX_ERRORS.unreadable();
    }
    if (book.properties?.date1904 || parts.date1904) {
      throw XLSX_ERRORS.date1904();
    }
    const streamed = new Map<Worksheet, StreamedCells>();
    const loadedAs = new Map<Worksheet, string>();
    for (const [name, cells] of split?.cells ?? []) {
      const sheet = book.getWorksheet(name);
      if (sheet) streamed.set(sheet, cells);
      if (sheet) loadedAs.set(sheet, name);
    }
    const workbook = new XlsxWorkbook(book, split, streamed, loadedAs);
    // A table the add-in replaces on a streamed sheet would need its rows in memory: the file is opened whole.
    if (
      split &&
      workbook.allTables().some(({ sheet, table }) => streamed.has(sheet) && ownedTableNames.has(table.table.name.toLocaleLowerCase("fr")))
    ) {
      return XlsxWorkbook.load(bytes);
    }
    workbook.fillMissingTableStyles();
    return workbook;
  }

  /**
   * Tables saved by LibreOffice carry no style info; exceljs then fails to write them back
   * (« Cannot read properties of null (reading 'theme') »). They get the neutral style info
   * Excel writes for an unstyled table (no theme, no stripes): how they look does not change.
   */
  private fillMissingTableStyles(): void {
    for (const { table } of this.allTables()) {
      table.table.style ??= { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false } as never;
    }
  }

  /**
   * A new, empty workbook.
   *
   * @example
   * const workbook = XlsxWorkbook.create();
   */
  static create(): XlsxWorkbook {
    const book = new Workbook();
    book.creator = "Clauses sociales";
    return new XlsxWorkbook(book);
  }

  /**
   * The workbook as the bytes of a new .xlsx file.
   *
   * @example
   * await writeBytes("resultat.xlsx", await workbook.toBytes());
   */
  async toBytes(): Promise<Uint8Array> {
    // A streamed sheet's rows go to the output as they were read (its sheet may have been renamed since).
    if (this.split && this.loadedAs.size > 0) return this.split.write(this.book, this.loadedAs);
    return new Uint8Array(await this.book.xlsx.writeBuffer());
  }

  /** Refuses to write to a sheet read by streaming (it is only carried to the output as it was). */
  private assertInMemory(sheet: Worksheet | undefined): void {
    if (sheet && this.streamed.has(sheet)) throw streamedSheetWritten(sheet.name);
  }

  /**
   * Adds a sheet of plain cells from A1 (not a table: what a facilitator's old spreadsheet looks like),
   * dates shown as dates in the columns given.
   *
   * @example
   * workbook.addPlainSheet("Ancien suivi", [["Salarié", "Date début"], ["P001", 46083]], { dateColumns: [1] });
   */
  addPlainSheet(name: string, cells: readonly (readonly Cell[])[], options: { dateColumns?: readonly number[] } = {}): void {
    const sheet = this.book.addWorksheet(name);
    cells.forEach((row, rowIndex) =>
      row.forEach((cell, columnIndex) => {
        if (cell === null || cell === undefined) return;
        const target = sheet.getCell(rowIndex + 1, columnIndex + 1);
        target.value = cell;
        if (typeof cell === "number" && options.dateColumns?.includes(columnIndex)) target.numFmt = DATE_FORMAT;
      }),
    );
  }

  async readTable(def: TableDef): Promise<TableSnapshot | null> {
    const found = this.find(def.name);
    if (!found) return null;
    const [headers = [], ...rows] = this.cells(found.sheet, found.range);
    // Blank rows stay: they keep the row numbers of error messages equal to the sheet's.
    return { headers, rows, headerRow: found.range.top };
  }

  async writeTables(writes: readonly TableWrite[]): Promise<void> {
    assertWritable(writes);
    // Plan and encode every table before touching the workbook: any problem leaves it as it was.
    const plans = writes.map((write) => this.plan(write));
    for (const plan of plans) plan();
  }

  async readSetting<T>(key: string): Promise<T | undefined> {
    return readSetting<T>(this.book, key);
  }

  async writeSetting(key: string, value: unknown): Promise<void> {
    const settings = readSettings(this.book);
    if (value === undefined) settings.delete(key);
    else settings.set(key, JSON.stringify(value));
    writeSettings(this.book, settings);
  }

  async outline(): Promise<WorkbookOutline> {
    const sheets = this.visibleSheets().map((sheet) => {
      const box = boundingBox(this.grid(sheet));
      return box
        ? {
            name: sheet.name,
            usedRange: formatRangeAddress(box),
            rowCount: box.bottom - box.top + 1,
            columnCount: box.right - box.left + 1,
          }
        : { name: sheet.name, usedRange: null, rowCount: 0, columnCount: 0 };
    });
    const tables = this.allTables().map(({ sheet, table, range }) => {
      // A streamed sheet's table is not copied whole to count its rows (200 000 of them, read twice by `clauses run`).
      if (this.streamed.has(sheet)) {
        const [headers = []] = this.cells(sheet, { ...range, bottom: range.top });
        return { name: table.table.name, sheet: sheet.name, headers, rowCount: range.bottom - range.top };
      }
      const [headers = [], ...rows] = this.cells(sheet, range);
      return { name: table.table.name, sheet: sheet.name, headers, rowCount: rows.length };
    });
    return { sheets, tables };
  }

  async readRange(sheetName: string, address?: string): Promise<RangeSnapshot> {
    const sheet = this.visibleSheets().find((candidate) => candidate.name === sheetName);
    if (!sheet) throw sheetMissing(sheetName);
    const wanted = address === undefined ? null : parseRangeAddress(address);
    if (address !== undefined && !wanted) throw invalidAddress(address);
    // Bounded by the sheet's used range: « A1:XFD1048576 » reads the cells there are, not 17 billion.
    const used = boundingBox(this.grid(sheet));
    const range = wanted && used ? intersection(wanted, used) : used;
    if (!range) return { sheet: sheetName, address: "A1", values: [], firstRow: 1, firstColumn: 1 };
    return {
      sheet: sheetName,
      address: formatRangeAddress(range),
      values: this.cells(sheet, range),
      firstRow: range.top,
      firstColumn: range.left,
    };
  }

  async applySchemaEdits(edits: readonly SchemaEdit[]): Promise<void> {
    for (const edit of edits) {
      if (edit.kind === "renameSheet") {
        const sheet = this.book.getWorksheet(edit.sheet);
        if (sheet) sheet.name = edit.to;
        continue;
      }
      const found = this.find(edit.table);
      if (!found) continue;
      if (edit.kind !== "renameTable") this.assertInMemory(found.sheet);
      if (edit.kind === "addColumn") {
        this.addColumn(found, edit.header);
      } else if (edit.kind === "renameTable") {
        const tables = (found.sheet as unknown as { tables: Record<string, XlsxTable> }).tables;
        delete tables[found.table.table.name];
        found.table.table.name = edit.to;
        found.table.table.displayName = edit.to;
        tables[edit.to] = found.table;
      } else {
        const index = found.table.table.columns.findIndex((column) => column.name === edit.from);
        if (index < 0) continue;
        found.table.table.columns[index]!.name = edit.to;
        found.sheet.getCell(found.range.top, found.range.left + index).value = edit.to;
      }
    }
  }

  /** Widens a table by one empty column on its right (refused when the cells there are not empty). */
  private addColumn(found: Located, header: string): void {
    const { sheet, table, range } = found;
    const right = { top: range.top, left: range.right + 1, bottom: range.bottom, right: range.right + 1 };
    if (this.cells(sheet, right).some((row) => row.some((cell) => cell !== null && cell !== ""))) {
      throw XLSX_ERRORS.columnBlocked(table.table.name, header, formatRangeAddress(right));
    }
    const headers = [...table.table.columns.map((column) => column.name), header];
    const body = this.rawRows(sheet, range, true).map((row) => [...row, null]);
    this.remove(found, false);
    sheet.getCell(range.top, range.right + 1).value = header;
    this.addTable(sheet, table.table.name, { top: range.top, left: range.left }, headers, body, table.table.style);
  }

  /** Validates and encodes one write; returns the function that applies it. */
  private plan(write: TableWrite): () => void {
    const { table: def, records, mode } = write;
    const found = this.find(def.name);
    if (found && found.table.table.totalsRow) {
      throw XLSX_ERRORS.totalsRow(def.sheet);
    }
    if (found && mode === "append") this.assertInMemory(found.sheet);
    if (found && mode === "append") return this.planAppend(def, found, records, write.unique, write.removeWhere);
    const cells = encodeTable(def, records);
    const sheet = found?.sheet ?? this.book.getWorksheet(def.sheet);
    if (!found && sheet && boundingBox(this.grid(sheet))) {
      throw sheetBusy(def.sheet, def.name);
    }
    this.assertInMemory(sheet);
    if (found) this.assertRoomToGrow(def, found, cells);
    return () => {
      const target = sheet ?? this.book.addWorksheet(def.sheet);
      const origin = found ? { top: found.range.top, left: found.range.left } : { top: 1, left: 1 };
      if (found) this.remove(found);
      this.createTable(target, def, origin, cells);
    };
  }

  /** A replaced table that grows never covers the facilitator's cells beside it (below or to the right). */
  private assertRoomToGrow(def: TableDef, found: Located, cells: readonly (readonly Cell[])[]): void {
    const { range } = found;
    const bottom = range.top + cells.length - 1;
    const right = range.left + (cells[0]?.length ?? 1) - 1;
    const areas = [
      { top: range.bottom + 1, left: range.left, bottom, right: Math.max(right, range.right) },
      { top: range.top, left: range.right + 1, bottom: Math.min(bottom, range.bottom), right },
    ].filter((area) => area.bottom >= area.top && area.right >= area.left);
    for (const area of areas) {
      const filled = boundingBox(this.cells(found.sheet, area));
      if (!filled) continue;
      const address = formatRangeAddress({
        top: area.top + filled.top - 1,
        left: area.left + filled.left - 1,
        bottom: area.top + filled.bottom - 1,
        right: area.left + filled.right - 1,
      });
      throw cellsInTheWay(def.name, def.sheet, address);
    }
  }

  private planAppend(
    def: TableDef,
    found: Located,
    records: readonly TableRecord[],
    unique?: readonly string[],
    removeWhere?: RemoveWhere,
  ): () => void {
    const { sheet, table, range } = found;
    const headers = table.table.columns.map((column) => column.name);
    const rows = encodeRecords(def, records, headers);
    if (unique) assertNoDuplicates(def, headers, this.rawRows(sheet, range, true) as Cell[][], rows, unique, range.top);
    // Rows of the table that are entirely blank at its bottom are reused rather than left as holes.
    const removed = removeWhere ? removedRows(def, headers, this.cells(sheet, range).slice(1), removeWhere) : new Set<number>();
    const body = this.rawRows(sheet, range, true).filter((_, index) => !removed.has(index));
    const existing = body.slice(0, lastFilled(body) + 1);
    const below = {
      top: range.top + 1 + existing.length,
      left: range.left,
      bottom: range.top + existing.length + rows.length,
      right: range.right,
    };
    if (below.bottom > range.bottom && rows.length > 0) {
      const outside = { ...below, top: Math.max(below.top, range.bottom + 1) };
      if (this.cells(sheet, outside).some((row) => row.some((cell) => cell !== null && cell !== ""))) {
        throw XLSX_ERRORS.blocked(def.sheet, formatRangeAddress(outside));
      }
    }
    return () => {
      // Removed rows shorten the table: the cells its old bottom rows held are cleared.
      this.remove(found, removed.size > 0);
      this.addTable(sheet, table.table.name, { top: range.top, left: range.left }, headers, [...existing, ...rows], table.table.style);
      this.formatRows(sheet, def, headers, { top: range.top + 1 + existing.length, left: range.left }, rows.length);
    };
  }

  private createTable(sheet: Worksheet, def: TableDef, origin: { top: number; left: number }, cells: Cell[][]): void {
    const [header = [], ...rows] = cells;
    const headers = header.map(String);
    this.addTable(sheet, def.name, origin, headers, rows, TABLE_STYLE);
    this.formatRows(sheet, def, headers, { top: origin.top + 1, left: origin.left }, rows.length);
    def.columns.forEach((column, index) => {
      if (column.width) sheet.getColumn(origin.left + index).width = column.width;
    });
  }

  /** Registers a table over header + rows (an Excel table has at least one data row, possibly blank). */
  private addTable(
    sheet: Worksheet,
    name: string,
    origin: { top: number; left: number },
    headers: string[],
    rows: readonly (readonly (Cell | CellValue)[])[],
    style: Record<string, unknown> | undefined,
  ): void {
    const body = rows.length > 0 ? rows.map((row) => headers.map((_, index) => row[index] ?? null)) : [headers.map(() => null)];
    sheet.addTable({
      name,
      displayName: name,
      ref: formatRangeAddress({ top: origin.top, left: origin.left, bottom: origin.top, right: origin.left }),
      headerRow: true,
      style: { ...TABLE_STYLE, ...(style ?? {}) } as TableStyleProperties,
      columns: headers.map((header) => ({ name: header, filterButton: true })),
      rows: body as unknown[][],
    });
  }

  /** Sets each column's number format on the data rows written (dates shown as dates, hours with decimals). */
  private formatRows(
    sheet: Worksheet,
    def: TableDef,
    headers: readonly string[],
    origin: { top: number; left: number },
    count: number,
  ): void {
    headers.forEach((header, index) => {
      const format = matchHeader(def, header)?.numberFormat;
      if (!format) return;
      for (let row = origin.top; row < origin.top + count; row += 1) sheet.getCell(row, origin.left + index).numFmt = format;
    });
  }

  /** Drops a table (and, unless told otherwise, clears its cells). */
  private remove(found: Located, clear = true): void {
    found.sheet.removeTable(found.table.table.name);
    if (!clear) return;
    for (let row = found.range.top; row <= found.range.bottom; row += 1) {
      for (let column = found.range.left; column <= found.range.right; column += 1) found.sheet.getCell(row, column).value = null;
    }
  }

  /** Excel's table names are unique whatever their case (« heures » is « Heures »), accents included. */
  private find(name: string): Located | undefined {
    const wanted = name.toLocaleLowerCase("fr");
    return this.allTables().find(({ table }) => table.table.name.toLocaleLowerCase("fr") === wanted);
  }

  private allTables(): Located[] {
    return this.book.worksheets.flatMap((sheet) =>
      (sheet.getTables() as unknown as XlsxTable[]).map((table) => ({ sheet, table, range: rangeOf(table) })),
    );
  }

  private visibleSheets(): Worksheet[] {
    return this.book.worksheets.filter((sheet) => sheet.state !== "veryHidden" && sheet.name !== SETTINGS_SHEET);
  }

  /** Every cell of a sheet from A1, as the core reads them. */
  private grid(sheet: Worksheet): Cell[][] {
    const streamed = this.streamed.get(sheet);
    if (streamed) return Array.from(streamed.rows, (row) => row ?? []);
    const grid: Cell[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const line: Cell[] = (grid[rowNumber - 1] = []);
      row.eachCell({ includeEmpty: false }, (cell, column) => (line[column - 1] = cellFromXlsx(cell.value)));
    });
    return Array.from(grid, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  }

  /**
   * The cells of a range as the core reads them, merged cells as Excel reads them: the value in the
   * top-left cell only (exceljs gives every cell of a merge the top-left value, so a merge over
   * A2:A5 of Heures gave its participant three more lines). Each merge met is named in `warnings`.
   */
  private cells(sheet: Worksheet, range: RangeAddress): Cell[][] {
    const merges = mergesOf(sheet).filter((merge) => overlaps(merge, range));
    for (const merge of merges) this.warnMerge(sheet, merge);
    const streamed = this.streamed.get(sheet);
    if (streamed && merges.length === 0) {
      // Already the core's cells: no second copy of 200 000 rows.
      this.warnUncomputed(sheet, streamed, range);
      return streamedRows(streamed, range, false);
    }
    const slave = (row: number, column: number) =>
      merges.some(
        (merge) =>
          row >= merge.top &&
          row <= merge.bottom &&
          column >= merge.left &&
          column <= merge.right &&
          (row !== merge.top || column !== merge.left),
      );
    const uncomputed: string[] = [];
    if (streamed) this.warnUncomputed(sheet, streamed, range);
    const rows = this.rawRows(sheet, range).map((line, rowOffset) =>
      line.map((value, columnOffset) => {
        if (slave(range.top + rowOffset, range.left + columnOffset)) return null;
        if (isFormula(value) && (value as { result?: unknown }).result == null)
          uncomputed.push(
            formatRangeAddress({
              top: range.top + rowOffset,
              left: range.left + columnOffset,
              bottom: range.top + rowOffset,
              right: range.left + columnOffset,
            }),
          );
        return cellFromXlsx(value);
      }),
    );
    // A formula is read by its cached result: a file saved by a tool that does not calculate has none (or a stale one).
    if (uncomputed.length > 0) this.addWarning(formulasNotComputed(sheet.name, uncomputed));
    return rows;
  }

  /** A formula is read by its cached result: a file saved by a tool that does not calculate has none (or a stale one). */
  private warnUncomputed(sheet: Worksheet, streamed: StreamedCells, range: RangeAddress): void {
    const uncomputed = streamed.uncomputed.filter((address) => {
      const at = parseRangeAddress(address);
      return at !== null && overlaps(at, range);
    });
    if (uncomputed.length > 0) this.addWarning(formulasNotComputed(sheet.name, uncomputed));
  }

  private addWarning(warning: string): void {
    if (!this.warnings.includes(warning)) this.warnings.push(warning);
  }

  /** What was read in a way the facilitator should know about (merged cells), in French, once each. */
  readonly warnings: string[] = [];

  private warnMerge(sheet: Worksheet, merge: RangeAddress): void {
    this.addWarning(mergedCellsRead(sheet.name, formatRangeAddress(merge)));
  }

  /** The cells of a range as exceljs holds them (formulas and rich text kept, to be written back as they were). */
  private rawRows(sheet: Worksheet, range: RangeAddress, skipHeader = false): CellValue[][] {
    const streamed = this.streamed.get(sheet);
    if (streamed) return streamedRows(streamed, range, skipHeader);
    const rows: CellValue[][] = [];
    for (let row = range.top + (skipHeader ? 1 : 0); row <= range.bottom; row += 1) {
      const line: CellValue[] = [];
      for (let column = range.left; column <= range.right; column += 1) line.push(sheet.getCell(row, column).value);
      rows.push(line);
    }
    return rows;
  }
}

function rangeOf(table: XlsxTable): RangeAddress {
  const address = table.table.tableRef ?? table.table.ref ?? "A1";
  const range = parseRangeAddress(address);
  if (!range) throw XLSX_ERRORS.badRef(table.table.name, address);
  return range;
}

function lastFilled(rows: readonly CellValue[][]): number {
  for (let index = rows.length - 1; index >= 0; index -= 1) {
    if (rows[index]!.some((cell) => cell !== null && cell !== undefined && cell !== "")) return index;
  }
  return -1;
}

/**
 * Whether the workbook part says 1904, in any spelling: exceljs only reads `date1904="1"`, while
 * LibreOffice writes `date1904="true"` (both valid xsd:boolean).
 */
async function inspectPackage(bytes: Uint8Array): Promise<{ date1904: boolean; sheetBytes: number }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw XLSX_ERRORS.unreadable();
  }
  const part = await zip.file("xl/workbook.xml")?.async("string");
  const date1904 = part !== undefined && /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["']\s*(?:1|true)\s*["']/i.test(part);
  // The uncompressed size JSZip read from the zip's directory (no part is inflated for it).
  const sizeOf = (file: JSZip.JSZipObject) => (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  const sheetBytes = zip.file(/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/).reduce((total, file) => total + sizeOf(file), 0);
  return { date1904, sheetBytes };
}

/**
 * Resident bytes `clauses run` needs: a base, and per byte of sheet XML (`npm run bench:xlsx`:
 * 546 Mo peak for 6.7 Mo of XML at 20 000 Heures rows, 2 768 Mo for 67 Mo at 200 000).
 */
const BASE_MEMORY = 300e6;
const MEMORY_PER_SHEET_BYTE = 42;
/**
 * Per byte of sheet XML read by streaming: `npm run bench:xlsx` measured 252 Mo peak for 7.5 Mo of
 * XML (20 000 rows) and 772 Mo for 75 Mo (200 000), about 7.7 bytes per byte; 10 leaves a margin, so
 * a 1 000 000-row sheet (375 Mo of XML, about 4 Go estimated) is still refused before it is opened.
 */
const MEMORY_PER_STREAMED_BYTE = 10;

const ownedTableNames = new Set(
  standardTables.filter((table) => table.owner === "addin").map((table) => table.name.toLocaleLowerCase("fr")),
);

/** The cells of a range of a streamed sheet. */
function streamedRows(streamed: StreamedCells, range: RangeAddress, skipHeader: boolean): Cell[][] {
  const rows: Cell[][] = [];
  for (let row = range.top + (skipHeader ? 1 : 0); row <= range.bottom; row += 1) {
    const cells = streamed.rows[row - 1];
    const line: Cell[] = [];
    for (let column = range.left; column <= range.right; column += 1) line.push(cells?.[column - 1] ?? null);
    rows.push(line);
  }
  return rows;
}

function intersection(a: RangeBox, b: RangeBox): RangeBox | null {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The merged ranges of a sheet (exceljs keeps them by top-left cell). */
function mergesOf(sheet: Worksheet): RangeAddress[] {
  const merges =
    (sheet as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}

function overlaps(a: RangeAddress, b: RangeAddress): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function isFormula(value: unknown): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}
