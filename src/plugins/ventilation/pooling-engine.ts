/**
 * Where the « Mutualisation » panel's computations run. At 100 000 hour lines one ventilation takes
 * seconds: in a Web Worker (`pooling.worker.ts`) the pane stays responsive while it runs (a
 * spinner, never a frozen page). Where there is no Worker (jsdom in the panel tests), the same
 * functions run in the page (`localEngine`). Either way: decode the tables once per read, one
 * ventilation per rule and spread (kept until the next read), the four rules only when asked.
 *
 * What crosses to the page stays small (a structured clone of 100 000 lines' detail is itself a
 * long task): the figures shown are the totals (`shownView`); the detail by participant and month
 * stays here, computed once per rule and spread, for the rows written (sent as columns); a contract
 * is explained from its company's ventilation with the trace (`tracedView`), asked when it is picked.
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
import { prepareTerritory, type PreparedTerritory, type TerritoryRows } from "../../../domain/territory";
import {
  requestDigest,
  ventilationRecords,
  type DigestedRequest,
  type MarketExplanation,
  type Policy,
  type Spread,
  type VentilationResult,
} from "../../../domain/ventilation";
import type { TableRecord } from "../../../domain";
import type { TableSnapshot } from "../../workbook/port";
import { tablesNotRead } from "./errors";
import { columnsOf, type RowColumns } from "./rows-columns";
import { explainedContract, policyResults, poolingView, shownView, tracedView, type DetailedView, type PoolingView } from "./pooling-view";

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

/** What the state is given by where it runs. */
export interface PoolingStateOptions {
  /**
   * The request's digest (« empreinte des données »): the worker hashes natively (`nativeDigest`,
   * on Web Crypto's own thread while the ventilation runs); by default the core's `requestDigest`.
   */
  digest?: (request: DigestedRequest) => Promise<string>;
}

/** Written in the result while the digest is being computed (replaced before the result is given). */
const DIGEST_PENDING = "sha256:…";

/**
 * The engine's work, wherever it runs (the worker calls it too). The territory is prepared once per
 * read (Participants' windows, lines checked and indexed, the digest), then ventilated once per
 * rule and spread.
 *
 * @example
 * const state = poolingState(); state.load(snapshots, pack, today); await state.view("earliest-end", "calendar")
 */
