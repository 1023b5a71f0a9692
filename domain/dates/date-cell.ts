/**
 * Reading dates as facilitators type them: Excel serials, ISO text, or French `jj/mm/aaaa` text.
 *
 * Spreadsheets mix all three. Text with slashes is read day-first (the French convention) unless the
 * caller says otherwise; `detectDateOrder` tells an importer whether a column's evidence agrees,
 * so an ambiguous column is reported rather than guessed.
 */
import { dayFromParts, tryDayFromIso, type Day } from "./day";
import { dayFromExcelSerial } from "./excel-serial";

/** Order of day and month in slashed text dates. */
export type DateOrder = "dmy" | "mdy";

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MS_PER_DAY = 86_400_000;

/** Outcome of reading one cell. */
export type DateCellResult = { ok: true; day: Day } | { ok: false; reason: string };

/**
 * Reads one cell as a date: a serial number, a JS Date (exceljs), `yyyy-mm-dd` or `jj/mm/aaaa`.
 *
 * @example
 * readDateCell(46083) // => { ok: true, day: <2026-03-02> }
 * readDateCell("02/03/2026") // => { ok: true, day: <2026-03-02> } (day first)
 * readDateCell("02/03/2026", "mdy") // => { ok: true, day: <2026-02-03> }
 * readDateCell("31/02/2026") // => { ok: false, reason: "la date « 31/02/2026 » n'existe pas" }
 */
export function readDateCell(value: unknown, order: DateOrder = "dmy"): DateCellResult {
  if (typeof value === "number") {
    const day = dayFromExcelSerial(value);
    return day === null ? { ok: false, reason: `le nombre ${value} n'est pas une date Excel valide` } : { ok: true, day };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: "date invalide" };
    return { ok: true, day: Math.floor(value.getTime() / MS_PER_DAY) };
  }
  if (typeof value !== "string" || value.trim() === "") return { ok: false, reason: "date manquante" };
  const text = value.trim();
  const iso = tryDayFromIso(text);
  if (iso !== null) return { ok: true, day: iso };
  const match = SLASHED.exec(text);
  if (!match) return { ok: false, reason: `« ${text} » n'est pas une date (attendu JJ/MM/AAAA ou AAAA-MM-JJ)` };
  const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = order === "dmy" ? dayFromParts(year, second, first) : dayFromParts(year, first, second);
  return day === null ? { ok: false, reason: `la date « ${text} » n'existe pas` } : { ok: true, day };
}

/** What a column of slashed dates says about its order. */
export type DateOrderEvidence = "dmy" | "mdy" | "ambiguous" | "conflict" | "none";

/**
 * Looks at the slashed text dates of a column: a first number above 12 proves day-first, a second
 * number above 12 proves month-first; neither leaves the order ambiguous; both is a conflict.
 *
 * @example
 * detectDateOrder(["02/03/2026", "25/03/2026"]) // => "dmy"
 * detectDateOrder(["02/03/2026", "03/04/2026"]) // => "ambiguous"
 * detectDateOrder(["2026-03-02", 46083]) // => "none" (nothing slashed to decide on)
 */
export function detectDateOrder(values: readonly unknown[]): DateOrderEvidence {
  let dayFirst = false;
  let monthFirst = false;
  let seen = false;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const match = SLASHED.exec(value.trim());
    if (!match) continue;
    seen = true;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[2]) > 12) monthFirst = true;
  }
  if (!seen) return "none";
  if (dayFirst && monthFirst) return "conflict";
  if (dayFirst) return "dmy";
  if (monthFirst) return "mdy";
  return "ambiguous";
}
