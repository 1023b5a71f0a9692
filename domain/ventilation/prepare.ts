/**
 * Checking a ventilation request beyond its shape, and turning it into what the engine walks:
 * integer days, indices instead of identifiers, and typed arrays for the hour lines (a territory
 * has millions of them). Every problem is reported with its place, all at once.
 */
import { tryDayFromIso, isoFromDay, type Day, type DayInterval } from "../dates";
import { DomainError, ValidationFailed, type Where } from "../errors";
import { countLines, type LineCounting } from "./counting";
import { invalidIsoDate, reversedInterval } from "../dates/errors";
import { lineMarketOtherCompany, lineMarketUnknown, marketDuplicate, moreErrors, windowReversed } from "./errors";
import type { HourLineInput, MarketInput, VentilationInput, WindowInput } from "./input";
import { NATIONAL_COUNTING, type CountingRules } from "./rules";

/** Where a field of the request is: a JSON path by default, a workbook cell for table inputs. */
export type Locate = (list: "markets" | "lines" | "windows", index: number, field: string) => Where;

/** JSON paths: `lines[3].market`. */
export const locateInJson: Locate = (list, index, field) => ({ field: `${list}[${index}].${field}` });

export interface PreparedMarket {
  /** Position in the request (ties of the policies are broken by it). */
  index: number;
  id: string;
  company: number;
  start: Day;
  end: Day;
  obligation: number;
  pooled: boolean;
}

/** The hour lines, column by column. `market` is -1 for a pooled line, `participant` -1 when absent. */
export interface PreparedLines {
  count: number;
  company: Int32Array;
  start: Int32Array;
  end: Int32Array;
  hours: Float64Array;
  market: Int32Array;
  participant: Int32Array;
}

export interface PreparedInput {
  companies: string[];
  participants: string[];
  markets: PreparedMarket[];
  lines: PreparedLines;
  /** Per participant index: merged countable windows, or undefined when the participant is unrestricted. */
  windows: (DayInterval[] | undefined)[];
  totalHours: number;
  /** The request as validated (pooled filled in), for the input digest. */
  request: { markets: readonly MarketInput[]; lines: readonly HourLineInput[]; windows: readonly WindowInput[] };
  /** Counting rules « à confirmer » the lines were converted or capped with (execution modes), in French. */
  unconfirmed?: string[];
  /** What the counting rules did: per line (only the lines a rule touched) and per company. */
  counting?: { lines: LineCounting[]; byCompany: ReadonlyMap<string, { capped: number; excluded: number }> };
}

/** Beyond this many problems, the rest are counted rather than listed (a facilitator fixes the first ones first). */
const MAX_LISTED_ERRORS = 100;

/**
 * Validates the references and dates of a request and prepares it for the engine; throws
 * `ValidationFailed` listing every problem (up to 100, then a count of the others).
 *
 * @example
 * prepareInput({ markets: [{ id: "M1", company: "X", start: "2026-01-05", end: "2026-06-30", obligation: 600, pooled: true }],
 *                lines: [{ company: "X", start: "2026-01-01", end: "2026-01-31", hours: 100 }] })
 * // => { companies: ["X"], markets: [{ id: "M1", start: <2026-01-05>, … }], lines: { count: 1, … }, totalHours: 100, … }
 * prepareInput({ markets: [], lines: [{ company: "X", start: "2026-02-30", end: "2026-03-01", hours: 1 }] })
 * // throws « lines[0].start : la date « 2026-02-30 » n'existe pas ou n'est pas au format AAAA-MM-JJ »
 */
export function prepareInput(
  input: Pick<VentilationInput, "markets" | "lines" | "windows">,
  locate: Locate = locateInJson,
  counting: CountingRules = NATIONAL_COUNTING,
): PreparedInput {
  const errors = new ErrorSink();
  const dates = new DateReader(errors, locate);
  const companies = new Interner();
  const participants = new Interner();
  const markets = prepareMarkets(input.markets, companies, dates, errors, locate);
  const lines = prepareLines(input.lines, markets, companies, participants, dates, errors, locate);
  const windows = prepareWindows(input.windows ?? [], participants, dates, errors, locate);
  // The counting rules of the modes turn raw lines into counted hours (after the dates are read).
  const counted = countLines(input.lines, input.markets, lines.arrays, counting, (error) => errors.push(error), locate);
  errors.throwIfAny();
  lines.arrays.hours.set(counted.hours);
  const totalHours = counted.hours.reduce((sum, hours) => sum + hours, 0);
  return {
    companies: companies.values,
    participants: participants.values,
    markets,
    lines: lines.arrays,
    windows,
    totalHours,
    request: { markets: input.markets, lines: input.lines, windows: input.windows ?? [] },
    counting: { lines: counted.details, byCompany: counted.byCompany },
    unconfirmed: counted.unconfirmed,
  };
}

function prepareMarkets(
  list: readonly MarketInput[],
  companies: Interner,
  dates: DateReader,
  errors: ErrorSink,
  locate: Locate,
): PreparedMarket[] {
  const seen = new Map<string, number>();
  return list.map((market, index) => {
    const earlier = seen.get(market.id);
    if (earlier !== undefined) {
      errors.add(() => marketDuplicate(market.id, earlier + 1, locate("markets", index, "id")));
    } else seen.set(market.id, index);
    const [start, end] = dates.range("markets", index, market.start, market.end);
    return {
      index,
      id: market.id,
      company: companies.index(market.company),
      start,
      end,
      obligation: market.obligation,
      pooled: market.pooled,
    };
  });
}

