/**
 * What a statement form holds, from the workbook's tables: the company, its contracts with a clause
 * active in the period (their buyer and dates), whether it may declare pooled hours (« mutualisé »),
 * and only its own participants, under the names it knows them by. No eligibility criterion, no other
 * company's person, no figure of the bilans: the form goes out of the guichet.
 */
import { dayFromIso, isoFromDay, type Day } from "../dates";
import { digestOf } from "../provenance";
import { EMPLOYMENT_CONTRACTS, EXECUTION_MODES, type TableRecord, type TablesByName } from "../workbook";
import { noActiveContract, unknownCompany } from "./errors";
import type { StatementPeriod } from "./period";

/** Bumped when the form's layout changes: an older form is then read by its own layout, or refused. */
export const FORM_LAYOUT = 1;

/** Label of the « pooled » choice in the contract drop-down. */
export const POOLED_LABEL = "Mutualisé (heures sur vos marchés mutualisables)";

export interface FormMarket {
  id: string;
  /** The contract's holder (another company on a structure's form). */
  company: string;
  companyName: string;
  /** What the drop-down shows: « M1 — Réhabilitation de l'école Jean-Moulin ». */
  label: string;
  title?: string;
  buyer?: string;
  /** The buyer's name, from Acheteurs. */
  buyerName?: string;
  start?: string;
  end?: string;
  pooled: boolean;
}

export interface FormPerson {
  participant: string;
  /** The name the company uses (made unique within the form: « Martin Léa (2) »). */
  label: string;
}

/** What identifies a form when it comes back. */
export interface FormIdentity {
  guichet: string;
  company: string;
  period: string;
  version: number;
}

export interface FormModel {
  layout: number;
  identity: FormIdentity;
  guichetName: string;
  company: { id: string; name: string; siret?: string };
  periodFrom: string;
  periodTo: string;
  markets: FormMarket[];
  /** Whether a « mutualisé » choice is offered (some contract listed is pooled). */
  pooling: boolean;
  /** The « mutualisé » choices: one per holder with a pooled contract (a structure serves several). */
  pooledChoices: { company: string; label: string }[];
  people: FormPerson[];
  modes: string[];
  contractTypes: string[];
  /** Rows of the lines table (blank, to fill). */
  lineRows: number;
}

/** A form with the digest of everything it was made with (checked when it comes back). */
export interface SealedForm extends FormModel {
  digest: string;
}

/**
 * The companies due a form for the period: every company with a contract active in it (start and end
 * inclusive; a contract without dates is active), and every structure (an Entreprises row named as the
 * « Employeur » of another company's hour lines: SIAE, ETTI, GEIQ, AI) serving one of them, in the
 * order of Entreprises.
 *
 * @example
 * companiesDue(tables, readPeriod("2026-03")) // => ["BTP-RIVIERE", "PROPRETE-VR", "ETTI-VR"]
 */
export function companiesDue(tables: TablesByName, period: StatementPeriod): string[] {
  const active = new Set(activeMarkets(tables, period).map((market) => String(market.company)));
  const structures = servedByStructure(tables); // one pass over Heures, whatever the number of companies
  return (tables["Entreprises"] ?? [])
    .map((row) => String(row.values.id))
    .filter((id) => active.has(id) || [...(structures.get(id) ?? [])].some((served) => active.has(served)));
}

/**
 * The companies a structure puts people at the disposal of: those whose hour lines name it as their
 * « Employeur » (by its Entreprises id).
 *
 * @example
 * servedCompanies(tables, "ETTI-VR") // => Set { "BTP-RIVIERE" }
 */
export function servedCompanies(tables: TablesByName, structure: string): Set<string> {
  return servedByStructure(tables).get(structure) ?? new Set();
}

/** Every employer named on another company's hour lines, with the companies it serves. */
function servedByStructure(tables: TablesByName): Map<string, Set<string>> {
  const served = new Map<string, Set<string>>();
  for (const { values } of tables["Heures"] ?? []) {
    const { employer, company } = values;
    if (typeof employer !== "string" || typeof company !== "string" || employer === company) continue;
    let companies = served.get(employer);
    if (!companies) served.set(employer, (companies = new Set()));
    companies.add(company);
  }
  return served;
}

/**
 * The form of one company for one period.
 *
 * @example
 * formModel(tables, "BTP-RIVIERE", readPeriod("2026-03"), { guichet: "g-1", guichetName: "PLIE Valrivière", version: 1 })
 * // => { identity: { guichet: "g-1", company: "BTP-RIVIERE", period: "2026-03", version: 1 }, markets: [M1, M2], people: [...], … }
 * @throws DomainError statements.company.unknown, statements.company.inactive
 */
