/**
 * Where the engine writes what it finds: totals per contract and per company, and — when asked —
 * the detail by participant and month, and by hour line (to explain a figure).
 */
import type { PreparedInput } from "./prepare";
import { monthKeyOfIndex } from "./units";

export const DIRECT = 0;
export const VENTILATED = 1;
export type CreditKind = typeof DIRECT | typeof VENTILATED;

export const EXCESS = 0;
export const OUT_OF_PERIOD = 1;
export const NOT_COUNTABLE = 2;
export type SetAsideKind = typeof EXCESS | typeof OUT_OF_PERIOD | typeof NOT_COUNTABLE;

const CREDIT_KINDS = ["direct", "ventilated"] as const;
const SET_ASIDE_KINDS = ["excess", "outOfPeriod", "notCountable"] as const;

/** Hours of one participant credited to one contract in one month. */
export interface Allocation {
  market: string;
  company: string;
  /** Pseudonymous participant id; null for lines without one. */
  participant: string | null;
  /** `yyyy-mm`. */
  month: string;
  kind: (typeof CREDIT_KINDS)[number];
  hours: number;
}

/** Hours of one participant that no contract received, in one month, and why. */
export interface SetAside {
  company: string;
  participant: string | null;
  month: string;
  kind: (typeof SET_ASIDE_KINDS)[number];
  hours: number;
}

/** Where the hours of one input line went. */
export interface LineShare {
  line: number;
  /** A contract id, or the reason the hours were set aside. */
  to: string;
  kind: Allocation["kind"] | SetAside["kind"];
  hours: number;
}

/** Where the hours of one input line went in one month (the bilans' unit of account). */
export interface LineMonthShare {
  line: number;
  /** `yyyy-mm`. */
  month: string;
  /** A contract id for credited hours, null for hours set aside. */
  market: string | null;
  kind: Allocation["kind"] | SetAside["kind"];
  hours: number;
}

/** Below this, a share is floating-point noise, not hours. */
const NOISE = 1e-12;

export interface LedgerOptions {
  detail: boolean;
  trace: boolean;
  /** Keep, line by line and month by month, where the hours went (needs `detail`: flows are then cut at months). */
  lineMonths?: boolean;
  /** Range of month indices the input covers (for compact numeric keys). */
  firstMonth: number;
  months: number;
}

export class Ledger {
  readonly direct: Float64Array;
  readonly ventilated: Float64Array;
  readonly excess: Float64Array;
  readonly outOfPeriod: Float64Array;
  readonly notCountable: Float64Array;
  /**
   * The detail, one map per owner (contract for credits, company × nature for hours set aside) keyed
   * by month, participant (and nature for credits): keys stay small integers, which a Map hashes
   * without allocating, where one key for the whole (owner, month, participant) exceeds 2^31 on a
   * large territory. Hours add up per key in the order they are recorded, as before.
   */
  private readonly credits: (Map<number, number> | undefined)[];
  private readonly asides: (Map<number, number> | undefined)[];
  /** `yyyy-mm` of each month index of the range, written once. */
  private readonly monthKeys: string[] = [];
  private readonly shares = new Map<number, Map<string, number>>();
  private readonly byLineMonth = new Map<number, number>();
  private readonly people: number;

  /**
   * @example
   * const ledger = new Ledger(prepared, { detail: true, trace: false, firstMonth: 24312, months: 12 });
   */
  constructor(
    private readonly input: PreparedInput,
    readonly options: LedgerOptions,
  ) {
    this.direct = new Float64Array(input.markets.length);
    this.ventilated = new Float64Array(input.markets.length);
    this.excess = new Float64Array(input.companies.length);
    this.outOfPeriod = new Float64Array(input.companies.length);
    this.notCountable = new Float64Array(input.companies.length);
    this.people = input.participants.length + 1;
    this.credits = new Array<Map<number, number> | undefined>(input.markets.length);
    this.asides = new Array<Map<number, number> | undefined>(input.companies.length * 3);
  }

  /** Records, in the detail, hours credited to a contract (totals are kept by the callers). */
  credit(kind: CreditKind, market: number, participant: number, month: number, hours: number, line: number): void {
    if (!(hours > NOISE)) return;
    // Key order = sort order of the detail: contract, month, participant, nature.
    if (this.options.detail) add(mapOf(this.credits, market), this.inner(month, participant) * 2 + kind, hours);
    if (this.options.trace) this.share(line, this.input.markets[market]?.id ?? "", CREDIT_KINDS[kind], hours);
    if (this.options.lineMonths) add(this.byLineMonth, this.lineMonthKey(line, market * 2 + kind, month), hours);
  }

  /** Records, in the detail, hours set aside for a company (totals are kept by the callers). */
  setAside(kind: SetAsideKind, company: number, participant: number, month: number, hours: number, line: number): void {
    if (!(hours > NOISE)) return;
    // Key order = sort order: company, nature, month, participant.
    if (this.options.detail) add(mapOf(this.asides, company * 3 + kind), this.inner(month, participant), hours);
    if (this.options.trace) this.share(line, SET_ASIDE_KINDS[kind], SET_ASIDE_KINDS[kind], hours);
    if (this.options.lineMonths) add(this.byLineMonth, this.lineMonthKey(line, this.input.markets.length * 2 + kind, month), hours);
  }