function prepareLines(
  list: readonly HourLineInput[],
  markets: readonly PreparedMarket[],
  companies: Interner,
  participants: Interner,
  dates: DateReader,
  errors: ErrorSink,
  locate: Locate,
): { arrays: PreparedLines; total: number } {
  const count = list.length;
  const arrays: PreparedLines = {
    count,
    company: new Int32Array(count),
    start: new Int32Array(count),
    end: new Int32Array(count),
    hours: new Float64Array(count),
    market: new Int32Array(count),
    participant: new Int32Array(count),
  };
  const marketById = new Map(markets.map((market) => [market.id, market]));
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    const line = list[index] as HourLineInput;
    const company = companies.index(line.company);
    const [start, end] = dates.range("lines", index, line.start, line.end);
    arrays.company[index] = company;
    arrays.start[index] = start;
    arrays.end[index] = end;
    arrays.hours[index] = line.hours ?? 0;
    arrays.participant[index] = line.participant === undefined ? -1 : participants.index(line.participant);
    arrays.market[index] = line.market === undefined ? -1 : marketOf(line, index, marketById, companies, errors, locate);
    total += line.hours ?? 0;
  }
  return { arrays, total };
}

function marketOf(
  line: HourLineInput,
  index: number,
  marketById: ReadonlyMap<string, PreparedMarket>,
  companies: Interner,
  errors: ErrorSink,
  locate: Locate,
): number {
  const market = marketById.get(line.market as string);
  if (!market) {
    errors.add(() => lineMarketUnknown(String(line.market), locate("lines", index, "market")));
    return -1;
  }
  const owner = companies.values[market.company];
  if (owner !== line.company) {
    errors.add(() => lineMarketOtherCompany(market.id, String(owner), String(line.company), locate("lines", index, "market")));
  }
  return market.index;
}

function prepareWindows(
  list: readonly WindowInput[],
  participants: Interner,
  dates: DateReader,
  errors: ErrorSink,
  locate: Locate,
): (DayInterval[] | undefined)[] {
  const byParticipant = new Map<number, DayInterval[]>();
  list.forEach((window, index) => {
    const from = window.from === undefined ? Number.NEGATIVE_INFINITY : dates.day("windows", index, "from", window.from);
    const until = window.until === undefined ? Number.POSITIVE_INFINITY : dates.day("windows", index, "until", window.until);
    if (from === null || until === null) return;
    const participant = participants.index(window.participant);
    // Eligibility gives someone never eligible an empty window, `from` the day after `until`:
    // the participant is restricted and none of their hours count (see domain/countable).
    if (until === from - 1) {
      if (!byParticipant.has(participant)) byParticipant.set(participant, []);
      return;
    }
    if (until < from) {
      errors.add(() => windowReversed(isoFromDay(until), isoFromDay(from), locate("windows", index, "until")));
      return;
    }
    const known = byParticipant.get(participant);
    if (known) known.push({ start: from, end: until });
    else byParticipant.set(participant, [{ start: from, end: until }]);
  });
  const windows: (DayInterval[] | undefined)[] = new Array(participants.values.length).fill(undefined);
  for (const [participant, intervals] of byParticipant) windows[participant] = mergeIntervals(intervals);
  return windows;
}

/**
 * Sorts intervals and merges those that overlap or touch (5–10 and 11–20 make 5–20).
 *
 * @example
 * mergeIntervals([{ start: 11, end: 20 }, { start: 5, end: 10 }, { start: 30, end: 31 }]) // => [{ start: 5, end: 20 }, { start: 30, end: 31 }]
 */
export function mergeIntervals(intervals: readonly DayInterval[]): DayInterval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: DayInterval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end + 1) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

/** Identifiers → dense indices, in order of first appearance. */
class Interner {
  readonly values: string[] = [];
  private readonly indices = new Map<string, number>();

  index(value: string): number {
    let found = this.indices.get(value);
    if (found === undefined) {
      found = this.values.length;
      this.values.push(value);
      this.indices.set(value, found);
    }
    return found;
  }
}

/** ISO dates → days, each distinct text read once (a territory repeats the same month bounds). */
class DateReader {
  private readonly cache = new Map<string, Day | null>();

  constructor(
    private readonly errors: ErrorSink,
    private readonly locate: Locate,
  ) {}

  /** The day of an ISO text, or null (the problem is reported). */
  day(list: "markets" | "lines" | "windows", index: number, field: string, text: string): Day | null {
    let day = this.cache.get(text);
    if (day === undefined) {
      day = tryDayFromIso(text);
      this.cache.set(text, day);
    }
    if (day === null) {
      this.errors.add(() => invalidIsoDate(text, this.locate(list, index, field)));
    }
    return day;
  }

  /** Both days of a period, checked in order (a period with an unreadable date is only reported once). */
  range(list: "markets" | "lines", index: number, startText: string, endText: string): [Day, Day] {
    const start = this.day(list, index, "start", startText);
    const end = this.day(list, index, "end", endText);
    if (start === null || end === null) return [0, 0];
    if (end < start) {
      this.errors.add(() => reversedInterval(endText, startText, this.locate(list, index, "end")));
      return [start, start];
    }
    return [start, end];
  }
}

/** Collects problems; lists the first ones and counts the others. */
class ErrorSink {
  private readonly listed: DomainError[] = [];
  private more = 0;

  push(error: DomainError): void {
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(error);
    else this.more += 1;
  }

  /** `error` builds the error (only while fewer than MAX_LISTED_ERRORS are listed). */
  add(error: () => DomainError): void {
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(error());
    else this.more += 1;
  }

  throwIfAny(): void {
    if (this.listed.length === 0) return;
    const errors = [...this.listed];
    if (this.more > 0) {
      errors.push(moreErrors(this.more));
    }
    throw new ValidationFailed(errors);
  }
}
