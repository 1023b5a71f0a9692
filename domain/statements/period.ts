/**
 * The period of a statement: a calendar month, written « AAAA-MM » in files and options, shown « mars
 * 2026 » to people.
 */
import { dayFromParts, isoFromDay, startOfNextMonthDay, type Day } from "../dates";
import { invalidPeriod } from "./errors";

export interface StatementPeriod {
  /** « 2026-03 » */
  key: string;
  from: Day;
  /** Last day, inclusive. */
  to: Day;
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/**
 * Reads « AAAA-MM ».
 *
 * @example
 * readPeriod("2026-03") // => { key: "2026-03", from: <1 March 2026>, to: <31 March 2026> }
 * @throws DomainError statements.period.invalid
 */
export function readPeriod(text: string, field?: string): StatementPeriod {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const from = match ? dayFromParts(Number(match[1]), Number(match[2]), 1) : null;
  if (!match || from === null) throw invalidPeriod(text, field);
  return { key: `${match[1]}-${match[2]}`, from, to: startOfNextMonthDay(from) - 1 };
}

/**
 * The period in French words.
 *
 * @example
 * periodLabel(readPeriod("2026-03")) // => "mars 2026"
 */
export function periodLabel(period: StatementPeriod): string {
  const [year, month] = period.key.split("-");
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

/**
 * A day in French (jj/mm/aaaa).
 *
 * @example
 * frenchDay(dayFromIso("2026-03-31")) // => "31/03/2026"
 */
export function frenchDay(day: Day): string {
  return isoFromDay(day).split("-").reverse().join("/");
}