export function poolingState(options: PoolingStateOptions = {}) {
  const hash = options.digest ?? ((request: DigestedRequest) => Promise.resolve(requestDigest(request)));
  let loaded: { tables: TerritoryRows; pack: RulePack; today: Day } | null = null;
  let territory: { prepared: Outcome<PreparedTerritory>; digest?: Promise<string> } | null = null;
  const views = new Map<string, Promise<Outcome<PoolingView>>>();
  const detailed = new Map<string, Promise<Outcome<Detail>>>();
  const required = (): { tables: TerritoryRows; pack: RulePack; today: Day } => {
    if (!loaded) throw tablesNotRead();
    return loaded;
  };
  const territoryOf = (): { prepared: Outcome<PreparedTerritory>; digest?: Promise<string> } => {
    if (territory) return territory;
    const { tables, pack, today } = required();
    const prepared = guarded(() => prepareTerritory(tables, pack, today));
    // Hashed while the first ventilation runs (natively, on another thread); the same input for every rule.
    const request = prepared.ok ? prepared.value.prepared.request : null;
    territory = { prepared, ...(request ? { digest: hash(request).catch(() => requestDigest(request)) } : {}) };
    return territory;
  };
  const viewOf = (policy: Policy, spread: Spread): Promise<Outcome<PoolingView>> => {
    const key = `${policy}\u0000${spread}`;
    let known = views.get(key);
    if (!known) {
      known = (async () => {
        const { prepared, digest } = territoryOf();
        if (!prepared.ok) return prepared;
        const pack = required().pack;
        const shown = guarded(() => shownView(prepared.value, pack, { policy, spread, inputDigest: DIGEST_PENDING }));
        if (shown.ok) shown.value.result.inputDigest = await (digest as Promise<string>);
        return shown;
      })();
      views.set(key, known);
    }
    return known;
  };
  // The detail of the ventilation shown, its digest reused (the same input): computed once, on first need.
  const detailOf = (policy: Policy, spread: Spread): Promise<Outcome<Detail>> => {
    const key = `${policy}\u0000${spread}`;
    let known = detailed.get(key);
    if (!known) {
      known = viewOf(policy, spread).then((shown) => {
        if (!shown.ok) return shown;
        const prepared = territoryOf().prepared as { ok: true; value: PreparedTerritory };
        const { inputDigest } = shown.value.result;
        return guarded(() => ({ view: poolingView(prepared.value, required().pack, { policy, spread, inputDigest }) }));
      });
      detailed.set(key, known);
    }
    return known;
  };
  const recordsOf = async (policy: Policy, spread: Spread): Promise<Outcome<TableRecord[]>> => {
    const detail = await detailOf(policy, spread);
    if (!detail.ok) return detail;
    const built = detail.value.records
      ? { ok: true as const, value: detail.value.records }
      : guarded(() => ventilationRecords(detail.value.view.result));
    if (built.ok) detail.value.records = built.value;
    return built;
  };
  const columnsOfRecords = async (policy: Policy, spread: Spread): Promise<Outcome<RowColumns>> => {
    const records = await recordsOf(policy, spread);
    if (!records.ok) return records;
    const detail = (await detailOf(policy, spread)) as { ok: true; value: Detail };
    detail.value.columns ??= columnsOf(records.value);
    return { ok: true, value: detail.value.columns };
  };
  return {
    load(snapshots: PoolingSnapshots, pack: RulePack, today: Day): Outcome<true> {
      views.clear();
      detailed.clear();
      loaded = null;
      territory = null;
      const decoded = decodedTables(snapshots);
      if (!decoded.ok) return decoded;
      loaded = { tables: decoded.value, pack, today };
      return { ok: true, value: true };
    },
    view: viewOf,
    records: recordsOf,
    /** The rows to write, column by column (what the worker sends the page). */
    columns: columnsOfRecords,
    async explain(policy: Policy, spread: Spread, id: string): Promise<Outcome<MarketExplanation | null>> {
      const shown = await viewOf(policy, spread);
      if (!shown.ok) return shown;
      const market = shown.value.result.markets.find((candidate) => candidate.id === id);
      if (!market) return { ok: true, value: null };
      // The contract's company alone, with its trace: a few milliseconds, asked when the facilitator picks it.
      const prepared = territoryOf().prepared as { ok: true; value: PreparedTerritory };
      const { inputDigest } = shown.value.result;
      return guarded(() =>
        explainedContract(tracedView(prepared.value, required().pack, { policy, spread, inputDigest }, market.company), id),
      );
    },
    /**
     * What the pane will likely ask next, in steps (the detail, the rows, their columns), computed
     * while it is idle: the worker answers the pane's questions between two steps.
     */
    prepareSteps(policy: Policy, spread: Spread): (() => Promise<unknown>)[] {
      return [() => detailOf(policy, spread), () => recordsOf(policy, spread), () => columnsOfRecords(policy, spread)];
    },
    async compare(policy: Policy, spread: Spread): Promise<Outcome<Record<Policy, VentilationResult>>> {
      const chosen = await viewOf(policy, spread);
      if (!chosen.ok) return chosen;
      const prepared = territoryOf().prepared as { ok: true; value: PreparedTerritory };
      return guarded(() => policyResults(prepared.value, required().pack, chosen.value.result));
    },
  };
}

interface Detail {
  view: DetailedView;
  records?: TableRecord[];
  columns?: RowColumns;
}

function guarded<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    const found = errorsOf(error);
    if (found.length === 0) throw error;
    return { ok: false, messages: found.map((problem) => problem.message) };
  }
}

/** The three tables decoded, every problem located (a number stored as text refused). */
function decodedTables(snapshots: PoolingSnapshots): Outcome<TerritoryRows> {
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
  return { ok: true, value: tables };
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
    view: (policy, spread) => state.view(policy, spread),
    compare: (policy, spread) => state.compare(policy, spread),
    records: (policy, spread) => state.records(policy, spread),
    explain: (policy, spread, id) => state.explain(policy, spread, id),
  };
}