export function formModel(
  tables: TablesByName,
  companyId: string,
  period: StatementPeriod,
  options: { guichet: string; guichetName: string; version: number; lineRows?: number },
): SealedForm {
  const company = (tables["Entreprises"] ?? []).find((row) => row.values.id === companyId)?.values;
  if (!company) throw unknownCompany(companyId);
  const served = servedCompanies(tables, companyId);
  const markets = activeMarkets(tables, period).filter((market) => market.company === companyId || served.has(String(market.company)));
  if (markets.length === 0) throw noActiveContract(companyId, period.key);
  const listed = markets.map((market) => formMarket(market, tables, companyId));
  const people = companyPeople(tables, companyId);
  const model: FormModel = {
    layout: FORM_LAYOUT,
    identity: { guichet: options.guichet, company: companyId, period: period.key, version: options.version },
    guichetName: options.guichetName,
    company: { id: companyId, name: String(company.name ?? companyId), ...(company.siret ? { siret: String(company.siret) } : {}) },
    periodFrom: isoFromDay(period.from),
    periodTo: isoFromDay(period.to),
    markets: listed,
    pooling: listed.some((market) => market.pooled),
    pooledChoices: pooledChoices(listed, companyId),
    people,
    modes: EXECUTION_MODES.map((choice) => choice.label),
    contractTypes: EMPLOYMENT_CONTRACTS.map((choice) => choice.label),
    lineRows: options.lineRows ?? Math.max(30, people.length * 2 + 10),
  };
  return seal(model);
}

/**
 * The form with its digest (of every field: identity, lists, layout).
 *
 * @example
 * seal(model).digest // => "sha256:…"
 */
export function seal(model: FormModel): SealedForm {
  return { ...model, digest: digestOf(model) };
}

function activeMarkets(tables: TablesByName, period: StatementPeriod): TableRecord[] {
  return (tables["Marchés"] ?? [])
    .map((row) => row.values)
    .filter((market) => typeof market.company === "string" && overlaps(market, period.from, period.to));
}

function overlaps(market: TableRecord, from: Day, to: Day): boolean {
  const start = typeof market.start === "string" ? dayFromIso(market.start) : Number.NEGATIVE_INFINITY;
  const end = typeof market.end === "string" ? dayFromIso(market.end) : Number.POSITIVE_INFINITY;
  return start <= to && end >= from;
}

/** « Mutualisé » for the company's own pooled contracts; « Mutualisé — BTP Rivière SAS » for each company a structure serves. */
function pooledChoices(markets: readonly FormMarket[], formCompany: string): FormModel["pooledChoices"] {
  const choices = new Map<string, string>();
  for (const market of markets) {
    if (!market.pooled || choices.has(market.company)) continue;
    choices.set(market.company, market.company === formCompany ? POOLED_LABEL : `Mutualisé — ${market.companyName}`);
  }
  return [...choices].map(([company, label]) => ({ company, label }));
}

function formMarket(market: TableRecord, tables: TablesByName, formCompany: string): FormMarket {
  const id = String(market.id);
  const buyer = (tables["Acheteurs"] ?? []).find((row) => row.values.id === market.buyer)?.values;
  const company = String(market.company);
  const holder = (tables["Entreprises"] ?? []).find((row) => row.values.id === company)?.values;
  const companyName = String(holder?.name ?? company);
  const title = typeof market.label === "string" ? market.label : undefined;
  const own = title ? `${id} — ${title}` : id;
  return {
    id,
    company,
    companyName,
    label: company === formCompany ? own : `${own} (${companyName})`,
    ...(title ? { title } : {}),
    ...(typeof market.buyer === "string" ? { buyer: market.buyer } : {}),
    ...(typeof buyer?.name === "string" ? { buyerName: buyer.name } : {}),
    ...(typeof market.start === "string" ? { start: market.start } : {}),
    ...(typeof market.end === "string" ? { end: market.end } : {}),
    pooled: market.pooled !== false,
  };
}

/** The company's own people, by the names of « Noms des entreprises » (duplicates numbered). */
function companyPeople(tables: TablesByName, company: string): FormPerson[] {
  const seen = new Map<string, number>();
  const people: FormPerson[] = [];
  const listed = new Set<string>();
  for (const { values } of tables["NomsEntreprises"] ?? []) {
    if (values.company !== company || typeof values.participant !== "string" || typeof values.name !== "string") continue;
    if (listed.has(values.participant)) continue;
    listed.add(values.participant);
    const count = (seen.get(values.name) ?? 0) + 1;
    seen.set(values.name, count);
    people.push({ participant: values.participant, label: count === 1 ? values.name : `${values.name} (${count})` });
  }
  return people;
}
