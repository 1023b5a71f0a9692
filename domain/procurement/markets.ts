/**
 * Pre-filling the workbook from the DECP: the contracts of the territory's buyers that carry a
 * « Clause sociale » (or are reserved) become rows of Marchés, their holders rows of Entreprises,
 * through the same dry run as every import (references checked, a contract already there with the
 * same values left alone, one there with other values rejected, never overwritten). Amounts and
 * durations are those after the last amendment; the dates are estimated from the notification (or
 * start) and the duration, and marked so in « Dates estimées ».
 */
import { dryRunImport, type DryRun } from "../import";
import {
  buyersTable,
  companiesTable,
  encodeTable,
  marketsTable,
  matchHeader,
  readSiret,
  type DecodedRow,
  type TableRecord,
  type TablesByName,
} from "../workbook";
import { isoFromDay } from "../dates";
import type { SizingRules } from "../sizing/rules";
import { presetForCpv } from "./cpv";
import { buyerNotInWorkbook, noSiretColumn } from "./errors";
import type { DecpContract, DecpHolder } from "./record";
import type { ProcurementRules } from "./rules";
import { carriesClause, currentAmount, estimatedEnd } from "./timeline";
import { DomainError, ValidationFailed } from "../errors";

export interface DecpImport {
  companies: DryRun;
  markets: DryRun;
  /** The records proposed, in the dry runs' row order (row 2 is the first). */
  records: { companies: TableRecord[]; markets: TableRecord[] };
  /** Contracts already followed in Marchés under another number (their « Réf. DECP »). */
  followed: { id: string; row: number }[];
  /** Contracts read without a clause or a reservation: not imported. */
  withoutClause: number;
  /** What the facilitator should know, in French (co-holders, holders changed by amendment…). */
  warnings: string[];
}

/**
 * SIRET → buyer code, from the workbook's Acheteurs; checks the SIRETs asked for are there.
 *
 * @example
 * buyerCodes(tables, ["21310001900016"]) // => Map { "21310001900016" => "VILLE" }
 * @throws DomainError procurement.buyer.column (no SIRET column), procurement.buyer.unknown (a SIRET asked for is absent)
 */
export function buyerCodes(tables: TablesByName, wanted: readonly string[], headers?: readonly unknown[]): Map<string, string> {
  if (headers && !headers.some((header) => typeof header === "string" && matchHeader(buyersTable, header)?.key === "siret"))
    throw noSiretColumn();
  const codes = new Map<string, string>();
  for (const row of tables.Acheteurs ?? []) {
    if (typeof row.values.siret === "string") codes.set(row.values.siret, String(row.values.id));
  }
  const missing = wanted.filter((siret) => !codes.has(siret));
  if (missing.length > 0) throw new ValidationFailed(missing.map(buyerNotInWorkbook));
  return codes;
}

/**
 * The dry run of importing DECP contracts into the workbook (nothing is written here).
 *
 * @param tables decoded rows of the workbook's tables (Acheteurs with their SIRET, Entreprises, Marchés)
 * @example
 * dryRunDecpImport(contracts, tables, buyerCodes(tables, []), rules, sizing)
 * // => { companies: { ready: [{ values: { id: "43210987600115", siret: "43210987600115" } }], … }, markets: { ready: [...] }, warnings: [...] }
 */
