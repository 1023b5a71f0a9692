/**
 * Where the « Bilans » panel builds its base (the territory ventilated with the detail of every
 * line by month): at 100 000 hour lines that takes seconds, so it runs in a Web Worker
 * (`bilan.worker.ts`) where the platform has one, and in the page otherwise (jsdom in the panel
 * tests). The tables are decoded there too, with the rule of every face (numbers stored as text refused).
 */
import {
  buyersTable,
  companiesTable,
  decodeTable,
  errorsOf,
  hoursTable,
  marketsTable,
  participantsTable,
  validationsTable,
  type Day,
  type DecodedRow,
  type DomainError,
  type RulePack,
  type TableDef,
} from "../../../domain";
import {
  baseRequestFromRows,
  digestedRequest,
  purgeRows,
  reportBase,
  traceFigure,
  type FigureTrace,
  type ReleaseRecord,
  type ReportBase,
  type ReportTables,
  type ReportView,
} from "../../../domain/reporting";
import type { DigestedRequest } from "../../../domain/ventilation";
import type { TableSnapshot } from "../../workbook/port";
import { explainableFigures } from "./bilan-figures";
import { bilansNotBuilt } from "./errors";
import { exportAudience, paneBase, paneViews, type BilanChoice } from "./bilan-state";
import { paneRelease, type ProtectedRelease } from "./release-register";

export const BILAN_TABLES = [marketsTable, hoursTable, participantsTable, buyersTable, companiesTable, validationsTable] as const;

export type DecodedBilanTables = ReportTables & { validations: DecodedRow[] };
export type BilanOutcome = { ok: true; tables: DecodedBilanTables; base: ReportBase } | { ok: false; messages: string[] };

/**
 * The six tables decoded (absent = empty) with the rule of every face (numbers stored as text
 * refused), every problem located by its sheet row: the pane's engine and `clauses report` on a workbook.
 *
 * @example
 * decodeBilanTables(snapshots) // => { tables: { markets, hours, participants, buyers, companies, validations }, errors: [] }
 */
export function decodeBilanTables(snapshots: readonly (TableSnapshot | null)[]): { tables: DecodedBilanTables; errors: DomainError[] } {
  const errors: DomainError[] = [];
  const [markets, hours, participants, buyers, companies, validations] = BILAN_TABLES.map((table: TableDef, index) => {
    const snapshot = snapshots[index];
    if (!snapshot) return [];
    const decoded = decodeTable(table, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1, textNumbers: "refuse" });
    errors.push(...decoded.errors);
    return decoded.rows;
  }) as DecodedRow[][];
  const tables = {
    markets: markets!,
    hours: hours!,
    participants: participants!,
    buyers: buyers!,
    companies: companies!,
    validations: validations!,
  };
  return { tables, errors };
}

/**
 * Decodes the six tables (absent = empty) and builds the base; every problem located.
 *
 * @example
 * bilanOutcome(snapshots, pack, today) // => { ok: true, tables: { markets, hours, … }, base }
 */
export function bilanOutcome(snapshots: readonly (TableSnapshot | null)[], pack: RulePack, today: Day): BilanOutcome {
  const { tables, errors } = decodeBilanTables(snapshots);
  if (errors.length > 0) return { ok: false, messages: errors.map((error) => error.message) };
  try {
    return { ok: true, tables, base: paneBase(tables, pack, today) };
  } catch (error) {
    return failedOutcome(error);
  }
}

/** Hashes a base's request to the core's `sha256:` text (the platform's SHA-256 in the worker). */
export type RequestHasher = (request: DigestedRequest) => Promise<string>;

/**
 * `bilanOutcome` with the request hashed by `digest` (the worker's native SHA-256, `nativeDigest`)
 * instead of the core's SHA-256 in JavaScript: the same base, digest included, a few hundred
 * milliseconds sooner at 100 000 lines.
 *
 * @example
 * await hashedBilanOutcome(snapshots, pack, today, nativeDigest) // => the same as bilanOutcome(snapshots, pack, today)
 */
export async function hashedBilanOutcome(
  snapshots: readonly (TableSnapshot | null)[],
  pack: RulePack,
  today: Day,
  digest: RequestHasher,
): Promise<BilanOutcome> {
  const { tables, errors } = decodeBilanTables(snapshots);
  if (errors.length > 0) return { ok: false, messages: errors.map((error) => error.message) };
  try {
    const request = baseRequestFromRows(tables, pack, today);
    const inputDigest = await digest(digestedRequest(request));
    return { ok: true, tables, base: reportBase(request, pack, today, { inputDigest }) };
  } catch (error) {
    return failedOutcome(error);
  }
}

function failedOutcome(error: unknown): BilanOutcome {
  const found = errorsOf(error);
  if (found.length === 0) throw error;
  return { ok: false, messages: found.map((problem) => problem.message) };
}

/** What the page keeps of a base (the base itself stays where it was built). */
export interface BilanSummary {
  /** Months with hours, sorted. */
  months: string[];
  rulePack: string;
  today: Day;
}

