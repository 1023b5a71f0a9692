/**
 * Where an .xlsx file keeps the add-in's settings (schema version, territory rule pack): a very hidden
 * sheet, « Clauses (paramètres) », one key per row, the value as JSON.
 *
 * Why a sheet: exceljs can neither read nor write the add-in settings Excel stores in its web-extension
 * part, nor custom document properties (and those are limited to 255 characters, too short for a rule
 * pack). A very hidden sheet survives exceljs, Excel and LibreOffice, and Excel users never see it. A
 * cell holds at most 32 767 characters, so long values continue in the next columns.
 */
import type { Workbook, Worksheet } from "exceljs";

export const SETTINGS_SHEET = "Clauses (paramètres)";
const CHUNK = 32_000;

/**
 * The JSON text stored under a key, or undefined.
 *
 * @example
 * readSettingText(book, "clauses.schemaVersion") // => "1"
 */
export function readSettingText(book: Workbook, key: string): string | undefined {
  const sheet = book.getWorksheet(SETTINGS_SHEET);
  if (!sheet) return undefined;
  for (let row = 2; row <= sheet.rowCount; row += 1) {
    if (sheet.getCell(row, 1).value !== key) continue;
    const parts: string[] = [];
    for (let column = 2; typeof sheet.getCell(row, column).value === "string"; column += 1)
      parts.push(String(sheet.getCell(row, column).value));
    return parts.join("");
  }
  return undefined;
}

/**
 * Stores (or, with undefined, removes) the JSON text of a key.
 *
 * @example
 * writeSettingText(book, "clauses.schemaVersion", "1");
 */
export function writeSettingText(book: Workbook, key: string, text: string | undefined): void {
  const entries = allSettings(book).filter(([existing]) => existing !== key);
  if (text !== undefined) entries.push([key, text]);
  const old = book.getWorksheet(SETTINGS_SHEET);
  if (old) book.removeWorksheet(old.id);
  if (entries.length === 0) return;
  const sheet = book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  sheet.getCell(1, 1).value = "Clé";
  sheet.getCell(1, 2).value = "Valeur (JSON) — paramètres du complément Clauses sociales, ne pas modifier";
  entries.forEach(([name, value], index) => writeEntry(sheet, index + 2, name, value));
}

function allSettings(book: Workbook): [string, string][] {
  const sheet = book.getWorksheet(SETTINGS_SHEET);
  if (!sheet) return [];
  const entries: [string, string][] = [];
  for (let row = 2; row <= sheet.rowCount; row += 1) {
    const key = sheet.getCell(row, 1).value;
    if (typeof key === "string") entries.push([key, readSettingText(book, key) ?? ""]);
  }
  return entries;
}

function writeEntry(sheet: Worksheet, row: number, key: string, text: string): void {
  sheet.getCell(row, 1).value = key;
  for (let start = 0, column = 2; start < text.length || column === 2; start += CHUNK, column += 1) {
    sheet.getCell(row, column).value = text.slice(start, start + CHUNK);
  }
}
