/**
 * Reading one cell as a typed value. Cells come from Excel (numbers, text, booleans, serial dates),
 * from exceljs (also Date objects) or from JSON; each reader accepts what a facilitator plausibly
 * typed and explains, in French, what it cannot read. Nothing is coerced silently: « 50 » in a
 * fraction column is refused, not read as 50 %.
 */
import { isoFromDay, readDateCell, type DateOrder } from "../dates";
import { normalizeLabel } from "../text";
import { CELL_REASONS } from "./errors";

export type CellRead<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A cell that holds nothing (Excel gives "" for empty cells; exceljs gives null or undefined). */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

const FRENCH_NUMBER = /^[+-]?\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?$|^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A number, from a number cell or from text typed the French way (« 1 000,50 »).
 *
 * @example
 * readNumber(1000.5) // => { ok: true, value: 1000.5 }
 * readNumber("1 000,50") // => { ok: true, value: 1000.5 }
 * readNumber("1.000.000") // => { ok: true, value: 1000000 }
 * readNumber("1.000") // => { ok: false, reason: "« 1.000 » est ambigu : écrivez 1 000 (milliers) ou 1,000 (décimales)" }
 * readNumber("douze") // => { ok: false, reason: "« douze » n'est pas un nombre" }
 */
export function readNumber(cell: unknown): CellRead<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, reason: CELL_REASONS.notFinite() };
  if (typeof cell !== "string") return { ok: false, reason: CELL_REASONS.numberExpected() };
  const text = cell.trim();
  if (!FRENCH_NUMBER.test(text)) return { ok: false, reason: CELL_REASONS.notANumber(text) };
  const commaDecimal = text.includes(",");
  const unspaced = text.replace(/[ \u00a0\u202f]/g, "");
  if (commaDecimal) return { ok: true, value: Number(unspaced.replace(/\./g, "").replace(",", ".")) };
  // Dots are thousands separators in French (« 1.000.000 »), decimal points in English (« 1.5 »):
  // several dot groups of three digits can only be thousands; a single one (« 1.000 ») could be
  // either, and the facilitator is asked rather than guessed for.
  if (/^[+-]?\d{1,3}(?:\.\d{3}){2,}$/.test(unspaced)) return { ok: true, value: Number(unspaced.replace(/\./g, "")) };
  if (/^[+-]?\d{1,3}\.\d{3}$/.test(unspaced)) {
    const [whole, part] = unspaced.split(".");
    return { ok: false, reason: `« ${text} » est ambigu : écrivez ${whole} ${part} (milliers) ou ${whole},${part} (décimales)` };
  }
  if (unspaced.includes(".") && /[ \u00a0\u202f]/.test(text)) return { ok: false, reason: `« ${text} » n'est pas un nombre` };
  return { ok: true, value: Number(unspaced) };
}

/**
 * A fraction between 0 and 1: a number cell (Excel stores 50 % as 0.5) or text « 50 % ».
 *
 * @example
 * readFraction(0.5) // => { ok: true, value: 0.5 }
 * readFraction("7,5 %") // => { ok: true, value: 0.075 }
 * readFraction(50) // => { ok: false, reason: "50 n'est pas une fraction : 50 % s'écrit 0,5 ou « 50 % »" }
 */
export function readFraction(cell: unknown): CellRead<number> {
  if (typeof cell === "string" && cell.trim().endsWith("%")) {
    const number = readNumber(cell.trim().slice(0, -1));
    if (!number.ok) return number;
    return inUnitRange(number.value / 100, cell.trim());
  }
  const number = readNumber(cell);
  if (!number.ok) return number;
  if (number.value > 1) {
    return { ok: false, reason: CELL_REASONS.notAFraction(number.value) };
  }
  return inUnitRange(number.value, String(number.value));
}

function inUnitRange(value: number, shown: string): CellRead<number> {
  if (value < 0 || value > 1) return { ok: false, reason: CELL_REASONS.outOfUnitRange(shown) };
  return { ok: true, value: Math.round(value * 1e12) / 1e12 };
}

/** A percentage typed in a form, as the fraction it means, and whether it looks like a fraction typed by mistake. */
export type PercentRead = { ok: true; value: number; percent: number; looksLikeFraction: boolean } | { ok: false; reason: string };

/**
 * A percentage typed in a form field whose label says « % »: the number always means percent
 * (« 5 », « 5 % », « 5,5 »), never a fraction. A value strictly between 0 and 1 is flagged: « 0,05 »
 * in a percent field is more often 5 % typed as a fraction than 0,05 %, and the form asks.
 *
 * @example
 * readPercentText("5 %") // => { ok: true, value: 0.05, percent: 5, looksLikeFraction: false }
 * readPercentText("0,05") // => { ok: true, value: 0.0005, percent: 0.05, looksLikeFraction: true }
 * readPercentText("500") // => { ok: false, reason: "500 % : un pourcentage est compris entre 0 et 100 %" }
 */
export function readPercentText(text: string): PercentRead {
  const trimmed = text.trim().replace(/\s*%$/, "");
  const number = readNumber(trimmed);
  if (!number.ok) return number;
  const percent = number.value;
  if (percent < 0 || percent > 100)
    return { ok: false, reason: `${String(percent).replace(".", ",")} % : un pourcentage est compris entre 0 et 100 %` };
  return { ok: true, value: Math.round(percent * 1e10) / 1e12, percent, looksLikeFraction: percent > 0 && percent < 1 };
}

