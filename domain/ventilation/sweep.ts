/**
 * The day-by-day rule, computed on the intervals between events. For one company, every flow start
 * and end and every pooled contract start and end is an event; between two events the pooled hours
 * per day, the direct hours per day and the set of active contracts are constant, so the segment is
 * handed to `allocateSegment` whole. Cost: O(events × log events) for the sort, plus, per segment,
 * work proportional to the company's active contracts.
 *
 * Participants' shares are attributed without revisiting the segments: each segment adds, for every
 * contract, `credited ÷ h` to a running sum F (what one hour-per-day of pooled flow earned there), and
 * a flow active from day s to day e earned `rate × (F(e + 1) − F(s))`.
 */
import { marketNotPooled } from "./errors";
import type { Day } from "../dates";
import { allocateSegment, byPriority, type Slot } from "./allocate";
import type { Flow } from "./flows";
import { EXCESS, OUT_OF_PERIOD, VENTILATED, type Ledger } from "./ledger";
import type { Policy } from "./policies";
import type { PreparedMarket } from "./prepare";
import { CALENDAR, WORKDAY, type DayUnits } from "./units";

/** One segment, as the explanation of a figure shows it. */
export interface Segment {
  company: number;
  start: Day;
  end: Day;
  /** Contracts active (pooled), by request index. */
  active: number[];
  pooled: number;
  /** Pooled hours credited, parallel to `active`. */
  credited: number[];
  excess: number;
  outOfPeriod: number;
}

/** A slot and its position in the company's list of pooled contracts. */
interface SweepSlot extends Slot {
  position: number;
}

interface SweepState {
  slots: SweepSlot[];
  /** Request index of a contract → its position. */
  positions: Map<number, number>;
  pooledRate: [number, number];
  pooledCount: [number, number];
  /** Per slot: direct rate and count of direct flows, per unit kind. */
  directRate: Float64Array[];
  directCount: Int32Array[];
  calendarFlows: number;
  active: boolean[];
  sorted: SweepSlot[] | null;
}

/**
 * Runs one company's pooled flows through its pooled contracts; books the ventilated, excess and
 * out-of-period hours (totals, and the detail when asked) in `ledger`; returns the segments when traced.
 *
 * @example
 * sweepCompany(0, pooledContracts, flows, "earliest-end", units, ledger) // => [] (segments only when traced)
 */
export function sweepCompany(
  company: number,
  markets: readonly PreparedMarket[],
  flows: readonly Flow[],
  policy: Policy,
  units: DayUnits,
  ledger: Ledger,
): Segment[] {
  const attribute = ledger.options.detail || ledger.options.trace;
  const state = initialState(markets);
  const width = markets.length + 2;
  const running = [new Float64Array(width), new Float64Array(width)];
  const log: number[] = [];
  const flowStart = new Int32Array(flows.length);
  const flowEnd = new Int32Array(flows.length);
  const segments: Segment[] = [];
  const events = sortedEvents(flows, markets);
  let previous = 0;
  for (let position = 0; position < events.keys.length;) {
    const day = events.dayAt(position);
    if (position > 0 && day > previous) {
      const segment = runSegment(state, previous, day - 1, policy, units, ledger, company, running);
      if (segment && ledger.options.trace) segments.push(segment);
    }
    const entry = log.length / (2 * width);
    if (attribute) for (const family of running) for (const value of family) log.push(value);
    for (; position < events.keys.length && events.dayAt(position) === day; position += 1) {
      applyEvent(state, events.codeAt(position), flows, entry, flowStart, flowEnd);
    }
    previous = day;
  }
  if (attribute) attributeFlows(flows, markets, log, width, flowStart, flowEnd, ledger, company);
  return segments;
}

function initialState(markets: readonly PreparedMarket[]): SweepState {
  return {
    slots: markets.map((market, position) => ({
      position,
      index: market.index,
      start: market.start,
      end: market.end,
      obligation: market.obligation,
      room: market.obligation,
      direct: 0,
      credited: 0,
    })),
    positions: new Map(markets.map((market, position) => [market.index, position])),
    pooledRate: [0, 0],
    pooledCount: [0, 0],
    directRate: [new Float64Array(markets.length), new Float64Array(markets.length)],
    directCount: [new Int32Array(markets.length), new Int32Array(markets.length)],
    calendarFlows: 0,
    active: markets.map(() => false),
    sorted: null,
  };
}

/**
 * Events as sortable numbers: (day − first day) × M + code, where codes 0 … 2F−1 are flow starts and
 * ends and 2F … 2F + 2K − 1 contract starts and ends (a contract ends the day after its last day).
 */
function sortedEvents(flows: readonly Flow[], markets: readonly PreparedMarket[]) {
  const codes = 2 * (flows.length + markets.length);
  const multiplier = 2 ** Math.max(1, Math.ceil(Math.log2(codes + 1)));
  let first = Number.POSITIVE_INFINITY;
  for (const flow of flows) first = Math.min(first, flow.start);
  for (const market of markets) first = Math.min(first, market.start);
  const keys = new Float64Array(codes);
  flows.forEach((flow, index) => {
    keys[2 * index] = (flow.start - first) * multiplier + 2 * index;
    keys[2 * index + 1] = (flow.end + 1 - first) * multiplier + 2 * index + 1;
  });
  const offset = 2 * flows.length;
  markets.forEach((market, index) => {
    keys[offset + 2 * index] = (market.start - first) * multiplier + offset + 2 * index;
    keys[offset + 2 * index + 1] = (market.end + 1 - first) * multiplier + offset + 2 * index + 1;
  });
  keys.sort();
  return {
    keys,
    dayAt: (position: number) => Math.floor((keys[position] as number) / multiplier) + first,
    codeAt: (position: number) => (keys[position] as number) % multiplier,
  };
}

