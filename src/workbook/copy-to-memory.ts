/**
 * A copy, in memory, of any workbook the port can read: every table, every plain sheet, the add-in's
 * settings. The preview opens the demo .xlsx this way (parsed by the .xlsx adapter in the browser,
 * then handled like any in-memory workbook).
 */
import { standardTables, type Cell, type TableDef } from "../../domain";
import { MemoryWorkbook, type MemoryTable } from "./memory-workbook";
import { SETTINGS, type WorkbookPort } from "./port";

/** What a workbook in memory is made of, as plain data (what a Web Worker can post to the page). */
export interface MemoryContents {
  tables: Record<string, MemoryTable>;
  settings: Record<string, unknown>;
  sheets: Record<string, Cell[][]>;
}

/**
 * @example
 * const workbook = await copyToMemory(await XlsxWorkbook.load(bytes));
 */
export async function copyToMemory(source: WorkbookPort): Promise<MemoryWorkbook> {
  const { tables, settings, sheets } = await contentsOf(source);
  return new MemoryWorkbook(tables, settings, sheets);
}

/**
 * Every table, plain sheet and setting of a workbook, as plain data.
 *
 * @example
 * const { tables, settings, sheets } = await contentsOf(await XlsxWorkbook.load(bytes));
 * new MemoryWorkbook(tables, settings, sheets);
 */
export async function contentsOf(source: WorkbookPort): Promise<MemoryContents> {
  const outline = await source.outline();
  const tables: Record<string, MemoryTable> = {};
  for (const table of outline.tables) {
    const snapshot = await source.readTable(definitionOf(table.name, table.sheet));
    if (snapshot) tables[table.name] = { headers: snapshot.headers, rows: snapshot.rows, sheet: table.sheet };
  }
  const tableSheets = new Set(outline.tables.map((table) => table.sheet));
  const sheets: Record<string, Cell[][]> = {};
  for (const sheet of outline.sheets.filter((candidate) => !tableSheets.has(candidate.name))) {
    const read = await source.readRange(sheet.name);
    sheets[sheet.name] = placed(read.values, read.firstRow, read.firstColumn);
  }
  const settings: Record<string, unknown> = {};
  for (const key of Object.values(SETTINGS)) {
    const value = await source.readSetting(key);
    if (value !== undefined) settings[key] = value;
  }
  return { tables, settings, sheets };
}

/** The standard definition of a table, or a bare one for the facilitator's other tables. */
function definitionOf(name: string, sheet: string): TableDef {
  return standardTables.find((table) => table.name === name) ?? { name, sheet, owner: "user", columns: [] };
}

/** Cells read from (row, column) put back in a grid from A1. */
function placed(values: readonly Cell[][], firstRow: number, firstColumn: number): Cell[][] {
  const padding = Array.from({ length: firstColumn - 1 }, () => null);
  return [...Array.from({ length: firstRow - 1 }, () => [] as Cell[]), ...values.map((row) => [...padding, ...row])];
}