export function dryRunDecpImport(
  contracts: readonly DecpContract[],
  tables: TablesByName,
  codes: ReadonlyMap<string, string>,
  rules: ProcurementRules,
  sizing: SizingRules,
): DecpImport {
  const warnings: string[] = [];
  const clauseds = contracts.filter((contract) => codes.has(contract.buyer) && carriesClause(contract));
  const followedRows = new Map(
    (tables.Marchés ?? []).filter((row) => row.values.decpId).map((row) => [`${row.values.buyer}|${row.values.decpId}`, row]),
  );
  const followed: DecpImport["followed"] = [];
  const toImport = clauseds.filter((contract) => {
    const row = followedRows.get(`${codes.get(contract.buyer)}|${contract.id}`);
    if (row && row.values.id !== contract.id) followed.push({ id: contract.id, row: row.row });
    return !row || row.values.id === contract.id;
  });
  const companyOf = companyIds(tables.Entreprises ?? []);
  const newCompanies = new Map<string, TableRecord>();
  const records = toImport.map((contract) => {
    const holders = contract.holders.map((holder) => companyFor(holder, companyOf, newCompanies, warnings));
    if (holders.length > 1) {
      warnings.push(
        `Marché ${contract.id} : ${holders.length} titulaires (${holders.join(", ")}) ; le marché est rattaché au premier (mandataire), tous sont ajoutés aux Entreprises.`,
      );
    }
    const changed = contract.amendments.filter((amendment) => amendment.holders);
    if (changed.length > 0)
      warnings.push(
        `Marché ${contract.id} : un avenant change les titulaires ; vérifiez l'entreprise du marché (non reprise automatiquement).`,
      );
    return marketRecord(contract, codes.get(contract.buyer)!, holders[0]!, rules, sizing);
  });
  const companies = dryRunImport(
    sourceOf(companiesTable, [...newCompanies.values()], "DECP — titulaires"),
    choicesOf(companiesTable),
    tables,
  );
  const withCompanies = { ...tables, Entreprises: [...(tables.Entreprises ?? []), ...companies.ready] };
  const markets = dryRunImport(sourceOf(marketsTable, records, "DECP — marchés"), choicesOf(marketsTable), withCompanies);
  return {
    companies,
    markets,
    records: { companies: [...newCompanies.values()], markets: records },
    followed,
    withoutClause: contracts.length - clauseds.length,
    warnings,
  };
}

/** The row of Marchés a DECP contract becomes. */
function marketRecord(contract: DecpContract, buyer: string, company: string, rules: ProcurementRules, sizing: SizingRules): TableRecord {
  const preset = contract.cpv ? presetForCpv(rules, sizing.trades, contract.cpv) : null;
  return {
    id: contract.id,
    label: contract.object,
    buyer,
    company,
    trade: preset?.trade.code,
    amount: currentAmount(contract),
    start: contract.start,
    end: isoFromDay(estimatedEnd(contract)),
    datesEstimated: true,
    cpv: contract.cpv ?? undefined,
    nature: contract.nature,
    decpId: contract.id,
  };
}

/** SIRET → company code of the rows of Entreprises. */
function companyIds(rows: readonly DecodedRow[]): Map<string, string> {
  return new Map(
    rows.filter((row) => typeof row.values.siret === "string").map((row) => [row.values.siret as string, String(row.values.id)]),
  );
}

/**
 * The code of a holder in Entreprises: the company with its SIRET, else a new row whose code is the
 * identifier (the DECP give no company name: the facilitator completes it).
 */
function companyFor(holder: DecpHolder, known: Map<string, string>, added: Map<string, TableRecord>, warnings: string[]): string {
  const existing = known.get(holder.id);
  if (existing) return existing;
  if (!added.has(holder.id)) {
    const siret = holder.type === "SIRET" ? readSiret(holder.id) : null;
    if (siret && !siret.ok) warnings.push(`Titulaire ${holder.id} : ${siret.reason} ; ajouté aux Entreprises sans SIRET, à vérifier.`);
    added.set(holder.id, { id: holder.id, ...(siret?.ok ? { siret: siret.value } : {}) });
  }
  return holder.id;
}

function choicesOf(table: typeof marketsTable | typeof companiesTable) {
  return { table, mapping: table.columns.map((column) => column.key) };
}

/** Records as the cells of a sheet, so they go through the import's dry run like any sheet. */
function sourceOf(table: typeof marketsTable | typeof companiesTable, records: readonly TableRecord[], sheet: string) {
  return { sheet, values: encodeTable(table, records), firstRow: 1, firstColumn: 1, headerIndex: 0 };
}

/**
 * Every reason a DECP import cannot go ahead (a dry run's blocking problems), as errors.
 *
 * @example
 * blockingErrors(plan) // => [] when the import may be written
 */
export function blockingErrors(plan: DecpImport): DomainError[] {
  return [...plan.companies.blocking, ...plan.markets.blocking].map((reason) => new DomainError("procurement.import.blocked", reason));
}

/**
 * The contract id behind a row of a dry run's report (the dry run numbers the rows of the virtual sheet from 2).
 *
 * @example
 * idOfRow(plan.markets, 2) // => "V26-01"
 */
export function idOfRow(dryRun: DryRun, row: number, records: readonly TableRecord[]): string {
  return String(records[row - 2]?.id ?? row);
}
