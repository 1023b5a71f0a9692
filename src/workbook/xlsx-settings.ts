/**
 * The settings sheet (see `settings-sheet.ts`) in an .xlsx file, through exceljs.
 */
import type { Workbook } from "exceljs";
import type { Cell } from "../../domain";
import { parseSetting, rowsFromSettings, settingRows, settingsFromRows, SETTINGS_SHEET } from "./settings-sheet";
import { cellFromXlsx } from "./xlsx-cells";

export { SETTINGS_SHEET } from "./settings-sheet";

/**
 * Every setting of the workbook, as JSON text by key.
 *
 * @example
 * readSettings(book).get("clauses.schemaVersion") // => "1"
 */
export function readSettings(book: Workbook): Map<string, string> {
  return settingsFromRows(settingsSheetRows(book));
}

/**
 * One setting, parsed (a French error naming the cell when it is not JSON).
 *
 * @throws DomainError `workbook.setting.invalid`
 * @example
 * readSetting(book, "clauses.schemaVersion") // => 1
 */
export function readSetting<T>(book: Workbook, key: string): T | undefined {
  const rows = settingsSheetRows(book);
  const text = settingsFromRows(rows).get(key);
  return text === undefined ? undefined : parseSetting<T>(text, key, settingRows(rows).get(key));
}

function settingsSheetRows(book: Workbook): Cell[][] {
  const sheet = book.getWorksheet(SETTINGS_SHEET);
  if (!sheet) return [];
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.from({ length: row.cellCount }, (_, index) => cellFromXlsx(row.getCell(index + 1).value));
  });
  return Array.from(rows, (row) => row ?? []);
}

/**
 * Rewrites the settings sheet (very hidden) with these settings, or removes it when there are none.
 *
 * @example
 * writeSettings(book, new Map([["clauses.schemaVersion", "1"]]));
 */
export function writeSettings(book: Workbook, settings: ReadonlyMap<string, string>): void {
  const old = book.getWorksheet(SETTINGS_SHEET);
  if (old) book.removeWorksheet(old.id);
  if (settings.size === 0) return;
  const sheet = book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  rowsFromSettings(settings).forEach((row, index) =>
    row.forEach((cell, column) => {
      if (cell !== null) sheet.getCell(index + 1, column + 1).value = cell;
    }),
  );
}
