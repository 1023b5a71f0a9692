/**
 * The rule of the issue, executed literally: every day of the territory, one after the other. It is
 * slow (days × lines × contracts) and exists to check the engine: property tests compare both on
 * random small territories. It shares no code with the engine beyond the prepared input and the
 * working-day calendar.
 */
import type { Day } from "../dates";
import type { CalendarRules } from "../dates/calendar-rules";
import type { Policy, Spread } from "./policies";
import type { PreparedInput, PreparedMarket } from "./prepare";
import { DayUnits, monthIndexOf } from "./units";

export interface DayByDayResult {
  direct: number[];
  ventilated: number[];
  excess: number[];
  outOfPeriod: number[];
  notCountable: number[];
  /** `market|participant|month|kind` → hours (participant "" when absent). */
  allocations: Map<string, number>;
}

/**
 * @example
 * ventilateDayByDay(prepared, "pro-rata", "calendar").ventilated // => hours per contract, request order
 */
export function ventilateDayByDay(input: PreparedInput, policy: Policy, spread: Spread, calendar?: CalendarRules): DayByDayResult {
  const units = new DayUnits(spread, calendar);
  const result: DayByDayResult = {
    direct: input.markets.map(() => 0),
    ventilated: input.markets.map(() => 0),
    excess: input.companies.map(() => 0),
    outOfPeriod: input.companies.map(() => 0),
    notCountable: input.companies.map(() => 0),
    allocations: new Map(),
  };
  const credited = input.markets.map(() => 0);
  const lines = Array.from({ length: input.lines.count }, (_, line) => line);
  const first = Math.min(...lines.map((line) => input.lines.start[line] as number));
  const last = Math.max(...lines.map((line) => input.lines.end[line] as number));
  for (let day = first; day <= last; day += 1) {
    input.companies.forEach((_, company) => {
      const today = lines.filter((line) => input.lines.company[line] === company && hoursOn(input, units, line, day) > 0);
      const pooled = new Map<number, number>();
      for (const line of today) {
        const hours = hoursOn(input, units, line, day);
        const participant = input.lines.participant[line] as number;
        const market = input.lines.market[line] as number;
        if (!countable(input, participant, day)) result.notCountable[company] = (result.notCountable[company] as number) + hours;
        else if (market < 0) pooled.set(participant, (pooled.get(participant) ?? 0) + hours);
        else if (activeOn(input.markets[market] as PreparedMarket, day)) {
          result.direct[market] = (result.direct[market] as number) + hours;
          credited[market] = (credited[market] as number) + hours;
          record(result, input, market, participant, day, "direct", hours);
        } else result.outOfPeriod[company] = (result.outOfPeriod[company] as number) + hours;
      }
      sharePooled(input, policy, company, day, pooled, credited, result);
    });
  }
  return result;
}

/** A line's hours on one day: hours ÷ the days of its spread, on those days. */
function hoursOn(input: PreparedInput, units: DayUnits, line: number, day: Day): number {
  const start = input.lines.start[line] as number;
  const end = input.lines.end[line] as number;
  if (day < start || day > end) return 0;
  let workdays = 0;
  for (let each = start; each <= end; each += 1) if (units.isWorkday(each)) workdays += 1;
  const hours = input.lines.hours[line] as number;
  if (units.spread === "calendar" || workdays === 0) return hours / (end - start + 1);
  return units.isWorkday(day) ? hours / workdays : 0;
}

function countable(input: PreparedInput, participant: number, day: Day): boolean {
  const windows = participant < 0 ? undefined : input.windows[participant];
  return !windows || windows.some((window) => window.start <= day && day <= window.end);
}

function activeOn(market: PreparedMarket, day: Day): boolean {
  return market.start <= day && day <= market.end;
}

function sharePooled(
  input: PreparedInput,
  policy: Policy,
  company: number,
  day: Day,
  pooled: Map<number, number>,
  credited: number[],
  result: DayByDayResult,
): void {
  const total = [...pooled.values()].reduce((sum, hours) => sum + hours, 0);
  if (total === 0) return;
  const active = input.markets.filter((market) => market.company === company && market.pooled && activeOn(market, day));
  if (active.length === 0) {
    result.outOfPeriod[company] = (result.outOfPeriod[company] as number) + total;
    return;
  }
  const room = (market: PreparedMarket) => Math.max(0, market.obligation - (credited[market.index] as number));
  const shares = shareDay(policy, active, room, total);
  let given = 0;
  shares.forEach((hours, position) => {
    const market = active[position] as PreparedMarket;
    credited[market.index] = (credited[market.index] as number) + hours;
    result.ventilated[market.index] = (result.ventilated[market.index] as number) + hours;
    given += hours;
    for (const [participant, own] of pooled) record(result, input, market.index, participant, day, "ventilated", (hours * own) / total);
  });
  result.excess[company] = (result.excess[company] as number) + Math.max(0, total - given);
}

/** One day's shares of `total` among `active`, by policy, with a literal iterative water-filling. */
function shareDay(policy: Policy, active: PreparedMarket[], room: (market: PreparedMarket) => number, total: number): number[] {
  const shares = active.map(() => 0);
  if (policy === "earliest-end" || policy === "earliest-start") {
    const order = active.map((market, position) => ({ market, position }));
    const key = (market: PreparedMarket) =>
      policy === "earliest-end" ? [market.end, market.start, market.index] : [market.start, market.end, market.index];
    order.sort((a, b) => key(a.market).reduce((found, value, at) => found || value - (key(b.market)[at] as number), 0));
    let left = total;
    for (const { market, position } of order) {
      const take = Math.min(left, room(market));
      shares[position] = take;
      left -= take;
    }
    return shares;
  }
  if (policy === "pro-rata-remaining") {
    const rooms = active.map(room);
    const sum = rooms.reduce((a, b) => a + b, 0);
    return sum <= total ? rooms : rooms.map((value) => (total * value) / sum);
  }
  // pro-rata: repeat "share the rest among those not full" until nothing changes.
  let left = total;
  let open = active.map((_, position) => position).filter((position) => room(active[position] as PreparedMarket) > 0);
  while (left > 1e-15 && open.length > 0) {
    const weight = open.reduce((sum, position) => sum + (active[position] as PreparedMarket).obligation, 0);
    const round = open.map((position) => {
      const market = active[position] as PreparedMarket;
      return Math.min((left * market.obligation) / weight, room(market) - (shares[position] as number));
    });
    open.forEach((position, at) => (shares[position] = (shares[position] as number) + (round[at] as number)));
    left -= round.reduce((a, b) => a + b, 0);
    open = open.filter((position) => room(active[position] as PreparedMarket) - (shares[position] as number) > 1e-12);
  }
  return shares;
}

function record(
  result: DayByDayResult,
  input: PreparedInput,
  market: number,
  participant: number,
  day: Day,
  kind: string,
  hours: number,
): void {
  const key = `${input.markets[market]?.id}|${participant < 0 ? "" : input.participants[participant]}|${monthIndexOf(day)}|${kind}`;
  result.allocations.set(key, (result.allocations.get(key) ?? 0) + hours);
}
