/**
 * Excel date serials (1900 date system) ⇄ days.
 *
 * Excel hands dates to custom functions as serial numbers: 1 = 1900-01-01, 36526 = 2000-01-01.
 * Serial 60 is 1900-02-29, a day that never existed (Lotus 1-2-3 compatibility), so serials up to
 * 59 are shifted by one day and 60 is refused. Workbooks in the 1904 system (old Mac files) are not
 * detected by the Office JavaScript API; the add-in documents that it assumes the 1900 system.
 */
import type { Day } from "./day";

/** Day number of 1899-12-30, the epoch that makes serial ≥ 61 exact. */
const EPOCH_1899_12_30 = -25569;

/**
 * Converts an Excel serial to a day; the fraction (time of day) is dropped. Returns null for serials
 * that are not dates: non-finite, below 1, 60 (the phantom 1900-02-29) or beyond 9999-12-31.
 *
 * @example
 * dayFromExcelSerial(46083) // => day of 2026-03-02
 * dayFromExcelSerial(46083.75) // => same day (18:00 is ignored)
 * dayFromExcelSerial(60) // => null
 */
export function dayFromExcelSerial(serial: number): Day | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  return whole < 60 ? EPOCH_1899_12_30 + whole + 1 : EPOCH_1899_12_30 + whole;
}

/**
 * Converts a day to the Excel serial that displays it.
 *
 * @example
 * excelSerialFromDay(dayFromIso("2000-01-01")) // => 36526
 */
export function excelSerialFromDay(day: Day): number {
  const serial = day - EPOCH_1899_12_30;
  return serial < 61 ? serial - 1 : serial;
}