  /** The detail by contract, month and participant, contracts in request order. */
  allocations(): Allocation[] {
    const out: Allocation[] = [];
    this.credits.forEach((credits, market) => {
      if (!credits) return;
      const found = this.input.markets[market];
      const company = this.input.companies[found?.company ?? 0] ?? "";
      forEachSorted(credits, (key, hours) => {
        const kind = key % 2;
        const [month, participant] = this.uninner((key - kind) / 2);
        out.push({
          market: found?.id ?? "",
          company,
          participant: this.participantId(participant),
          month: this.monthKey(month),
          kind: CREDIT_KINDS[kind as CreditKind],
          hours,
        });
      });
    });
    return out;
  }

  /** The detail of hours set aside, by company, nature, month and participant. */
  setAsides(): SetAside[] {
    const out: SetAside[] = [];
    this.asides.forEach((asides, owner) => {
      if (!asides) return;
      const kind = owner % 3;
      const company = this.input.companies[(owner - kind) / 3] ?? "";
      forEachSorted(asides, (key, hours) => {
        const [month, participant] = this.uninner(key);
        out.push({
          company,
          participant: this.participantId(participant),
          month: this.monthKey(month),
          kind: SET_ASIDE_KINDS[kind as SetAsideKind],
          hours,
        });
      });
    });
    return out;
  }

  /** Where each traced line's hours went. */
  lineShares(): LineShare[] {
    const out: LineShare[] = [];
    for (const [line, targets] of [...this.shares].sort((a, b) => a[0] - b[0])) {
      for (const [target, hours] of targets) {
        const [to, kind] = target.split("\u0000") as [string, LineShare["kind"]];
        out.push({ line, to, kind, hours });
      }
    }
    return out;
  }

  /** Where each line's hours went, month by month, lines in input order. */
  lineMonthShares(): LineMonthShare[] {
    const targets = this.input.markets.length * 2 + SET_ASIDE_KINDS.length;
    return sortedKeys(this.byLineMonth).map((key) => {
      const month = key % this.options.months;
      const rest = (key - month) / this.options.months;
      const target = rest % targets;
      const line = (rest - target) / targets;
      const credited = target < this.input.markets.length * 2;
      return {
        line,
        month: monthKeyOfIndex(month + this.options.firstMonth),
        market: credited ? (this.input.markets[Math.floor(target / 2)]?.id ?? null) : null,
        kind: credited
          ? CREDIT_KINDS[(target % 2) as CreditKind]
          : SET_ASIDE_KINDS[(target - this.input.markets.length * 2) as SetAsideKind],
        hours: this.byLineMonth.get(key) as number,
      };
    });
  }

  /** One number per (line, target, month), increasing in that order. */
  private lineMonthKey(line: number, target: number, month: number): number {
    const targets = this.input.markets.length * 2 + SET_ASIDE_KINDS.length;
    return (line * targets + target) * this.options.months + (month - this.options.firstMonth);
  }

  private share(line: number, to: string, kind: string, hours: number): void {
    let targets = this.shares.get(line);
    if (!targets) this.shares.set(line, (targets = new Map()));
    add(targets, `${to}\u0000${kind}`, hours);
  }

  /** One number per (month, participant) of an owner, increasing in that order. */
  private inner(month: number, participant: number): number {
    return (month - this.options.firstMonth) * this.people + participant + 1;
  }

  private uninner(key: number): [number, number] {
    const participant = (key % this.people) - 1;
    return [(key - participant - 1) / this.people + this.options.firstMonth, participant];
  }

  private monthKey(month: number): string {
    const offset = month - this.options.firstMonth;
    return (this.monthKeys[offset] ??= monthKeyOfIndex(month));
  }

  private participantId(index: number): string | null {
    return index < 0 ? null : (this.input.participants[index] ?? null);
  }
}

function mapOf(maps: (Map<number, number> | undefined)[], owner: number): Map<number, number> {
  let map = maps[owner];
  if (!map) maps[owner] = map = new Map();
  return map;
}

function add<K>(map: Map<K, number>, key: K, hours: number): void {
  map.set(key, (map.get(key) ?? 0) + hours);
}

const POSITIONS = 2 ** 21;

/**
 * The entries of a map of non-negative integer keys, in increasing key order. Each key is packed
 * with its entry's position into one exact double (key × 2^21 + position, below 2^53) and the
 * packed numbers sorted as a typed array: no comparator, and no lookup of each key afterwards.
 */
function forEachSorted(map: ReadonlyMap<number, number>, visit: (key: number, value: number) => void): void {
  const keys = Float64Array.from(map.keys());
  if (map.size >= POSITIONS || keys.some((key) => !(key >= 0 && key < 2 ** 31 && Number.isInteger(key)))) {
    for (const key of sortedKeys(map)) visit(key, map.get(key) as number);
    return;
  }
  const values = Float64Array.from(map.values());
  const packed = keys.map((key, position) => key * POSITIONS + position).sort();
  for (const entry of packed) {
    const position = entry % POSITIONS;
    visit((entry - position) / POSITIONS, values[position] as number);
  }
}

/** Map keys in increasing order (a typed-array sort: no comparator). */
function sortedKeys(map: ReadonlyMap<number, number>): number[] {
  return Array.from(Float64Array.from(map.keys()).sort());
}
