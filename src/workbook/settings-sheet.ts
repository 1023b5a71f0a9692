/**
 * Where every adapter keeps the add-in's settings (schema version, territory rule pack): a very hidden
 * sheet, « Clauses (paramètres) », one key per row, the value as JSON text in the next cells.
 *
 * Why a sheet, in Excel as in files: it is the one place that Excel (Office.js), exceljs and LibreOffice
 * all read and keep, so a territory pack chosen in Excel is the one `clauses run` applies to the saved
 * file, and a workbook prepared by the CLI opens in Excel with its version. Office.js's own
 * `workbook.settings` live in a part of the file exceljs drops, and custom document properties are
 * limited to 255 characters, too short for a rule pack. A very hidden sheet does not show in Excel's
 * « Afficher » menu. A cell holds at most 32 767 characters: longer values continue in the next cells.
 */
import type { Cell } from "../../domain";
import { settingNotJson } from "./errors";

export const SETTINGS_SHEET = "Clauses (paramètres)";

/** Characters per cell (Excel's limit is 32 767). */
const CHUNK = 32_000;

const HEADER: Cell[] = ["Clé", "Valeur (JSON) — paramètres du complément Clauses sociales, ne pas modifier"];

/**
 * The settings held by the sheet's rows (key in the first column, JSON text split over the next ones).
 *
 * @example
 * settingsFromRows([["Clé", "Valeur…"], ["clauses.schemaVersion", "1"]]) // => Map { "clauses.schemaVersion" => "1" }
 */
export function settingsFromRows(rows: readonly (readonly Cell[])[]): Map<string, string> {
  const settings = new Map<string, string>();
  for (const [key, ...parts] of rows.slice(1)) {
    if (typeof key !== "string" || key === "") continue;
    const text: string[] = [];
    for (const part of parts) {
      if (typeof part !== "string" || part === "") break;
      text.push(part);
    }
    settings.set(key, text.join(""));
  }
  return settings;
}

/**
 * The sheet's rows for a set of settings (header first), every row as wide as the widest.
 *
 * @example
 * rowsFromSettings(new Map([["clauses.schemaVersion", "1"]])) // => [["Clé", "Valeur…"], ["clauses.schemaVersion", "1"]]
 */
export function rowsFromSettings(settings: ReadonlyMap<string, string>): Cell[][] {
  const rows: Cell[][] = [[...HEADER]];
  for (const [key, text] of settings) {
    const parts: Cell[] = [];
    for (let start = 0; start < text.length || parts.length === 0; start += CHUNK) parts.push(text.slice(start, start + CHUNK));
    rows.push([key, ...parts]);
  }
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => null)]);
}

/**
 * A setting's JSON text parsed, or a French error naming the sheet, the cell and the key (a value
 * edited by hand, or by another tool).
 *
 * @param row the sheet row (1-based) of the key, when known
 * @throws DomainError `workbook.setting.invalid`
 * @example
 * parseSetting("{oops", "clauses.territoryPack", 2) // throws « … (feuille « Clauses (paramètres) », cellule B2) n'est pas du JSON valide … »
 */
export function parseSetting<T>(text: string, key: string, row?: number): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw settingNotJson(SETTINGS_SHEET, row === undefined ? `B de la ligne « ${key} »` : `B${row}`, key);
  }
}

/**
 * The sheet row (1-based) of each key, for messages.
 *
 * @example
 * settingRows([["Clé", "Valeur…"], ["clauses.schemaVersion", "1"]]).get("clauses.schemaVersion") // => 2
 */
export function settingRows(rows: readonly (readonly Cell[])[]): Map<string, number> {
  const found = new Map<string, number>();
  rows.forEach(([key], index) => {
    if (index > 0 && typeof key === "string" && key !== "") found.set(key, index + 1);
  });
  return found;
}
