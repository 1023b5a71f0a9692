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
import type { ReportBase, ReportTables } from "../../../domain/reporting";
import type { TableSnapshot } from "../../workbook/port";
import { paneBase } from "./bilan-state";

export const BILAN_TABLES = [marketsTable, hoursTable, participantsTable, buyersTable, companiesTable, validationsTable] as const;

export type DecodedBilanTables = ReportTables & { validations: DecodedRow[] };
export type BilanOutcome = { ok: true; tables: DecodedBilanTables; base: ReportBase } | { ok: false; messages: string[] };

/**
 * Decodes the six tables (absent = empty) and builds the base; every problem located.
 *
 * @example
 * bilanOutcome(snapshots, pack, today) // => { ok: true, tables: { markets, hours, … }, base }
 */
export function bilanOutcome(snapshots: readonly (TableSnapshot | null)[], pack: RulePack, today: Day): BilanOutcome {
  const errors: DomainError[] = [];
  const [markets, hours, participants, buyers, companies, validations] = BILAN_TABLES.map((table: TableDef, index) => {
    const snapshot = snapshots[index];
    if (!snapshot) return [];
    const decoded = decodeTable(table, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1, textNumbers: "refuse" });
    errors.push(...decoded.errors);
    return decoded.rows;
  }) as DecodedRow[][];
  if (errors.length > 0) return { ok: false, messages: errors.map((error) => error.message) };
  const tables = {
    markets: markets!,
    hours: hours!,
    participants: participants!,
    buyers: buyers!,
    companies: companies!,
    validations: validations!,
  };
  try {
    return { ok: true, tables, base: paneBase(tables, pack, today) };
  } catch (error) {
    const found = errorsOf(error);
    if (found.length === 0) throw error;
    return { ok: false, messages: found.map((problem) => problem.message) };
  }
}