const TRUE_WORDS = new Set(["oui", "o", "vrai", "true", "x", "1", "yes"]);
const FALSE_WORDS = new Set(["non", "n", "faux", "false", "0", "no"]);

/**
 * Yes or no: Excel booleans, « Oui »/« Non », « x », 1/0.
 *
 * @example
 * readBoolean("Oui") // => { ok: true, value: true }
 * readBoolean(false) // => { ok: true, value: false }
 * readBoolean("peut-être") // => { ok: false, reason: "« peut-être » : répondez Oui ou Non" }
 */
export function readBoolean(cell: unknown): CellRead<boolean> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  if (typeof cell === "number" && (cell === 0 || cell === 1)) return { ok: true, value: cell === 1 };
  const word = typeof cell === "string" ? normalizeLabel(cell) : "";
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return { ok: false, reason: CELL_REASONS.yesOrNo(String(cell)) };
}

/**
 * A date as an ISO string (the form every JSON input of the core uses).
 *
 * @example
 * readIsoDate(46083) // => { ok: true, value: "2026-03-02" }
 * readIsoDate("02/03/2026") // => { ok: true, value: "2026-03-02" }
 */
export function readIsoDate(cell: unknown, order: DateOrder = "dmy"): CellRead<string> {
  const read = readDateCell(cell, order);
  return read.ok ? { ok: true, value: isoFromDay(read.day) } : read;
}

/**
 * A list typed in one cell, separated by semicolons or commas.
 *
 * @example
 * readList("RSA ; AAH") // => { ok: true, value: ["RSA", "AAH"] }
 */
export function readList(cell: unknown): CellRead<string[]> {
  if (Array.isArray(cell)) return { ok: true, value: cell.map(String) };
  if (typeof cell !== "string") return { ok: true, value: [String(cell)] };
  return {
    ok: true,
    value: cell
      .split(/[;,]/)
      .map((part) => part.trim())
      .filter(Boolean),
  };
}

/**
 * One of a closed set of codes, given by its code or its French label (accents and case ignored).
 *
 * @example
 * readChoice("Collectivité", [{ code: "collectivite", label: "Collectivité territoriale" }, …]) // => { ok: true, value: "collectivite" }
 */
export function readChoice(cell: unknown, choices: readonly { code: string; label: string }[]): CellRead<string> {
  const code = choiceIndex(choices).get(normalizeCached(String(cell)));
  if (code !== undefined) return { ok: true, value: code };
  return {
    ok: false,
    reason: CELL_REASONS.notAChoice(
      String(cell),
      choices.map((choice) => choice.label),
    ),
  };
}

/**
 * Codes by normalised code and label, the first choice winning as in a search in order. Built once per
 * list of choices: a column of 200 000 cells read against the same few choices (`clauses run`).
 */
const choiceIndexes = new WeakMap<readonly { code: string; label: string }[], Map<string, string>>();

function choiceIndex(choices: readonly { code: string; label: string }[]): Map<string, string> {
  let index = choiceIndexes.get(choices);
  if (!index) {
    index = new Map();
    for (const choice of choices) {
      for (const key of [normalizeLabel(choice.code), normalizeLabel(choice.label)]) if (!index.has(key)) index.set(key, choice.code);
    }
    choiceIndexes.set(choices, index);
  }
  return index;
}

/** The same few cell texts come back on every row: their normal form is kept (a bounded number of them). */
const normalized = new Map<string, string>();

function normalizeCached(text: string): string {
  let found = normalized.get(text);
  if (found === undefined) {
    found = normalizeLabel(text);
    if (normalized.size >= 10_000) normalized.clear();
    normalized.set(text, found);
  }
  return found;
}

/**
 * Text, from text or from a number typed as an identifier (« 2026-014 », 12).
 *
 * @example
 * readText(12) // => { ok: true, value: "12" }
 */
export function readText(cell: unknown): CellRead<string> {
  if (typeof cell === "string") return { ok: true, value: cell.trim() };
  if (typeof cell === "number" || typeof cell === "boolean") return { ok: true, value: String(cell) };
  if (cell instanceof Date) return { ok: false, reason: CELL_REASONS.dateIsNotText() };
  return { ok: false, reason: CELL_REASONS.textExpected() };
}

const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
]);

/**
 * The Excel error a cell holds, if any: as the Excel adapter reads it (`"#DIV/0!"`), as Excel passes it to
 * a custom function that accepts errors (an error object with its `code`), or as exceljs reads it
 * (`{ error: "#N/A" }`).
 *
 * @example
 * excelErrorCode("#DIV/0!") // => "#DIV/0!"
 * excelErrorCode({ code: "#N/A", message: "…" }) // => "#N/A"
 * excelErrorCode(12) // => undefined
 */
export function excelErrorCode(cell: unknown): string | undefined {
  if (typeof cell === "string") {
    // Every error literal has a « # »: the other texts (nearly all of them) are not trimmed and upper-cased.
    if (!cell.includes("#")) return undefined;
    return ERROR_LITERALS.has(cell.trim().toUpperCase()) ? cell.trim().toUpperCase() : undefined;
  }
  if (typeof cell !== "object" || cell === null || cell instanceof Date || Array.isArray(cell)) return undefined;
  const { code, error } = cell as { code?: unknown; error?: unknown };
  if (typeof error === "string") return error;
  if (typeof code === "string") return ERROR_LITERALS.has(code) ? code : `#VALUE! (${code})`;
  return "#VALUE!";
}
