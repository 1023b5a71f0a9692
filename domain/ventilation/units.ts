/**
 * The days over which hours are spread, counted without walking them: calendar days, or working
 * days (Monday–Friday minus the pack's public holidays) through `WorkdayCalendar`.
 */
import { civilFromDay, WorkdayCalendar, type Day } from "../dates";
import type { CalendarRules } from "../dates/calendar-rules";
import { workdaysWithoutCalendar } from "./errors";
import type { Spread } from "./policies";

/** A line's hours are spread per calendar day, or per working day. */
export const CALENDAR = 0;
export const WORKDAY = 1;
export type UnitKind = typeof CALENDAR | typeof WORKDAY;

/**
 * Counts the days a spread uses.
 *
 * @example
 * const units = new DayUnits("workdays", calendarRules);
 * units.kindOf(d("2026-05-01"), d("2026-05-08")) // => WORKDAY (there are working days in the period)
 * units.count(WORKDAY, d("2026-05-01"), d("2026-05-08")) // => 4 (1 and 8 May are holidays)
 * units.kindOf(d("2026-05-02"), d("2026-05-03")) // => CALENDAR (a weekend: spread over its calendar days)
 */
export class DayUnits {
  private readonly calendar: WorkdayCalendar | null;

  constructor(
    readonly spread: Spread,
    rules?: CalendarRules,
  ) {
    if (spread === "workdays" && !rules) throw workdaysWithoutCalendar();
    this.calendar = spread === "workdays" && rules ? new WorkdayCalendar(rules.holidays, rules.region) : null;
  }

  /** The kind of days a line over `[start, end]` is spread on: working days, unless it has none. */
  kindOf(start: Day, end: Day): UnitKind {
    if (!this.calendar) return CALENDAR;
    return this.calendar.countWorkdays(start, end) > 0 ? WORKDAY : CALENDAR;
  }

  /** Days of that kind in `[start, end]`, both ends included. */
  count(kind: UnitKind, start: Day, end: Day): number {
    if (end < start) return 0;
    if (kind === CALENDAR || !this.calendar) return end - start + 1;
    return this.calendar.countWorkdays(start, end);
  }

  /** Whether a day is worked (always true for the calendar spread). */
  isWorkday(day: Day): boolean {
    return this.calendar ? this.calendar.isWorkday(day) : true;
  }
}

/**
 * A month as one integer (year × 12 + month − 1), so monthly totals key on numbers. Pure arithmetic
 * (the civil-from-days algorithm of H. Hinnant): the detail asks it for every line.
 *
 * @example
 * monthIndexOf(dayFromIso("2026-03-17")) // => 24314
 * monthKeyOfIndex(24314) // => "2026-03"
 */
export function monthIndexOf(day: Day): number {
  const { year, month } = civilFromDay(day);
  return year * 12 + month;
}

/**
 * The `yyyy-mm` text of a month index.
 *
 * @example
 * monthKeyOfIndex(24314) // => "2026-03"
 */
export function monthKeyOfIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * First day of a month index (days-from-civil, the inverse of `monthIndexOf`).
 *
 * @example
 * isoFromDay(firstDayOfMonthIndex(24314)) // => "2026-03-01"
 */
export function firstDayOfMonthIndex(index: number): Day {
  const month = (index % 12) + 1;
  const year = Math.floor(index / 12) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Calls `visit` for each month part of `[start, end]` (inclusive), in order.
 *
 * @example
 * forEachMonthPart(d("2026-01-20"), d("2026-02-10"), (from, to, month) => …)
 * // visits (2026-01-20, 2026-01-31, Jan) then (2026-02-01, 2026-02-10, Feb)
 */
export function forEachMonthPart(start: Day, end: Day, visit: (from: Day, to: Day, month: number) => void): void {
  let month = monthIndexOf(start);
  let from = start;
  while (from <= end) {
    const next = firstDayOfMonthIndex(month + 1);
    const to = Math.min(end, next - 1);
    visit(from, to, month);
    from = to + 1;
    month += 1;
  }
}
