/**
 * Pooling and ventilation: a company's hours, pooled, are allocated back to its contracts by the
 * contracts' dates, day by day, under a stated policy (see `policies.ts` and docs/ventilation.md).
 *
 * Conservation: for every company, direct + ventilated + excess + out of period + not countable =
 * the hours of its lines. No contract receives pooled hours beyond its obligation, nor any hour
 * outside its dates; the result does not depend on the order of the lines.
 */
import { isoFromDay, type Day } from "../dates";
import type { CalendarRules } from "../dates/calendar-rules";
import { companyFlows } from "./flows";
import { Ledger, type Allocation, type LineMonthShare, type LineShare, type SetAside } from "./ledger";
import type { Policy, Spread } from "./policies";
import type { CountingRules } from "./rules";
import type { PreparedInput, PreparedMarket } from "./prepare";
import type { LineCounting } from "./counting";
import { requestDigest } from "./digest";
import { sweepCompany, type Segment } from "./sweep";
import { DayUnits, monthIndexOf } from "./units";

export interface VentilationOptions {
  policy: Policy;
  spread: Spread;
  /** `packRef(pack)` of the rules in force. */
  rulePack: string;
  /** The pack's calendar (public holidays): required by the `workdays` spread. */
  calendar?: CalendarRules;
  /** Keep the detail by contract, participant and month (and the hours set aside, by participant and month). */
  detail?: boolean;
  /** Keep what explains a figure: the periods of each company and where each line's hours went. */
  trace?: boolean;
  /** Keep where each line's hours went month by month (what the bilans count from); implies `detail`. */
  lineMonths?: boolean;
  /** A digest computed elsewhere (the CLI hashes large inputs natively); by default computed here. */
  inputDigest?: string;
  /** Rules of the pack « à confirmer » that produced the options (default policy, spread…), in French. */
  unconfirmed?: string[];
  /** The pack's counting rules of the modes, for whoever prepares the input from these options. */
  counting?: CountingRules;
  /**
   * Ventilate this company alone (its figures are those of the whole ventilation: companies do not
   * share hours); every other company's figures are left at zero. For explaining one contract of a
   * large territory with `trace`; never for a result shown or written whole.
   */
  onlyCompany?: string;
}

export interface MarketOutcome {
  id: string;
  company: string;
  obligation: number;
  start: string;
  end: string;
  pooled: boolean;
  direct: number;
  ventilated: number;
  total: number;
  /** Obligation minus total, never negative. */
  remaining: number;
}

export interface CompanyOutcome {
  company: string;
  /** Hours of the company's lines. */
  hours: number;
  direct: number;
  ventilated: number;
  /** Pooled hours of days when every active contract had reached its obligation. */
  excess: number;
  /** Pooled hours of days when no pooled contract was active, and direct hours outside their contract's dates. */
  outOfPeriod: number;
  /** Hours worked outside the participant's countable windows. */
  notCountable: number;
  /** Training hours beyond the pack's training cap (not in `hours`, never lost). */
  capped: number;
  /** Hours a counting rule does not count (beyond the first months of a CDI, apprenticeship training), not in `hours`. */
  excluded: number;
}

/** A run of days of one company with the same active contracts (what « which periods » shows). */
export interface Period {
  company: string;
  start: string;
  end: string;
  active: string[];
  pooled: number;
  credited: { market: string; hours: number }[];
  excess: number;
  outOfPeriod: number;
}

export interface VentilationTotals {
  hours: number;
  direct: number;
  ventilated: number;
  excess: number;
  outOfPeriod: number;
  notCountable: number;
  capped: number;
  excluded: number;
}

export interface VentilationResult {
  policy: Policy;
  spread: Spread;
  rulePack: string;
  inputDigest: string;
  /** In request order. */
  markets: MarketOutcome[];
  /** Every company, in order of first appearance. */
  companies: CompanyOutcome[];
  totals: VentilationTotals;
  allocations?: Allocation[];
  setAside?: SetAside[];
  periods?: Period[];
  lineShares?: LineShare[];
  lineMonths?: LineMonthShare[];
  /** What the counting rules of the modes did, line by line (only the lines a rule converted, capped or excluded). */
  counting: LineCounting[];
  /** False when a rule used is « à confirmer » (listed in `unconfirmed`: the options' and the counting rules' of the lines). */
  confirmed: boolean;
  unconfirmed: string[];
}

/**
 * Ventilates a prepared request.
 *
 * @example
 * const result = ventilate(prepareInput(worked), { policy: "earliest-end", spread: "calendar", rulePack: "national@2026.11.1" });
 * result.markets.map((market) => market.total) // => [600, 400, 207.0968…]
 * result.companies[0].outOfPeriod // => 12.9032… (1–4 January: no contract active yet)
 */
export function ventilate(input: PreparedInput, options: VentilationOptions): VentilationResult {
  const units = new DayUnits(options.spread, options.calendar);
  const lineMonths = Boolean(options.lineMonths);
  const ledger = new Ledger(input, {
    detail: Boolean(options.detail) || lineMonths,
    trace: Boolean(options.trace),
    lineMonths,
    ...monthRange(input),
  });
  const pooledByCompany = groupBy(
    input.markets.filter((market) => market.pooled),
    (market) => market.company,
    input.companies.length,
  );
  const linesByCompany = linesOfCompanies(input);
  const segments: Segment[] = [];
  const only = options.onlyCompany === undefined ? -1 : input.companies.indexOf(options.onlyCompany);
  linesByCompany.forEach((lines, company) => {
    if (options.onlyCompany !== undefined && company !== only) return;
    const flows = companyFlows(input, lines, units, ledger);
    segments.push(...sweepCompany(company, pooledByCompany[company] ?? [], flows, options.policy, units, ledger));
  });
  const markets = marketOutcomes(input, ledger);
  const companies = companyOutcomes(input, ledger);
  const result: VentilationResult = {
    policy: options.policy,
    spread: options.spread,
    rulePack: options.rulePack,
    inputDigest: options.inputDigest ?? requestDigest(input.request),
    markets,
    companies,
    totals: totalsOf(companies),
    counting: input.counting?.lines ?? [],
    confirmed: true,
    unconfirmed: [],
  };
  result.unconfirmed = [...(options.unconfirmed ?? []), ...(input.unconfirmed ?? [])];
  result.confirmed = result.unconfirmed.length === 0;
  if (options.detail || lineMonths) {
    result.allocations = ledger.allocations();
    result.setAside = ledger.setAsides();
  }
  if (lineMonths) result.lineMonths = ledger.lineMonthShares();
  if (options.trace) {
    result.periods = periodsOf(segments, input);
    result.lineShares = ledger.lineShares();
  }
  return result;
}

