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
 * Whole years between a birth date and a reference date, as the Plateforme de l'inclusion counts
 * them (les-emplois: jeune = `birthdate > today − 26 years`, senior = `birthdate <= today − 50 years`):
 * a person is N on the day `on − N years` (date-fns clamping) is on or after their birth. Someone
 * born on 29 February turns N on 1 March of a common year (still N − 1 on 28 February).
 *
 * @example
 * ageOn(dayFromIso("2000-03-02"), dayFromIso("2026-03-01")) // => 25
 * ageOn(dayFromIso("2000-03-02"), dayFromIso("2026-03-02")) // => 26
 * ageOn(dayFromIso("2000-02-29"), dayFromIso("2026-02-28")) // => 25
 */
export function ageOn(birth: Day, on: Day): number {
  let years = Math.floor(differenceInCalendarMonths(toUtc(on), toUtc(birth)) / 12);
  if (hasLasted(birth, on, (years + 1) * 12)) years += 1;
  while (years > 0 && !hasLasted(birth, on, years * 12)) years -= 1;
  return years;
}

/**
 * Whether `months` whole months have elapsed from `from` to `on`, counted back from `on` as the
 * Plateforme de l'inclusion counts ages: `from <= on − months` (date-fns clamping). Identical to
 * the anniversary except at the end of a month: 6 months after 31 August are reached on 1 March,
 * not on 28 February, as a 29 February birthday is reached on 1 March.
 *
 * @example
 * hasLasted(dayFromIso("2025-03-02"), dayFromIso("2026-03-02"), 12) // => true
 * hasLasted(dayFromIso("2025-08-31"), dayFromIso("2026-02-28"), 6) // => false
 */
export function hasLasted(from: Day, on: Day, months: number): boolean {
  return from <= addMonthsToDay(on, -months);
}

/**
 * The first day on which `hasLasted(from, day, months)` holds: the anniversary, or the day after it
 * when the anniversary was clamped to the end of a shorter month.
 *
 * @example
 * isoFromDay(firstDayLasted(dayFromIso("2000-02-29"), 26 * 12)) // => "2026-03-01"
 * isoFromDay(firstDayLasted(dayFromIso("2025-07-01"), 12)) // => "2026-07-01"
 */
export function firstDayLasted(from: Day, months: number): Day {
  let day = addMonthsToDay(from, months);
  while (!hasLasted(from, day, months)) day += 1;
  return day;
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
