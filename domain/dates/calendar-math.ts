/**
 * Month and year arithmetic on days, with the end-of-month rule of date-fns
 * (31 January + 1 month = 28 or 29 February), computed in UTC.
 */
import { UTCDate } from "@date-fns/utc";
import { addMonths, differenceInCalendarMonths } from "date-fns";
import type { Day } from "./day";

const MS_PER_DAY = 86_400_000;

function toUtc(day: Day): UTCDate {
  return new UTCDate(day * MS_PER_DAY);
}

/**
 * Adds whole months; a day that does not exist in the target month becomes its last day.
 *
 * @example
 * isoFromDay(addMonthsToDay(dayFromIso("2025-03-02"), 12)) // => "2026-03-02"
 * isoFromDay(addMonthsToDay(dayFromIso("2026-01-31"), 1)) // => "2026-02-28"
 */
export function addMonthsToDay(day: Day, months: number): Day {
  return Math.round(addMonths(toUtc(day), months).getTime() / MS_PER_DAY);
}

/**
 * Adds whole years (29 February + 1 year = 28 February).
 *
 * @example
 * isoFromDay(addYearsToDay(dayFromIso("2000-05-10"), 26)) // => "2026-05-10"
 */
export function addYearsToDay(day: Day, years: number): Day {
  return addMonthsToDay(day, years * 12);
}

/**
 * Whole years between a birth date and a reference date: a person is 26 on their 26th birthday.
 *
 * @example
 * ageOn(dayFromIso("2000-03-02"), dayFromIso("2026-03-01")) // => 25
 * ageOn(dayFromIso("2000-03-02"), dayFromIso("2026-03-02")) // => 26
 */
export function ageOn(birth: Day, on: Day): number {
  let years = Math.floor(differenceInCalendarMonths(toUtc(on), toUtc(birth)) / 12);
  if (addYearsToDay(birth, years + 1) <= on) years += 1;
  if (addYearsToDay(birth, years) > on) years -= 1;
  return years;
}

/**
 * Whole months elapsed from `from` to `on`: the largest m with `addMonthsToDay(from, m) ≤ on`
 * (a registration of 2025-03-02 has lasted 12 months on 2026-03-02).
 *
 * @example
 * monthsBetween(dayFromIso("2025-03-02"), dayFromIso("2026-03-01")) // => 11
 * monthsBetween(dayFromIso("2025-03-02"), dayFromIso("2026-03-02")) // => 12
 */
export function monthsBetween(from: Day, on: Day): number {
  let months = differenceInCalendarMonths(toUtc(on), toUtc(from));
  if (addMonthsToDay(from, months) > on) months -= 1;
  return months;
}