function monthRange(input: PreparedInput): { firstMonth: number; months: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const { start, end, count } = input.lines;
  for (let line = 0; line < count; line += 1) {
    first = Math.min(first, start[line] as number);
    last = Math.max(last, end[line] as number);
  }
  if (count === 0) return { firstMonth: 0, months: 1 };
  const firstMonth = monthIndexOf(first);
  return { firstMonth, months: monthIndexOf(last) - firstMonth + 1 };
}

/** Line indices per company, in input order (a counting sort: one pass, no comparisons). */
function linesOfCompanies(input: PreparedInput): number[][] {
  const byCompany: number[][] = input.companies.map(() => []);
  const { company, count } = input.lines;
  for (let line = 0; line < count; line += 1) byCompany[company[line] as number]?.push(line);
  return byCompany;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number, size: number): T[][] {
  const groups: T[][] = Array.from({ length: size }, () => []);
  for (const item of items) groups[key(item)]?.push(item);
  return groups;
}

function marketOutcomes(input: PreparedInput, ledger: Ledger): MarketOutcome[] {
  return input.markets.map((market: PreparedMarket) => {
    const direct = ledger.direct[market.index] as number;
    const ventilated = ledger.ventilated[market.index] as number;
    const total = direct + ventilated;
    return {
      id: market.id,
      company: input.companies[market.company] ?? "",
      obligation: market.obligation,
      start: isoFromDay(market.start),
      end: isoFromDay(market.end),
      pooled: market.pooled,
      direct,
      ventilated,
      total,
      remaining: Math.max(0, market.obligation - total),
    };
  });
}

function companyOutcomes(input: PreparedInput, ledger: Ledger): CompanyOutcome[] {
  const hours = new Float64Array(input.companies.length);
  const { company, count } = input.lines;
  for (let line = 0; line < count; line += 1) {
    const owner = company[line] as number;
    hours[owner] = (hours[owner] as number) + (input.lines.hours[line] as number);
  }
  const direct = new Float64Array(input.companies.length);
  const ventilated = new Float64Array(input.companies.length);
  for (const market of input.markets) {
    direct[market.company] = (direct[market.company] as number) + (ledger.direct[market.index] as number);
    ventilated[market.company] = (ventilated[market.company] as number) + (ledger.ventilated[market.index] as number);
  }
  return input.companies.map((name, index) => ({
    company: name,
    hours: hours[index] as number,
    direct: direct[index] as number,
    ventilated: ventilated[index] as number,
    excess: ledger.excess[index] as number,
    outOfPeriod: ledger.outOfPeriod[index] as number,
    notCountable: ledger.notCountable[index] as number,
    capped: input.counting?.byCompany.get(name)?.capped ?? 0,
    excluded: input.counting?.byCompany.get(name)?.excluded ?? 0,
  }));
}

function totalsOf(companies: readonly CompanyOutcome[]): VentilationTotals {
  const totals: VentilationTotals = {
    hours: 0,
    direct: 0,
    ventilated: 0,
    excess: 0,
    outOfPeriod: 0,
    notCountable: 0,
    capped: 0,
    excluded: 0,
  };
  for (const company of companies) {
    for (const key of Object.keys(totals) as (keyof VentilationTotals)[]) totals[key] += company[key];
  }
  return totals;
}

/** Consecutive segments of a company with the same active contracts, merged. */
function periodsOf(segments: readonly Segment[], input: PreparedInput): Period[] {
  const periods: (Period & { companyIndex: number; key: string; last: Day })[] = [];
  for (const segment of segments) {
    const key = [...segment.active].sort((a, b) => a - b).join(",");
    const previous = periods[periods.length - 1];
    if (previous && previous.companyIndex === segment.company && previous.key === key) {
      previous.end = isoFromDay(segment.end);
      previous.pooled += segment.pooled;
      previous.excess += segment.excess;
      previous.outOfPeriod += segment.outOfPeriod;
      segment.active.forEach((market, position) => {
        const entry = previous.credited.find((credit) => credit.market === input.markets[market]?.id);
        if (entry) entry.hours += segment.credited[position] as number;
      });
      continue;
    }
    periods.push({
      companyIndex: segment.company,
      key,
      last: segment.end,
      company: input.companies[segment.company] ?? "",
      start: isoFromDay(segment.start),
      end: isoFromDay(segment.end),
      active: segment.active.map((market) => input.markets[market]?.id ?? ""),
      pooled: segment.pooled,
      credited: segment.active.map((market, position) => ({
        market: input.markets[market]?.id ?? "",
        hours: segment.credited[position] as number,
      })),
      excess: segment.excess,
      outOfPeriod: segment.outOfPeriod,
    });
  }
  return periods.map(({ companyIndex: _c, key: _k, last: _l, ...period }) => period);
}
