/**
 * French public holidays (jours fériés, Code du travail art. L3133-1), from rule data.
 *
 * Which days are holidays is law, so it lives in the rule pack (`calendar.holidays`): fixed dates
 * and offsets from Easter Sunday, with the Alsace-Moselle additions marked by region. Only the
 * computus (the date of Easter) is code.
 */
import { dayFromParts, partsOfDay, weekdayOf, type Day } from "./day";

/** One holiday rule: a fixed date, or an offset in days from Easter Sunday. */
export type HolidayRule =
  | { name: string; month: number; day: number; regions?: readonly string[] }
  | { name: string; easterOffset: number; regions?: readonly string[] };

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 *
 * @example
 * isoFromDay(easterSunday(2026)) // => "2026-04-05"
 */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, dayOfMonth) as Day;
}

/**
 * The holidays of a year under the given rules; rules tied to regions apply only when that region is asked for.
 *
 * @example
 * holidaysOfYear(2026, nationalRules).map(isoFromDay) // => ["2026-01-01", "2026-04-06", "2026-05-01", …]
 * holidaysOfYear(2026, nationalRules, "alsace-moselle") // also Good Friday and 26 December
 */
export function holidaysOfYear(year: number, rules: readonly HolidayRule[], region?: string): Day[] {
  const easter = easterSunday(year);
  return rules
    .filter((rule) => !rule.regions || (region !== undefined && rule.regions.includes(region)))
    .map((rule) => ("easterOffset" in rule ? easter + rule.easterOffset : (dayFromParts(year, rule.month, rule.day) as Day)))
    .sort((x, y) => x - y);
}

/**
 * Counts working days (Monday–Friday, minus holidays) in inclusive intervals in logarithmic time:
 * the ventilation engine asks this millions of times, so it must not walk the days.
 */
export class WorkdayCalendar {
  /** Holidays falling on a weekday, sorted, for the years loaded so far. */
  private weekdayHolidays: Day[] = [];
  private firstYear = Number.POSITIVE_INFINITY;
  private lastYear = Number.NEGATIVE_INFINITY;

  /**
   * @example
   * const calendar = new WorkdayCalendar(nationalRules);
   * calendar.countWorkdays(dayFromIso("2026-05-01"), dayFromIso("2026-05-08")) // => 4 (1 and 8 May are holidays)
   */
  constructor(
    private readonly rules: readonly HolidayRule[],
    private readonly region?: string,
  ) {}

  private ensureYears(start: Day, end: Day): void {
    const first = Math.min(partsOfDay(start).year, this.firstYear);
    const last = Math.max(partsOfDay(end).year, this.lastYear);
    if (first === this.firstYear && last === this.lastYear) return;
    const days: Day[] = [];
    for (let year = first; year <= last; year += 1) {
      for (const day of holidaysOfYear(year, this.rules, this.region)) {
        const weekday = weekdayOf(day);
        if (weekday !== 0 && weekday !== 6) days.push(day);
      }
    }
    this.weekdayHolidays = [...new Set(days)].sort((x, y) => x - y);
    this.firstYear = first;
    this.lastYear = last;
  }

  /**
   * Whether a day is worked: Monday to Friday and not a holiday.
   *
   * @example
   * calendar.isWorkday(dayFromIso("2026-07-14")) // => false (fête nationale)
   */
  isWorkday(day: Day): boolean {
    return this.countWorkdays(day, day) === 1;
  }

  /**
   * Working days in `[start, end]`, both ends included; 0 when `end < start`.
   *
   * @example
   * calendar.countWorkdays(dayFromIso("2026-03-02"), dayFromIso("2026-03-08")) // => 5
   */
  countWorkdays(start: Day, end: Day): number {
    if (end < start) return 0;
    this.ensureYears(start, end);
    const holidays = lowerBound(this.weekdayHolidays, end + 1) - lowerBound(this.weekdayHolidays, start);
    return weekdaysBefore(end + 1) - weekdaysBefore(start) - holidays;
  }
}

/** Index of the first element ≥ value in a sorted array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Monday–Friday days in `[0, day)` counted from the epoch (1970-01-01, a Thursday). */
function weekdaysBefore(day: Day): number {
  // Shift so that weeks start on Monday: day 0 (Thursday) is index 3 of its week.
  const shifted = day + 3;
  const weeks = Math.floor(shifted / 7);
  const rest = shifted - weeks * 7;
  return weeks * 5 + Math.min(rest, 5) - 3;
}
