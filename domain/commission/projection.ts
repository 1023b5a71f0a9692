/**
 * « At the current pace »: each company's hours continued, month after month, at the average of its
 * last months (the pack's `paceMonths`), then ventilated by the same engine as the real ones, so that
 * pooling decides which contract each projected hour goes to, exactly as it would for real hours.
 *
 * Each stream of a company (its pooled lines; the lines assigned to one contract) keeps its own
 * pace. Projected hours have no participant: they stand for people still to place, so the countable
 * windows do not restrict them.
 */
import { dayFromIso, isoFromDay, monthKeyOf, startOfNextMonthDay, type Day } from "../dates";
import { prepareInput, ventilate, type HourLineInput, type MarketInput, type VentilationOptions, type WindowInput } from "../ventilation";
import { monthAt, monthIndex } from "./months";

export interface Request {
  markets: readonly MarketInput[];
  lines: readonly HourLineInput[];
  windows: readonly WindowInput[];
}

/**
 * Hours credited to each contract by month index: the real lines before `month`, then the
 * projected ones from `month` to the last month of the company's contracts.
 *
 * @example
 * projectedCredits(request, "2026-06", 3, options).get("M2") // => Map { 24314 => 22.4, …, 24320 => 100 }
 */
export function projectedCredits(
  request: Request,
  month: string,
  paceMonths: number,
  options: VentilationOptions,
): Map<string, Map<number, number>> {
  const from = dayFromIso(`${month}-01`);
  // Lines as the counting rules of the modes count them (a sub-contracted amount converted, training
  // capped…), then plain hour lines, so splitting and re-ventilating never applies a rule twice.
  const counted = prepareInput({ markets: [...request.markets], lines: [...request.lines], windows: [] }, undefined, options.counting).lines
    .hours;
  const lines: HourLineInput[] = request.lines.map((line, index) => ({
    company: line.company,
    start: line.start,
    end: line.end,
    hours: counted[index] as number,
    ...(line.market === undefined ? {} : { market: line.market }),
    ...(line.participant === undefined ? {} : { participant: line.participant }),
  }));
  const history = lines.flatMap((line) => before(line, from));
  const projected = project(history, request.markets, monthIndex(month), paceMonths);
  const prepared = prepareInput({ markets: [...request.markets], lines: [...history, ...projected], windows: [...request.windows] });
  const result = ventilate(prepared, { ...options, lineMonths: true });
  const credits = new Map<string, Map<number, number>>();
  for (const share of result.lineMonths ?? []) {
    if (share.market === null || (share.kind !== "direct" && share.kind !== "ventilated")) continue;
    const months = credits.get(share.market) ?? new Map<number, number>();
    const index = monthIndex(share.month);
    months.set(index, (months.get(index) ?? 0) + share.hours);
    credits.set(share.market, months);
  }
  return credits;
}

/** The part of a line before `from` (its hours prorated by calendar days), or nothing. */
function before(line: HourLineInput, from: Day): HourLineInput[] {
  const start = dayFromIso(line.start);
  const end = dayFromIso(line.end);
  if (start >= from) return [];
  if (end < from) return [line];
  const kept = from - start;
  return [{ ...line, end: isoFromDay(from - 1), hours: ((line.hours ?? 0) * kept) / (end - start + 1) }];
}

interface Stream {
  company: string;
  market?: string;
  byMonth: Map<number, number>;
  first: number;
}

function project(history: readonly HourLineInput[], markets: readonly MarketInput[], at: number, paceMonths: number): HourLineInput[] {
  const streams = new Map<string, Stream>();
  for (const line of history) {
    const key = `${line.company}\u0000${line.market ?? ""}`;
    const stream = streams.get(key) ?? {
      company: line.company,
      ...(line.market ? { market: line.market } : {}),
      byMonth: new Map(),
      first: Infinity,
    };
    for (const [index, hours] of monthsOf(line)) {
      stream.byMonth.set(index, (stream.byMonth.get(index) ?? 0) + hours);
      stream.first = Math.min(stream.first, index);
    }
    streams.set(key, stream);
  }
  const lastMonth = new Map<string, number>();
  for (const market of markets) {
    const last = monthIndex(monthKeyOf(dayFromIso(market.end)));
    lastMonth.set(market.company, Math.max(lastMonth.get(market.company) ?? -Infinity, last));
  }
  const projected: HourLineInput[] = [];
  for (const stream of streams.values()) {
    const window = Math.min(paceMonths, at - stream.first);
    if (window <= 0) continue;
    let sum = 0;
    for (let index = at - window; index < at; index += 1) sum += stream.byMonth.get(index) ?? 0;
    const pace = sum / window;
    const last = lastMonth.get(stream.company) ?? at - 1;
    if (!(pace > 0)) continue;
    for (let index = at; index <= last; index += 1) {
      const start = dayFromIso(`${monthAt(index)}-01`);
      projected.push({
        company: stream.company,
        ...(stream.market ? { market: stream.market } : {}),
        start: isoFromDay(start),
        end: isoFromDay(startOfNextMonthDay(start) - 1),
        hours: pace,
      });
    }
  }
  return projected;
}

/** A line's hours by month index, prorated by calendar days. */
function monthsOf(line: HourLineInput): Map<number, number> {
  const start = dayFromIso(line.start);
  const end = dayFromIso(line.end);
  const total = end - start + 1;
  const months = new Map<number, number>();
  let day = start;
  while (day <= end) {
    const next = Math.min(startOfNextMonthDay(day) - 1, end);
    // Hours are always given here: projectedCredits counts the lines first.
    months.set(monthIndex(monthKeyOf(day)), ((line.hours ?? 0) * (next - day + 1)) / total);
    day = next + 1;
  }
  return months;
}