function applyEvent(
  state: SweepState,
  code: number,
  flows: readonly Flow[],
  entry: number,
  flowStart: Int32Array,
  flowEnd: Int32Array,
): void {
  const starting = code % 2 === 0;
  const index = code >> 1;
  if (index >= flows.length) {
    state.active[index - flows.length] = starting;
    state.sorted = null;
    return;
  }
  const flow = flows[index] as Flow;
  (starting ? flowStart : flowEnd)[index] = entry;
  const step = starting ? 1 : -1;
  if (flow.kind === CALENDAR) state.calendarFlows += step;
  if (flow.market < 0) {
    state.pooledCount[flow.kind] += step;
    state.pooledRate[flow.kind] = state.pooledCount[flow.kind] === 0 ? 0 : state.pooledRate[flow.kind] + step * flow.rate;
    return;
  }
  const slot = state.positions.get(flow.market);
  if (slot === undefined) throw marketNotPooled(String(flow.market));
  const counts = state.directCount[flow.kind] as Int32Array;
  const rates = state.directRate[flow.kind] as Float64Array;
  counts[slot] = (counts[slot] as number) + step;
  rates[slot] = counts[slot] === 0 ? 0 : (rates[slot] as number) + step * flow.rate;
}

/** Processes the days `[start, end]`, over which nothing changes; returns the segment for tracing. */
function runSegment(
  state: SweepState,
  start: Day,
  end: Day,
  policy: Policy,
  units: DayUnits,
  ledger: Ledger,
  company: number,
  running: Float64Array[],
): Segment | null {
  // Calendar flows under the workdays spread come from lines without any working day: such a
  // segment has no working day, and its days are calendar days.
  const kind = units.spread === "calendar" || state.calendarFlows > 0 ? CALENDAR : WORKDAY;
  const days = units.count(kind, start, end);
  if (days === 0) return null;
  const h = state.pooledRate[kind];
  const active = activeSlots(state, policy);
  const directRates = state.directRate[kind] as Float64Array;
  let direct = false;
  for (const slot of active) {
    slot.direct = directRates[slot.position] as number;
    slot.credited = 0;
    if (slot.direct > 0) direct = true;
  }
  const family = running[kind] as Float64Array;
  const width = state.slots.length;
  const traced = ledger.options.trace;
  if (active.length === 0) {
    if (h === 0) return null;
    ledger.outOfPeriod[company] = (ledger.outOfPeriod[company] as number) + h * days;
    family[width + OUT_OF_PERIOD] = (family[width + OUT_OF_PERIOD] as number) + days;
    return traced ? { company, start, end, active: [], pooled: h * days, credited: [], excess: 0, outOfPeriod: h * days } : null;
  }
  if (h === 0 && !direct) return null;
  const excess = allocateSegment(policy, active, days, h);
  ledger.excess[company] = (ledger.excess[company] as number) + excess;
  for (const slot of active) {
    ledger.ventilated[slot.index] = (ledger.ventilated[slot.index] as number) + slot.credited;
    if (h > 0) family[slot.position] = (family[slot.position] as number) + slot.credited / h;
  }
  if (h > 0) family[width + EXCESS] = (family[width + EXCESS] as number) + excess / h;
  if (!traced) return null;
  const credited = active.map((slot) => slot.credited);
  return { company, start, end, active: active.map((slot) => slot.index), pooled: h * days, credited, excess, outOfPeriod: 0 };
}

function activeSlots(state: SweepState, policy: Policy): SweepSlot[] {
  if (!state.sorted) {
    state.sorted = state.slots.filter((_, slot) => state.active[slot]);
    if (policy === "earliest-end" || policy === "earliest-start") state.sorted.sort(byPriority(policy));
  }
  return state.sorted;
}

/** Each pooled flow's share of what its days earned, booked by participant and month. */
function attributeFlows(
  flows: readonly Flow[],
  markets: readonly PreparedMarket[],
  log: readonly number[],
  width: number,
  flowStart: Int32Array,
  flowEnd: Int32Array,
  ledger: Ledger,
  company: number,
): void {
  for (let index = 0; index < flows.length; index += 1) {
    const flow = flows[index] as Flow;
    if (flow.market >= 0) continue;
    const from = (flowStart[index] as number) * 2 * width + flow.kind * width;
    const to = (flowEnd[index] as number) * 2 * width + flow.kind * width;
    for (let slot = 0; slot <= markets.length + OUT_OF_PERIOD; slot += 1) {
      const earned = flow.rate * ((log[to + slot] as number) - (log[from + slot] as number));
      if (!(earned > 1e-12)) continue;
      if (slot < markets.length)
        ledger.credit(VENTILATED, (markets[slot] as PreparedMarket).index, flow.participant, flow.month, earned, flow.line);
      else
        ledger.setAside(
          slot === markets.length + EXCESS ? EXCESS : OUT_OF_PERIOD,
          company,
          flow.participant,
          flow.month,
          earned,
          flow.line,
        );
    }
  }
}