export type BilanLoad = { ok: true; summary: BilanSummary } | { ok: false; messages: string[] };
export type Answer<T> = { ok: true; value: T } | { ok: false; messages: string[] };
/** The view on screen, or why not (a reversed period is said under « Au mois », not as a failure). */
export type ViewsAnswer = { ok: true; view: ReportView } | { ok: false; messages: string[]; periodError?: string };
export type PurgeList = ReturnType<typeof purgeRows>;

/** The Bilans engine as the panel calls it: in a Web Worker where there is one, else in the page. */
export interface BilanEngine {
  views(choice: BilanChoice): Promise<ViewsAnswer>;
  /** The figures of one bilan of the set (`-1`: the whole set's total) the facilitator can explain. */
  figures(choice: BilanChoice, index: number): Promise<Answer<[string, string][]>>;
  trace(choice: BilanChoice, index: number, figure: string): Promise<Answer<FigureTrace>>;
  /**
   * The external view an export of one bilan gets, protected with the releases recorded earlier, and
   * the register row that records it (a release that cannot be protected comes back withheld; a
   * register row that cannot be written is said as messages).
   */
  exported(choice: BilanChoice, index: number, earlier: readonly ReleaseRecord[]): Promise<Answer<ProtectedRelease>>;
  /** The participants to purge and their rows, after `years` without activity. */
  purgeList(years: number): Promise<Answer<PurgeList>>;
}

const UNEXPECTED = "Une erreur inattendue s'est produite pendant le calcul des bilans ; relisez le classeur.";

/**
 * The engine's work, wherever it runs (the worker calls it): the last base built, and the set of
 * bilans of the last choice (one set computed per choice, not per question).
 *
 * @example
 * const state = bilanState(); await state.build(snapshots, pack, today); state.views(choice)
 */
export function bilanState(options: { digest?: RequestHasher } = {}) {
  let loaded: { tables: DecodedBilanTables; base: ReportBase; pack: RulePack } | null = null;
  let chosen: { key: string; views: ReturnType<typeof paneViews> } | null = null;
  const viewsOf = (choice: BilanChoice) => {
    if (!loaded) throw bilansNotBuilt();
    const key = JSON.stringify([choice.grouping, choice.from, choice.to, choice.audience]);
    if (chosen?.key !== key) chosen = { key, views: paneViews(loaded.base, loaded.pack, choice) };
    return chosen.views;
  };
  const answer = <T>(run: () => T): Answer<T> => {
    try {
      return { ok: true, value: run() };
    } catch (error) {
      const found = errorsOf(error);
      return { ok: false, messages: found.length > 0 ? found.map((problem) => problem.message) : [UNEXPECTED] };
    }
  };
  const bilanOf = (choice: BilanChoice, index: number) => {
    const { set } = viewsOf(choice);
    return set.bilans[index] ?? set.total;
  };
  return {
    async build(snapshots: readonly (TableSnapshot | null)[], pack: RulePack, today: Day): Promise<BilanLoad> {
      loaded = null;
      chosen = null;
      const outcome = options.digest
        ? await hashedBilanOutcome(snapshots, pack, today, options.digest)
        : bilanOutcome(snapshots, pack, today);
      if (!outcome.ok) return outcome;
      loaded = { tables: outcome.tables, base: outcome.base, pack };
      return { ok: true, summary: { months: outcome.base.months, rulePack: outcome.base.rulePack, today: outcome.base.today } };
    },
    views(choice: BilanChoice): ViewsAnswer {
      try {
        return { ok: true, view: viewsOf(choice).view };
      } catch (error) {
        const found = errorsOf(error);
        const reversed = found.find((problem) => problem.code === "reporting.period.reversed");
        if (reversed) return { ok: false, messages: [], periodError: reversed.reason };
        return { ok: false, messages: found.length > 0 ? found.map((problem) => problem.message) : [UNEXPECTED] };
      }
    },
    figures: (choice: BilanChoice, index: number) => answer(() => explainableFigures(bilanOf(choice, index))),
    trace: (choice: BilanChoice, index: number, figure: string) =>
      answer(() => traceFigure(loaded!.base, viewsOf(choice).set.context.rules, bilanOf(choice, index), figure)),
    exported: (choice: BilanChoice, index: number, earlier: readonly ReleaseRecord[]) =>
      answer(() => paneRelease(viewsOf(choice).set, exportAudience(choice.audience, choice.grouping), index, earlier)),
    purgeList: (years: number) =>
      answer(() => {
        if (!loaded) throw bilansNotBuilt();
        return purgeRows(loaded.tables, loaded.pack, loaded.base.today, years);
      }),
  };
}

/**
 * The engine in the page (no Worker: jsdom in the panel tests), on a state already built.
 *
 * @example
 * const engine = localBilanEngine(state);
 */
export function localBilanEngine(state: ReturnType<typeof bilanState>): BilanEngine {
  return {
    views: async (choice) => state.views(choice),
    figures: async (choice, index) => state.figures(choice, index),
    trace: async (choice, index, figure) => state.trace(choice, index, figure),
    exported: async (choice, index, earlier) => state.exported(choice, index, earlier),
    purgeList: async (years) => state.purgeList(years),
  };
}
