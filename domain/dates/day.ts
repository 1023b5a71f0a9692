/**
 * Calendar days as integers.
 *
 * The core counts in whole days: a `Day` is the number of days since 1970-01-01 (UTC). Integers
 * make interval arithmetic exact and fast (the ventilation engine walks millions of them) and keep
 * time zones out of the picture: a facilitator's "2 mars 2026" is the same day in Paris, Cayenne
 * and on the CI machine.
 */
import { invalidIsoDate } from "./errors";

/** Days since 1970-01-01, UTC. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Builds a day from a year, a month (1–12) and a day of month, rejecting impossible dates.
 *
 * @example
 * dayFromParts(2026, 3, 2) // => 20514
 * dayFromParts(2026, 2, 30) // => null (30 February does not exist)
 */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const check = new Date(ms);
  // Date.UTC silently rolls 30 February over to 2 March: refuse it instead.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}

/**
 * Splits a day into year, month (1–12) and day of month.
 *
 * @example
 * partsOfDay(20514) // => { year: 2026, month: 3, day: 2 }
 */
export function partsOfDay(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Reads an ISO `yyyy-mm-dd` date, or returns null when the text is not one (or is impossible).
 *
 * @example
 * tryDayFromIso("2026-03-02") // => 20514
 * tryDayFromIso("2026-02-30") // => null
 * tryDayFromIso("02/03/2026") // => null (not ISO; see parseDateText)
 */
export function tryDayFromIso(text: string): Day | null {
  // The common case (10 characters, digits and dashes) read without a regex nor a Date: a million
  // hour lines have two dates each, read by the input check and again by the engine's preparation.
  if (text.length === 10) {
    const fast = plainIsoDay(text);
    if (fast !== undefined) return fast;
  }
  return dayFromIsoText(text);
}

/**
 * `tryDayFromIso` by its definition (a regex, then `dayFromParts`); exported for the test that the fast path agrees.
 *
 * @example
 * dayFromIsoText(" 2026-03-02 ") // => 20514
 */
export function dayFromIsoText(text: string): Day | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

const digitAt = (text: string, index: number) => {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
};

/**
 * The day of `yyyy-mm-dd` (exactly), null for an impossible one, undefined when the text has
 * another shape or a year before 100 (which `Date.UTC` reads as 19xx, so `dayFromParts` refuses it):
 * the definition decides those.
 */
function plainIsoDay(text: string): Day | null | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let index = 0; index < 4; index += 1) {
    const digit = digitAt(text, index);
    if (digit < 0) return undefined;
    year = year * 10 + digit;
  }
  const m1 = digitAt(text, 5);
  const m2 = digitAt(text, 6);
  const d1 = digitAt(text, 8);
  const d2 = digitAt(text, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return undefined;
  if (year < 100) return undefined;
  const month = m1 * 10 + m2;
  const dayOfMonth = d1 * 10 + d2;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, dayOfMonth);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`), as `Date.UTC` counts them. */
function daysFromCivil(year: number, month: number, dayOfMonth: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Reads an ISO `yyyy-mm-dd` date, throwing a French error that names the field when it is not one.
 *
 * @example
 * dayFromIso("2026-03-02") // => 20514
 * dayFromIso("2026-13-01", "markets[0].start") // throws « markets[0].start : … »
 * @throws DomainError `date.invalid`
 */
export function dayFromIso(text: string, field = "date"): Day {
  const day = tryDayFromIso(text);
  if (day === null) {
    throw invalidIsoDate(text, { field });
  }
  return day;
}

/**
 * Writes a day as an ISO `yyyy-mm-dd` string.
 *
 * @example
 * isoFromDay(20514) // => "2026-03-02"
 */
export function isoFromDay(day: Day): string {
  // Years 0000–9999 by the civil calendar's arithmetic (a Date and its ISO text cost ten times more:
  // decoding 100 000 hour lines spent most of its time here); the rest as the Date writes it.
  if (!Number.isInteger(day) || day < FIRST_CIVIL_DAY || day > LAST_CIVIL_DAY) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const ofEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((ofEra - Math.floor(ofEra / 1460) + Math.floor(ofEra / 36_524) - Math.floor(ofEra / 146_096)) / 365);
  const ofYear = ofEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * ofYear + 2) / 153);
  const date = ofYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${date < 10 ? "0" : ""}${date}`;
}

/** 0000-01-01 and 9999-12-31 as days since 1970-01-01. */
const FIRST_CIVIL_DAY = -719_528;
const LAST_CIVIL_DAY = 2_932_896;

/**
 * Day of the week, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`).
 *
 * @example
 * weekdayOf(dayFromIso("2026-03-02")) // => 1 (Monday)
 */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The month a day falls in, as `yyyy-mm` (the key of monthly reports).
 *
 * @example
 * monthKeyOf(dayFromIso("2026-03-31")) // => "2026-03"
 */
export function monthKeyOf(day: Day): string {
  return isoFromDay(day).slice(0, 7);
}

/**
 * First day of the month containing `day`.
 *
 * @example
 * isoFromDay(startOfMonthDay(dayFromIso("2026-03-17"))) // => "2026-03-01"
 */
export function startOfMonthDay(day: Day): Day {
  const { year, month } = partsOfDay(day);
  return dayFromParts(year, month, 1) as Day;
}

/**
 * First day of the month after the one containing `day`.
 *
 * @example
 * isoFromDay(startOfNextMonthDay(dayFromIso("2026-12-17"))) // => "2027-01-01"
 */
export function startOfNextMonthDay(day: Day): Day {
  const { year, month } = partsOfDay(day);
  return month === 12 ? (dayFromParts(year + 1, 1, 1) as Day) : (dayFromParts(year, month + 1, 1) as Day);
}

/**
 * Today's date in the given time zone (default Europe/Paris), as a day. Only the faces call this;
 * the core always receives its reference date as an argument, so results are reproducible.
 *
 * @example
 * todayDay(new Date("2026-03-01T23:30:00Z")) // => day of 2026-03-02 (already the 2nd in Paris)
 */
export function todayDay(now: Date = new Date(), timeZone = "Europe/Paris"): Day {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return dayFromIso(parts);
}
