/**
 * Where the « Mutualisation » panel's computations run. At 100 000 hour lines one ventilation takes
 * seconds: in a Web Worker (`pooling.worker.ts`) the pane stays responsive while it runs (a
 * spinner, never a frozen page). Where there is no Worker (jsdom in the panel tests), the same
 * functions run in the page (`localEngine`). Either way: decode the tables once per read, one
 * ventilation per rule and spread (kept until the next read), the four rules only when asked.
 *
 * What crosses to the page stays small (a structured clone of 100 000 lines' detail is itself a
 * long task): the figures shown are the totals (`shownView`); the detail by participant and month
 * stays here, computed once per rule and spread, for the rows written and the contract explained.
 */
import {
  decodeTable,
  errorsOf,
  hoursTable,
  marketsTable,
  participantsTable,
  type Day,
  type DomainError,
  type RulePack,
  type TableDef,
} from "../../../domain";
import type { TerritoryRows } from "../../../domain/territory";
import { ventilationRecords, type MarketExplanation, type Policy, type Spread, type VentilationResult } from "../../../domain/ventilation";
import type { TableRecord } from "../../../domain";
import type { TableSnapshot } from "../../workbook/port";
import { tablesNotRead } from "./errors";
import { explainedContract, policyResults, poolingView, shownView, type DetailedView, type PoolingView } from "./pooling-view";

export interface PoolingSnapshots {
  markets: TableSnapshot | null;
  hours: TableSnapshot | null;
  participants: TableSnapshot | null;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; messages: string[] };

export interface PoolingEngine {
  /** Decodes the tables (every problem located); forgets what was computed on the previous ones. */
  load(snapshots: PoolingSnapshots, pack: RulePack, today: Day): Promise<Outcome<true>>;
  view(policy: Policy, spread: Spread): Promise<Outcome<PoolingView>>;
  compare(policy: Policy, spread: Spread): Promise<Outcome<Record<Policy, VentilationResult>>>;
  /**
   * The rows « Écrire la ventilation » writes (every company) under a rule and spread; `received`
   * is told how many have come so far (from a worker they come in parts, the page never blocked).
   */
  records(policy: Policy, spread: Spread, received?: (count: number, total: number) => void): Promise<Outcome<TableRecord[]>>;
  /** One contract explained under a rule and spread (null: no such contract), lines named by their Heures rows. */
  explain(policy: Policy, spread: Spread, id: string): Promise<Outcome<MarketExplanation | null>>;
}

/**
 * The engine's work, wherever it runs (the worker calls it too).
 *
 * @example
 * const state = poolingState(); state.load(snapshots, pack, today); state.view("earliest-end", "calendar")
 */
export function poolingState() {
  let loaded: { tables: TerritoryRows; pack: RulePack; today: Day } | null = null;
  const views = new Map<string, Outcome<PoolingView>>();
  const detailed = new Map<string, Outcome<{ view: DetailedView; records?: TableRecord[] }>>();
  const guarded = <T>(run: () => T): Outcome<T> => {
    try {
      return { ok: true, value: run() };
    } catch (error) {
      const found = errorsOf(error);
      if (found.length === 0) throw error;
      return { ok: false, messages: found.map((problem) => problem.message) };
    }
  };
  const viewOf = (policy: Policy, spread: Spread): Outcome<PoolingView> => {
    const key = `${policy}\u0000${spread}`;
    const known = views.get(key) ?? guarded(() => shownView(required(), loaded!.pack, loaded!.today, { policy, spread }));
    views.set(key, known);
    return known;
  };
  // The detail of the ventilation shown, its digest reused (the same input): computed once, on first need.
  const detailOf = (policy: Policy, spread: Spread): Outcome<{ view: DetailedView; records?: TableRecord[] }> => {
    const key = `${policy}\u0000${spread}`;
    const shown = viewOf(policy, spread);
    if (!shown.ok) return shown;
    const known =
      detailed.get(key) ??
      guarded(() => ({
        view: poolingView(required(), loaded!.pack, loaded!.today, { policy, spread, inputDigest: shown.value.result.inputDigest }),
      }));
    detailed.set(key, known);
    return known;
  };
  const recordsOf = (policy: Policy, spread: Spread): Outcome<TableRecord[]> => {
    const detail = detailOf(policy, spread);
    if (!detail.ok) return detail;
    const built = detail.value.records
      ? { ok: true as const, value: detail.value.records }
      : guarded(() => ventilationRecords(detail.value.view.result));
    if (built.ok) detail.value.records = built.value;
    return built;
  };
  const required = (): TerritoryRows => {
    if (!loaded) throw tablesNotRead();
    return loaded.tables;
  };
  return {
    load(snapshots: PoolingSnapshots, pack: RulePack, today: Day): Outcome<true> {
      views.clear();
      detailed.clear();
      loaded = null;
      const errors: DomainError[] = [];
      const rows = (table: TableDef, snapshot: TableSnapshot | null) => {
        if (!snapshot) return [];
        // A number stored as text is refused, as by the custom functions and `clauses run` (docs/workbook.md).
        const decoded = decodeTable(table, [snapshot.headers, ...snapshot.rows], {
          firstRow: snapshot.headerRow + 1,
          textNumbers: "refuse",
        });
        errors.push(...decoded.errors);
        return decoded.rows;
      };
      const tables = {
        markets: rows(marketsTable, snapshots.markets),
        hours: rows(hoursTable, snapshots.hours),
        participants: rows(participantsTable, snapshots.participants),
      };
      if (errors.length > 0) return { ok: false, messages: errors.map((error) => error.message) };
      loaded = { tables, pack, today };
      return { ok: true, value: true };
    },
    view: viewOf,
    records: recordsOf,
    explain(policy: Policy, spread: Spread, id: string): Outcome<MarketExplanation | null> {
      const detail = detailOf(policy, spread);
      return detail.ok ? guarded(() => explainedContract(detail.value.view, id)) : detail;
    },
    /** What the pane will likely ask next (the detail, the rows to write), computed while it is idle. */
    prepare(policy: Policy, spread: Spread): void {
      recordsOf(policy, spread);
    },
    compare(policy: Policy, spread: Spread): Outcome<Record<Policy, VentilationResult>> {
      const chosen = viewOf(policy, spread);
      if (!chosen.ok) return chosen;
      return guarded(() => policyResults(required(), loaded!.pack, loaded!.today, chosen.value.result));
    },
  };
}

/**
 * The engine in the page (no Worker): the same work, answered on the next turn.
 *
 * @example
 * const engine = localEngine(); await engine.load(snapshots, pack, today);
 */
export function localEngine(): PoolingEngine {
  const state = poolingState();
  return {
    load: async (snapshots, pack, today) => state.load(snapshots, pack, today),
    view: async (policy, spread) => state.view(policy, spread),
    compare: async (policy, spread) => state.compare(policy, spread),
    records: async (policy, spread) => state.records(policy, spread),
    explain: async (policy, spread, id) => state.explain(policy, spread, id),
  };
}
