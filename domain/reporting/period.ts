/**
 * Periods of the bilans. The ventilation keeps hours month by month, so a bilan covers whole
 * months: a period given by dates must start on a first and end on a last day of a month (a
 * mid-month bound would need a split of the month's hours that nothing records).
 */
import { dayFromIso, isoFromDay, partsOfDay, startOfMonthDay, startOfNextMonthDay, type Day } from "../dates";
import { ValidationFailed, type DomainError } from "../errors";
import { periodNotWholeMonth, periodReversed } from "./errors";
import type { Period } from "./model";

/**
 * The period of `--from` / `--to` (either may be absent: open on that side, bounded by the data).
 *
 * @example
 * readPeriod("2026-01-01", "2026-06-30", ["2025-11", "2026-12"]) // => { from: "2026-01", to: "2026-06" }
 * readPeriod("2026-01-15", undefined, months) // throws « --from : … le premier jour d'un mois (ex. 2026-01-01) »
 * @throws ValidationFailed of `date.invalid`, `reporting.period.month`, `reporting.period.reversed`
 */
export function readPeriod(from: string | undefined, to: string | undefined, months: readonly string[]): Period | null {
  const errors: DomainError[] = [];
  const start = from === undefined ? undefined : bound(from, "--from", "start", errors);
  const end = to === undefined ? undefined : bound(to, "--to", "end", errors);
  if (start !== undefined && end !== undefined && end < start) {
    errors.push(periodReversed(String(from), String(to), { field: "--to" }));
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  if (start === undefined && end === undefined) return null;
  return { from: start ?? months[0] ?? end ?? "", to: end ?? months[months.length - 1] ?? start ?? "" };
}

function bound(text: string, field: string, side: "start" | "end", errors: DomainError[]): string | undefined {
  let day: Day;
  try {
    day = dayFromIso(text, field);
  } catch (error) {
    errors.push(error as DomainError);
    return undefined;
  }
  const aligned = side === "start" ? startOfMonthDay(day) === day : startOfNextMonthDay(day) - 1 === day;
  if (!aligned) {
    const example = side === "start" ? isoFromDay(startOfMonthDay(day)) : isoFromDay(startOfNextMonthDay(day) - 1);
    const which = side === "start" ? "le premier" : "le dernier";
    errors.push(periodNotWholeMonth(which, example, field));
    return undefined;
  }
  return isoFromDay(day).slice(0, 7);
}

/**
 * The period between two months (`yyyy-mm`), refusing one that ends before it starts with a French
 * message naming both months (the « Bilans » pane's month fields).
 *
 * @example
 * monthPeriod("2026-01", "2026-06") // => { from: "2026-01", to: "2026-06" }
 * monthPeriod("2026-06", "2026-03") // throws « Période : la fin (mars 2026) précède le début (juin 2026) »
 * @throws DomainError `reporting.period.reversed`
 */
export function monthPeriod(from: string, to: string): Period {
  if (to < from) throw periodReversed(monthLabel(from), monthLabel(to), { field: "Période" });
  return { from, to };
}

/**
 * Whether a month is inside a period (null = every month).
 *
 * @example
 * inPeriod("2026-03", { from: "2026-01", to: "2026-06" }) // => true
 */
export function inPeriod(month: string, period: Period | null): boolean {
  return period === null || (month >= period.from && month <= period.to);
}

/**
 * The first and last days of a period.
 *
 * @example
 * periodDays({ from: "2026-01", to: "2026-06" }) // => { start: <2026-01-01>, end: <2026-06-30> }
 */
export function periodDays(period: Period): { start: Day; end: Day } {
  const start = dayFromIso(`${period.from}-01`);
  const last = dayFromIso(`${period.to}-01`);
  return { start, end: startOfNextMonthDay(last) - 1 };
}

/**
 * The calendar years a list of months covers, each as a period clipped to `within`.
 *
 * @example
 * yearsOf(["2025-11", "2026-03"], null) // => [{ from: "2025-11", to: "2025-12" }, { from: "2026-01", to: "2026-03" }]
 */
export function yearsOf(months: readonly string[], within: Period | null): Period[] {
  const inside = months.filter((month) => inPeriod(month, within));
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return [];
  const years: Period[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    const from = `${year}-01` < first ? first : `${year}-01`;
    const to = `${year}-12` > last ? last : `${year}-12`;
    years.push({ from, to });
  }
  return years;
}

/**
 * A period in French: « janvier 2026 – juin 2026 », « 2026 » for a whole year, « toute la période » for null.
 *
 * @example
 * periodLabel({ from: "2026-01", to: "2026-12" }) // => "2026"
 * periodLabel({ from: "2026-03", to: "2026-03" }) // => "mars 2026"
 */
export function periodLabel(period: Period | null): string {
  if (period === null) return "toute la période";
  if (period.from.endsWith("-01") && period.to.endsWith("-12") && period.from.slice(0, 4) === period.to.slice(0, 4))
    return period.from.slice(0, 4);
  const from = monthLabel(period.from);
  return period.from === period.to ? from : `${from} – ${monthLabel(period.to)}`;
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/**
 * A month in French.
 *
 * @example
 * monthLabel("2026-08") // => "août 2026"
 */
export function monthLabel(month: string): string {
  const { year, month: index } = partsOfDay(dayFromIso(`${month}-01`));
  return `${MONTHS[index - 1]} ${year}`;
}
