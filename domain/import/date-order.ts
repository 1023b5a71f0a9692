/**
 * Day or month first? Text dates such as « 02/03/2026 » read differently in France (2 March) and in
 * an American export (3 February). The importer looks at all the slashed dates of the sheet: a first
 * number above 12 proves day-first, a second number above 12 proves month-first. When nothing proves
 * the order, it asks the facilitator and, until then, rejects the rows whose dates could be read both
 * ways: it reports, it never guesses.
 */
import { detectDateOrder, type DateOrder, type DateOrderEvidence } from "../dates";

export interface DateOrderDecision {
  /** The order applied, or null while the facilitator has not chosen one and nothing proves it. */
  order: DateOrder | null;
  /** What the sheet's text dates say. */
  evidence: DateOrderEvidence;
  /** Whether the order comes from the facilitator rather than from the data. */
  chosen: boolean;
  /** A date of the sheet that reads both ways (to show in the question). */
  example?: string;
}

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Decides the order of the sheet's text dates.
 *
 * @example
 * decideDateOrder(["25/03/2026", "02/03/2026"]) // => { order: "dmy", evidence: "dmy", chosen: false }
 * decideDateOrder(["02/03/2026"]) // => { order: null, evidence: "ambiguous", chosen: false, example: "02/03/2026" }
 * decideDateOrder(["02/03/2026"], "mdy") // => { order: "mdy", evidence: "ambiguous", chosen: true, example: "02/03/2026" }
 */
export function decideDateOrder(cells: readonly unknown[], chosen?: DateOrder): DateOrderDecision {
  const evidence = detectDateOrder(cells);
  const example = cells.find(isAmbiguousDate) as string | undefined;
  const base = example === undefined ? { evidence } : { evidence, example };
  if (chosen) return { ...base, order: chosen, chosen: true };
  if (evidence === "dmy" || evidence === "mdy") return { ...base, order: evidence, chosen: false };
  // Some dates prove day-first and others month-first: the sheet mixes both, the facilitator decides.
  if (evidence === "conflict") return { ...base, order: null, chosen: false };
  // Nothing slashed, or only dates that read the same both ways (« 01/01/2026 »): the order does not matter.
  if (example === undefined) return { ...base, order: "dmy", chosen: false };
  return { ...base, order: null, chosen: false };
}

/**
 * Whether a cell is a text date that reads as two different days (« 02/03/2026 », not « 03/03/2026 »).
 *
 * @example
 * isAmbiguousDate("02/03/2026") // => true
 * isAmbiguousDate("25/03/2026") // => false
 * isAmbiguousDate(46083) // => false (a serial is a date, not text)
 */
export function isAmbiguousDate(cell: unknown): boolean {
  if (typeof cell !== "string") return false;
  const match = SLASHED.exec(cell.trim());
  if (!match) return false;
  const [first, second] = [Number(match[1]), Number(match[2])];
  return first <= 12 && second <= 12 && first !== second;
}

/**
 * The two readings of an ambiguous date, in French words.
 *
 * @example
 * bothReadings("02/03/2026") // => "2 mars ou 3 février 2026"
 */
export function bothReadings(text: string): string {
  const match = SLASHED.exec(text.trim());
  if (!match) return text;
  const [first, second, year] = [Number(match[1]), Number(match[2]), match[3]];
  return `${first} ${MONTHS[second - 1]} ou ${second} ${MONTHS[first - 1]} ${year}`;
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
