/**
 * Whole months as `yyyy-mm` keys, and the arithmetic the forecast needs (a count of months, both
 * ends inclusive, and the month n months later).
 */
import { commissionErrors } from "./errors";
import type { Where } from "../errors";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The month's position on a line of months (year × 12 + month − 1), so months can be compared and counted.
 *
 * @example
 * monthIndex("2026-06") - monthIndex("2026-01") // => 5
 * @throws {DomainError} `commission.month.invalid` when the text is not `yyyy-mm`
 */
export function monthIndex(month: string, where: Where = {}): number {
  const match = MONTH.exec(month);
  if (!match) throw commissionErrors.monthInvalid(month, where);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/**
 * The month at a position of `monthIndex`.
 *
 * @example
 * monthAt(monthIndex("2026-12") + 1) // => "2027-01"
 */
export function monthAt(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * Months from `from` to `to`, both inclusive; 0 when `to` comes before `from`.
 *
 * @example
 * monthsInclusive("2026-06", "2026-09") // => 4
 * monthsInclusive("2026-10", "2026-09") // => 0
 */
export function monthsInclusive(from: string, to: string): number {
  return Math.max(0, monthIndex(to) - monthIndex(from) + 1);
}
