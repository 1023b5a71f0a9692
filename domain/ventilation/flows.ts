/**
 * Turning a company's hour lines into flows: hours per day over an interval. On the way, what is
 * decided by the line alone is booked at once — hours outside the participant's countable windows
 * (not countable), direct hours (credited to their contract in full), direct hours outside their
 * contract's dates (out of period). What remains for the day-by-day sweep are the pooled flows, and
 * the direct flows into pooled contracts (they use up room before the pooled hours of their days).
 */
import type { Day, DayInterval } from "../dates";
import { DIRECT, NOT_COUNTABLE, OUT_OF_PERIOD, type Ledger } from "./ledger";
import type { PreparedInput } from "./prepare";
import { forEachMonthPart, monthIndexOf, type DayUnits, type UnitKind } from "./units";

/** Constant hours per day (of its kind) over `[start, end]`. `market` is -1 for a pooled flow. */
export interface Flow {
  start: Day;
  end: Day;
  rate: number;
  kind: UnitKind;
  market: number;
  participant: number;
  /** Month index when the detail is asked (flows are then cut at month boundaries), else -1. */
  month: number;
  line: number;
}

/**
 * The flows of the given lines of one company (indices into `input.lines`); books the rest in `ledger`.
 *
 * @example
 * companyFlows(input, [0, 1, 2], units, ledger) // => [{ start, end, rate: 3.2258, kind: CALENDAR, market: -1, … }, …]
 */
export function companyFlows(input: PreparedInput, lines: readonly number[], units: DayUnits, ledger: Ledger): Flow[] {
  const flows: Flow[] = [];
  const { lines: columns } = input;
  for (const line of lines) {
    const hours = columns.hours[line] as number;
    if (!(hours > 0)) continue;
    const start = columns.start[line] as number;
    const end = columns.end[line] as number;
    const kind = units.kindOf(start, end);
    const base: Flow = {
      start,
      end,
      rate: hours / units.count(kind, start, end),
      kind,
      market: columns.market[line] as number,
      participant: columns.participant[line] as number,
      month: -1,
      line,
    };
    const windows = base.participant >= 0 ? input.windows[base.participant] : undefined;
    if (!windows) {
      // Most participants have no window (no eligibility data): the whole line counts, no copy needed.
      countableFlow(input, units, ledger, base, flows);
      continue;
    }
    const { inside, outside } = splitByWindows(start, end, windows);
    for (const part of outside) book(ledger, input, units, { ...base, ...part }, NOT_COUNTABLE);
    for (const part of inside) countableFlow(input, units, ledger, { ...base, ...part }, flows);
  }
  return flows;
}

function countableFlow(input: PreparedInput, units: DayUnits, ledger: Ledger, flow: Flow, flows: Flow[]): void {
  if (flow.market >= 0) directParts(input, units, ledger, flow, flows);
  else pushFlow(flows, flow, ledger.options.detail);
}

/** A direct line's part inside its contract's dates is credited; the rest is out of period. */
function directParts(input: PreparedInput, units: DayUnits, ledger: Ledger, flow: Flow, flows: Flow[]): void {
  const market = input.markets[flow.market];
  if (!market) return;
  const within = { start: Math.max(flow.start, market.start), end: Math.min(flow.end, market.end) };
  if (within.start > within.end) {
    book(ledger, input, units, flow, OUT_OF_PERIOD);
    return;
  }
  if (flow.start < within.start) book(ledger, input, units, { ...flow, end: within.start - 1 }, OUT_OF_PERIOD);
  if (within.end < flow.end) book(ledger, input, units, { ...flow, start: within.end + 1 }, OUT_OF_PERIOD);
  const credited = within.start === flow.start && within.end === flow.end ? flow : { ...flow, ...within };
  eachPart(credited, ledger.options.detail, (from, to, month) => {
    const hours = credited.rate * units.count(credited.kind, from, to);
    ledger.direct[credited.market] = (ledger.direct[credited.market] as number) + hours;
    ledger.credit(DIRECT, credited.market, credited.participant, month, hours, credited.line);
  });
  // Only a pooled contract's room matters to the sweep; direct hours of the others are final.
  if (market.pooled) flows.push(credited);
}

/** Sets a part aside for the company, month by month. */
function book(ledger: Ledger, input: PreparedInput, units: DayUnits, flow: Flow, kind: typeof NOT_COUNTABLE | typeof OUT_OF_PERIOD): void {
  const company = input.lines.company[flow.line] as number;
  const totals = kind === NOT_COUNTABLE ? ledger.notCountable : ledger.outOfPeriod;
  eachPart(flow, ledger.options.detail, (from, to, month) => {
    const hours = flow.rate * units.count(flow.kind, from, to);
    totals[company] = (totals[company] as number) + hours;
    ledger.setAside(kind, company, flow.participant, month, hours, flow.line);
  });
}

/** Visits a flow month by month when the detail is asked, else whole (month -1). */
function eachPart(flow: Flow, byMonth: boolean, visit: (from: Day, to: Day, month: number) => void): void {
  if (byMonth) forEachMonthPart(flow.start, flow.end, visit);
  else visit(flow.start, flow.end, -1);
}

function pushFlow(flows: Flow[], flow: Flow, byMonth: boolean): void {
  if (!byMonth) {
    flows.push(flow);
    return;
  }
  if (monthIndexOf(flow.start) === monthIndexOf(flow.end)) {
    flows.push({ ...flow, month: monthIndexOf(flow.start) });
    return;
  }
  forEachMonthPart(flow.start, flow.end, (from, to, month) => flows.push({ ...flow, start: from, end: to, month }));
}

/**
 * The parts of `[start, end]` inside and outside a participant's countable windows (merged, sorted).
 * Without windows the participant is unrestricted: everything is inside.
 *
 * @example
 * splitByWindows(1, 31, [{ start: 10, end: 20 }]) // => { inside: [{ start: 10, end: 20 }], outside: [{ start: 1, end: 9 }, { start: 21, end: 31 }] }
 */
export function splitByWindows(
  start: Day,
  end: Day,
  windows: readonly DayInterval[] | undefined,
): { inside: DayInterval[]; outside: DayInterval[] } {
  if (!windows) return { inside: [{ start, end }], outside: [] };
  const inside: DayInterval[] = [];
  const outside: DayInterval[] = [];
  let cursor = start;
  for (const window of windows) {
    if (window.end < cursor) continue;
    if (window.start > end) break;
    if (window.start > cursor) outside.push({ start: cursor, end: window.start - 1 });
    const to = Math.min(end, window.end);
    inside.push({ start: Math.max(cursor, window.start), end: to });
    cursor = to + 1;
    if (cursor > end) break;
  }
  if (cursor <= end) outside.push({ start: cursor, end });
  return { inside, outside };
}
