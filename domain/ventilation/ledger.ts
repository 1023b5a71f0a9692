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

/** Below this, a share is floating-point noise, not hours. */
const NOISE = 1e-12;

export interface LedgerOptions {
  detail: boolean;
  trace: boolean;
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
  private readonly credits = new Map<number, number>();
  private readonly asides = new Map<number, number>();
  private readonly shares = new Map<number, Map<string, number>>();
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
  }

  /** Records, in the detail, hours credited to a contract (totals are kept by the callers). */
  credit(kind: CreditKind, market: number, participant: number, month: number, hours: number, line: number): void {
    if (!(hours > NOISE)) return;
    if (this.options.detail) add(this.credits, this.key(market, participant, month) * 2 + kind, hours);
    if (this.options.trace) this.share(line, this.input.markets[market]?.id ?? "", CREDIT_KINDS[kind], hours);
  }

  /** Records, in the detail, hours set aside for a company (totals are kept by the callers). */
  setAside(kind: SetAsideKind, company: number, participant: number, month: number, hours: number, line: number): void {
    if (!(hours > NOISE)) return;
    if (this.options.detail) add(this.asides, this.key(company, participant, month) * 3 + kind, hours);
    if (this.options.trace) this.share(line, SET_ASIDE_KINDS[kind], SET_ASIDE_KINDS[kind], hours);
  }

  /** The detail by contract, participant and month, contracts in request order, then months, then participants. */
  allocations(): Allocation[] {
    const out = [...this.credits].map(([key, hours]) => {
      const [market, participant, month, kind] = this.unkey(key, 2);
      const found = this.input.markets[market];
      return {
        market: found?.id ?? "",
        company: this.input.companies[found?.company ?? 0] ?? "",
        participant: this.participantId(participant),
        month: monthKeyOfIndex(month),
        kind: CREDIT_KINDS[kind as CreditKind],
        hours,
        order: [market, month, participant, kind],
      };
    });
    return sortByOrder(out);
  }

  /** The detail of hours set aside, by company, participant and month. */
  setAsides(): SetAside[] {
    const out = [...this.asides].map(([key, hours]) => {
      const [company, participant, month, kind] = this.unkey(key, 3);
      return {
        company: this.input.companies[company] ?? "",
        participant: this.participantId(participant),
        month: monthKeyOfIndex(month),
        kind: SET_ASIDE_KINDS[kind as SetAsideKind],
        hours,
        order: [company, kind, month, participant],
      };
    });
    return sortByOrder(out);
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

  private share(line: number, to: string, kind: string, hours: number): void {
    let targets = this.shares.get(line);
    if (!targets) this.shares.set(line, (targets = new Map()));
    add(targets, `${to}\u0000${kind}`, hours);
  }

  private key(owner: number, participant: number, month: number): number {
    return (owner * this.people + participant + 1) * this.options.months + (month - this.options.firstMonth);
  }

  private unkey(key: number, kinds: number): [number, number, number, number] {
    const kind = key % kinds;
    let rest = (key - kind) / kinds;
    const month = (rest % this.options.months) + this.options.firstMonth;
    rest = Math.floor(rest / this.options.months);
    const participant = (rest % this.people) - 1;
    return [Math.floor(rest / this.people), participant, month, kind];
  }

  private participantId(index: number): string | null {
    return index < 0 ? null : (this.input.participants[index] ?? null);
  }
}

function add<K>(map: Map<K, number>, key: K, hours: number): void {
  map.set(key, (map.get(key) ?? 0) + hours);
}

function sortByOrder<T extends { order: number[] }>(rows: T[]): Omit<T, "order">[] {
  rows.sort((a, b) => {
    for (let position = 0; position < a.order.length; position += 1) {
      const difference = (a.order[position] as number) - (b.order[position] as number);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  return rows.map(({ order: _order, ...row }) => row);
}
