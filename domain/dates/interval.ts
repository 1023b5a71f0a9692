/**
 * Date intervals. Both ends are inclusive, everywhere in the add-in: a contract running
 * "du 5 janvier au 30 juin" includes 5 January and 30 June.
 */
import { reversedInterval } from "./errors";
import { isoFromDay, type Day } from "./day";

/** An inclusive interval of days: `start ≤ day ≤ end`. */
export interface DayInterval {
  start: Day;
  end: Day;
}

/**
 * Builds an interval, refusing one that ends before it starts (a single day is allowed).
 *
 * @example
 * interval(dayFromIso("2026-01-05"), dayFromIso("2026-06-30")) // => { start, end }
 * interval(dayFromIso("2026-06-30"), dayFromIso("2026-01-05")) // throws "la fin (2026-01-05) précède le début (2026-06-30)"
 * @throws DomainError `interval.reversed`
 */
export function interval(start: Day, end: Day, field = "période"): DayInterval {
  if (end < start) {
    throw reversedInterval(isoFromDay(end), isoFromDay(start), { field });
  }
  return { start, end };
}

/**
 * Number of days in an interval, both ends counted.
 *
 * @example
 * intervalDays({ start: d("2026-01-01"), end: d("2026-01-31") }) // => 31
 * intervalDays({ start: d("2026-01-01"), end: d("2026-01-01") }) // => 1
 */
export function intervalDays(range: DayInterval): number {
  return range.end - range.start + 1;
}

/**
 * Whether a day lies in an interval (ends included).
 *
 * @example
 * containsDay({ start: d("2026-01-05"), end: d("2026-06-30") }, d("2026-06-30")) // => true
 */
export function containsDay(range: DayInterval, day: Day): boolean {
  return range.start <= day && day <= range.end;
}

/**
 * The days two intervals share, or null. Adjacent intervals (one ends the day before the other
 * starts) share nothing.
 *
 * @example
 * intersect({ start: d("2026-01-01"), end: d("2026-03-31") }, { start: d("2026-03-01"), end: d("2026-06-30") })
 * // => { start: <2026-03-01>, end: <2026-03-31> }
 * intersect({ start: d("2026-01-01"), end: d("2026-02-28") }, { start: d("2026-03-01"), end: d("2026-06-30") })
 * // => null
 */
export function intersect(a: DayInterval, b: DayInterval): DayInterval | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}
