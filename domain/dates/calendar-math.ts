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
  if (!Number.isInteger(months) || !Number.isInteger(day)) return Math.round(addMonths(toUtc(day), months).getTime() / MS_PER_DAY);
  // date-fns' rule computed on integers (no Date built): eligibility asks it hundreds of thousands
  // of times for a territory, and each UTCDate cost more than the rest of the evaluation.
  const { year, month, dayOfMonth } = civilFromDay(day);
  const target = month + months;
  const targetYear = year + Math.floor(target / 12);
  const targetMonth = ((target % 12) + 12) % 12;
  return dayFromCivil(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
}

/**
 * Year, month (0–11) and day of month of a day (Howard Hinnant's `civil_from_days`, proleptic Gregorian).
 *
 * @example
 * civilFromDay(dayFromIso("2026-03-17")) // => { year: 2026, month: 2, dayOfMonth: 17 }
 */
export function civilFromDay(day: Day): { year: number; month: number; dayOfMonth: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 2 : shifted - 10;
  return { year: yearOfEra + era * 400 + (month < 2 ? 1 : 0), month, dayOfMonth };
}

/** The day of a year, month (0–11) and day of month (`days_from_civil`). */
function dayFromCivil(year: number, month: number, dayOfMonth: number): Day {
  const shiftedYear = month < 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month < 2 ? month + 10 : month - 2) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] as number;
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
