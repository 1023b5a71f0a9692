/**
 * The figures of one bilan (a scope over a period), as the facilitator sees them: nothing masked.
 * Hours are sums of the base's leaves (exact in cents); people are distinct participants whose
 * hours were credited to a contract of the scope during the period, so a person on two buyers'
 * contracts counts once for each buyer and once for the territory.
 */
import { addMonthsToDay, type Day } from "../dates";
import { EMPLOYMENT_CONTRACTS, EXECUTION_MODES, SEXES } from "../workbook/tables";
import type { ContractInfo, Leaf, Part, Period, PersonProfile, ReportBase, Scope, Share } from "./model";
import { inPeriod, periodDays } from "./period";
import type { ReportingRules } from "./rules";
import { contractsOf, type Bucket } from "./scopes";
import { countingParts, type CountingPart, type LineRule } from "./counting";

export type ContractStatus = "à venir" | "en cours" | "terminé";

export interface HourFigures {
  /** Obligations of the scope's contracts running during the period (each counted whole). */
  due: number;
  /** Hours credited during the period (direct + ventilated). */
  realised: number;
  direct: number;
  ventilated: number;
  /** Hours credited from the contracts' start to the end of the period. */
  realisedToDate: number;
  /** realisedToDate ÷ due; null without hours due. */
  rate: number | null;
  /** Hours due in proportion to the time elapsed at the reference date (Σ obligation × elapsed). */
  expectedToDate: number;
  /** expectedToDate ÷ due: the share of the contracts' time elapsed; null without hours due. */
  elapsed: number | null;
  /** Hours credited during the period beyond a contract's obligation (direct hours can exceed it). */
  beyondObligation: number;
  /** Pooled hours no contract could take (every active one full): a company's, so null for a contract or a buyer. */
  excess: number | null;
  /** Hours worked outside the dates of the contracts (for a contract or a buyer: direct lines assigned to them). */
  outOfPeriod: number;
  /** Hours worked outside the participants' countable windows. */
  notCountable: number;
  /** Credited hours of lines without a participant (in the hours, not in the people). */
  withoutParticipant: number;
  /** Full-time equivalents of the realised hours. */
  fte: number;
}

export interface ContractRow {
  id: string;
  label: string | null;
  company: string;
  buyer: string | null;
  due: number;
  realised: number;
  realisedToDate: number;
  rate: number | null;
  elapsed: number;
  status: ContractStatus;
  participants: number;
  /** What the counting rules of the modes did to the contract's hours during the period (converted, capped, excluded), with the rule's version. */
  counting: CountingPart[];
}

export interface PeopleFigures {
  total: number;
  sex: Part[];
  ageBand: Part[];
  qpv: Part[];
  /** Main criterion at entry: the facilitator's view only (never exported). */
  criterion: Part[];
  /** Situation at the end of the period: outcome categories, or still on their path. */
  exit: Part[];
  /** « Sorties dynamiques »: durable + transition + positive. */
  dynamicExits: number;
  after6Months: Part[];
}

export interface Bilan {
  scope: Scope;
  period: Period | null;
  /** Day on which elapsed time and outcomes are judged: the end of the period, or today if sooner. */
  reference: Day;
  hours: HourFigures;
  contracts: ContractRow[];
  months: { month: string; direct: number; ventilated: number }[];
  modes: Part[];
  people: PeopleFigures;
  employment: { total: number; byType: Part[] };
  /** The counting rules applied to the scope's hours: its contracts' and, for a company or the territory, its pooled lines'. */
  counting: CountingPart[];
  /** The scope's shares (every month, credited and set aside): what a figure is traced back to. */
  shares: readonly Share[];
}

export interface BilanContext {
  base: ReportBase;
  rules: ReportingRules;
  /** Hours in one FTE (sizing section of the pack). */
  hoursPerFte: number;
  /** Labels of the eligibility criteria, in rank order. */
  criteria: readonly { code: string; label: string }[];
}

export const UNKNOWN = "non-renseigne";
const UNKNOWN_LABEL = "Non renseigné";

/**
 * The bilan of a scope over a period, from the scope's bucket of shares and leaves.
 *
 * @example
 * const buckets = bucketsOf(base, "buyer");
 * computeBilan(context, scopeFor(base, "buyer", "VILLE-VR"), null, bucketOf(buckets, scope))
 * // => { hours: { due: 1050, realised: 950, … }, people: { total: 5, … }, … }
 */
export function computeBilan(context: BilanContext, scope: Scope, period: Period | null, bucket: Bucket): Bilan {
  const { base } = context;
  const reference = referenceDay(base, period);
  const contracts = contractsOf(base, scope).filter((contract) => runsDuring(contract, period));
  const credited = bucket.shares.filter((share) => share.market !== null && inPeriod(share.month, period));
  // Grouped once by contract: a territory has thousands of contracts and millions of shares.
  const sharesByContract = groupBy(credited, (share) => share.market as string);
  const leavesByContract = groupBy(
    bucket.leaves.filter((leaf) => leaf.market !== null),
    (leaf) => leaf.market as string,
  );
  const rows = contracts.map((contract) =>
    contractRow(base, contract, leavesByContract.get(contract.id) ?? [], sharesByContract.get(contract.id) ?? [], period, reference),
  );
  const people = participantsOf(base, credited);
  return {
    scope,
    period,
    reference,
    hours: hourFigures(context, scope, period, bucket.leaves, rows, leavesByContract),
    contracts: rows,
    months: monthsOf(bucket.leaves, period),
    modes: modesOf(bucket.leaves, period),
    people: peopleFigures(context, people, reference),
    employment: employmentOf(base, credited),
    counting: scopeCounting(base, scope, period, rows),
    shares: bucket.shares,
  };
}

function referenceDay(base: ReportBase, period: Period | null): Day {
  return period === null ? base.today : Math.min(base.today, periodDays(period).end);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const found = groups.get(key(item));
    if (found) found.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function runsDuring(contract: ContractInfo, period: Period | null): boolean {
  if (period === null) return true;
  const { start, end } = periodDays(period);
  return contract.start <= end && contract.end >= start;
}

const cents = (leaves: readonly Leaf[], keep: (leaf: Leaf) => boolean) =>
  leaves.reduce((sum, leaf) => (keep(leaf) ? sum + leaf.cents : sum), 0);
const hoursOf = (value: number) => value / 100;
const isCredit = (leaf: Leaf) => leaf.kind === "direct" || leaf.kind === "ventilated";

function contractRow(
  base: ReportBase,
  contract: ContractInfo,
  leaves: readonly Leaf[],
  credited: readonly Share[],
  period: Period | null,
  reference: Day,
): ContractRow {
  // `leaves` and `credited` are the contract's own.
  const own = isCredit;
  const realised = cents(leaves, (leaf) => own(leaf) && inPeriod(leaf.month, period));
  const toDate = cents(leaves, (leaf) => own(leaf) && (period === null || leaf.month <= period.to));
  const elapsed = Math.min(1, Math.max(0, (reference - contract.start + 1) / (contract.end - contract.start + 1)));
  const status: ContractStatus = reference < contract.start ? "à venir" : reference > contract.end ? "terminé" : "en cours";
  const participants = new Set<string>();
  for (const share of credited) {
    const participant = base.lines[share.line]?.participant;
    if (participant !== undefined) participants.add(participant);
  }
  return {
    id: contract.id,
    label: contract.label ?? null,
    company: contract.company,
    buyer: contract.buyer ?? null,
    due: contract.obligation,
    realised: hoursOf(realised),
    realisedToDate: hoursOf(toDate),
    rate: contract.obligation > 0 ? hoursOf(toDate) / contract.obligation : null,
    elapsed,
    status,
    participants: participants.size,
    counting: countingParts(contractRules(base, contract.id, credited, period)),
  };
}

/**
 * The rules behind a contract's hours in the period: hours credited to it from converted lines
 * (pooled ones included, in the share it received), and hours capped or excluded on the lines
 * assigned to it (dated by the line's start).
 */
function contractRules(base: ReportBase, id: string, credited: readonly Share[], period: Period | null): LineRule[] {
  const found: LineRule[] = [];
  const { byLine, removedByMarket } = base.counting;
  if (byLine.size > 0) {
    for (const share of credited) {
      const conversion = byLine.get(share.line)?.find((rule) => rule.rule === "conversion");
      if (conversion) found.push({ ...conversion, hours: share.hours });
    }
  }
  for (const rule of removedByMarket.get(id) ?? []) if (inPeriod(rule.month, period)) found.push(rule);
  return found;
}

/** A bilan's counting rules: its contracts' rows, and the pooled lines of the companies it covers. */
function scopeCounting(base: ReportBase, scope: Scope, period: Period | null, rows: readonly ContractRow[]): CountingPart[] {
  const entries: Pick<LineRule, "rule" | "version" | "confirmed" | "hours">[] = rows.flatMap((row) => row.counting);
  const companies = scope.kind === "territory" ? [...base.counting.removedPooled.keys()] : scope.kind === "company" ? [scope.id ?? ""] : [];
  for (const company of companies) {
    for (const rule of base.counting.removedPooled.get(company) ?? []) if (inPeriod(rule.month, period)) entries.push(rule);
  }
  return countingParts(entries);
}

function hourFigures(
  context: BilanContext,
  scope: Scope,
  period: Period | null,
  leaves: readonly Leaf[],
  rows: readonly ContractRow[],
  leavesByContract: ReadonlyMap<string, readonly Leaf[]>,
): HourFigures {
  const during = (leaf: Leaf) => inPeriod(leaf.month, period);
  const direct = cents(leaves, (leaf) => leaf.kind === "direct" && during(leaf));
  const ventilated = cents(leaves, (leaf) => leaf.kind === "ventilated" && during(leaf));
  const due = rows.reduce((sum, row) => sum + row.due, 0);
  const toDate = rows.reduce((sum, row) => sum + Math.round(row.realisedToDate * 100), 0);
  const expected = rows.reduce((sum, row) => sum + row.due * row.elapsed, 0);
  const companyWide = scope.kind === "company" || scope.kind === "territory";
  return {
    due,
    realised: hoursOf(direct + ventilated),
    direct: hoursOf(direct),
    ventilated: hoursOf(ventilated),
    realisedToDate: hoursOf(toDate),
    rate: due > 0 ? hoursOf(toDate) / due : null,
    expectedToDate: expected,
    elapsed: due > 0 ? expected / due : null,
    beyondObligation: hoursOf(rows.reduce((sum, row) => sum + beyond(row, leavesByContract.get(row.id) ?? [], period), 0)),
    excess: companyWide ? hoursOf(cents(leaves, (leaf) => leaf.kind === "excess" && during(leaf))) : null,
    outOfPeriod: hoursOf(cents(leaves, (leaf) => leaf.kind === "outOfPeriod" && during(leaf))),
    notCountable: hoursOf(cents(leaves, (leaf) => leaf.kind === "notCountable" && during(leaf))),
    withoutParticipant: hoursOf(cents(leaves, (leaf) => isCredit(leaf) && leaf.anonymous && during(leaf))),
    fte: Math.round(((direct + ventilated) / 100 / context.hoursPerFte) * 100) / 100,
  };
}

/** Cents credited to a contract during the period beyond its obligation (`leaves`: the contract's own). */
function beyond(row: ContractRow, leaves: readonly Leaf[], period: Period | null): number {
  const due = Math.round(row.due * 100);
  const toDate = Math.round(row.realisedToDate * 100);
  const before = period === null ? 0 : cents(leaves, (leaf) => isCredit(leaf) && leaf.month < period.from);
  return Math.max(0, toDate - due) - Math.max(0, before - due);
}

function monthsOf(leaves: readonly Leaf[], period: Period | null): Bilan["months"] {
  const byMonth = new Map<string, { direct: number; ventilated: number }>();
  for (const leaf of leaves) {
    if (!isCredit(leaf) || !inPeriod(leaf.month, period)) continue;
    const month = byMonth.get(leaf.month) ?? { direct: 0, ventilated: 0 };
    month[leaf.kind as "direct" | "ventilated"] += leaf.cents;
    byMonth.set(leaf.month, month);
  }
  const seen = [...byMonth.keys()].sort();
  const [first, last] = period ? [period.from, period.to] : [seen[0], seen[seen.length - 1]];
  const months = first && last ? monthRange(first, last) : [];
  return months.map((month) => {
    const found = byMonth.get(month) ?? { direct: 0, ventilated: 0 };
    return { month, direct: hoursOf(found.direct), ventilated: hoursOf(found.ventilated) };
  });
}

/**
 * Every month from `from` to `to` (`yyyy-mm`, inclusive).
 *
 * @example
 * monthRange("2026-11", "2027-02") // => ["2026-11", "2026-12", "2027-01", "2027-02"]
 */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  for (let key = from; key <= to; key = `${year}-${String(month).padStart(2, "0")}`) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function modesOf(leaves: readonly Leaf[], period: Period | null): Part[] {
  const byMode = new Map<string, number>();
  for (const leaf of leaves) {
    if (isCredit(leaf) && inPeriod(leaf.month, period)) byMode.set(leaf.mode, (byMode.get(leaf.mode) ?? 0) + leaf.cents);
  }
  return partition(EXECUTION_MODES, (code) => hoursOf(byMode.get(code) ?? 0), hoursOf(byMode.get("") ?? 0));
}

/** Known categories (zeros included, so every bilan has the same rows) and « non renseigné » when some are. */
function partition(choices: readonly { code: string; label: string }[], value: (code: string) => number, unknown: number): Part[] {
  const parts = choices.map((choice) => ({ code: choice.code, label: choice.label, value: value(choice.code) }));
  return unknown > 0 ? [...parts, { code: UNKNOWN, label: UNKNOWN_LABEL, value: unknown }] : parts;
}

/** The profiles of the distinct participants of the shares (people absent from Participants get an empty profile). */
function participantsOf(base: ReportBase, credited: readonly Share[]): PersonProfile[] {
  const ids = new Set<string>();
  for (const share of credited) {
    const participant = base.lines[share.line]?.participant;
    if (participant !== undefined) ids.add(participant);
  }
  return [...ids].map((id) => base.people.get(id) ?? { id, purged: false });
}

function peopleFigures(context: BilanContext, people: readonly PersonProfile[], reference: Day): PeopleFigures {
  const count = (keep: (person: PersonProfile) => boolean) => people.filter(keep).length;
  const { rules } = context;
  const exitOf = (person: PersonProfile) => exitCategory(rules, person, reference);
  const exit = exitParts(rules, people.map(exitOf), [["en-parcours", "En parcours à la fin de la période"]]);
  const after = exitParts(
    rules,
    people.map((person) => sixMonthCategory(rules, person, reference)),
    [
      ["en-parcours", "En parcours à la fin de la période"],
      ["moins-de-6-mois", "Sortie depuis moins de 6 mois"],
    ],
  );
  const dynamic = new Set(rules.outcomeCategories.filter((category) => category.dynamic).map((category) => category.code as string));
  return {
    total: people.length,
    sex: partition(
      SEXES,
      (code) => count((person) => person.sex === code),
      count((person) => person.sex === undefined),
    ),
    ageBand: partition(
      rules.ageBands,
      (code) => count((person) => person.ageBand === code),
      count((person) => person.ageBand === undefined),
    ),
    qpv: partition(
      [
        { code: "oui", label: "Résident d'un QPV" },
        { code: "non", label: "Hors QPV" },
      ],
      (code) => count((person) => person.qpv === (code === "oui")),
      count((person) => person.qpv === undefined),
    ),
    criterion: criterionParts(context, people),
    exit,
    dynamicExits: exit.filter((part) => dynamic.has(part.code)).reduce((sum, part) => sum + part.value, 0),
    after6Months: after,
  };
}

function exitParts(rules: ReportingRules, categories: readonly string[], before: readonly [string, string][]): Part[] {
  const count = (code: string) => categories.filter((category) => category === code).length;
  const known = [
    ...before.map(([code, label]) => ({ code, label })),
    ...rules.outcomeCategories.map(({ code, label }) => ({ code, label })),
  ];
  return partition(known, count, count(UNKNOWN));
}

/**
 * Where a person stands at the reference date: still on their path, or the category of their exit situation.
 *
 * @example
 * exitCategory(rules, { id: "P1", purged: false, exitDate: <2026-10-31>, exitSituation: "CDI" }, <2026-12-31>) // => "durable"
 */
export function exitCategory(rules: ReportingRules, person: PersonProfile, reference: Day): string {
  if (person.exitDate === undefined || person.exitDate > reference) return "en-parcours";
  return categoryOf(rules, person.exitSituation);
}

/**
 * The situation 6 months after the exit, once 6 months have passed at the reference date.
 *
 * @example
 * sixMonthCategory(rules, { id: "P1", purged: false, exitDate: <2026-10-31>, after6Months: "CDI" }, <2026-12-31>) // => "moins-de-6-mois"
 */
export function sixMonthCategory(rules: ReportingRules, person: PersonProfile, reference: Day): string {
  if (person.exitDate === undefined || person.exitDate > reference) return "en-parcours";
  if (addMonthsToDay(person.exitDate, 6) > reference) return "moins-de-6-mois";
  return categoryOf(rules, person.after6Months);
}

function categoryOf(rules: ReportingRules, situation: string | undefined): string {
  return rules.situations.find((entry) => entry.code === situation)?.category ?? UNKNOWN;
}

function criterionParts(context: BilanContext, people: readonly PersonProfile[]): Part[] {
  const count = (keep: (person: PersonProfile) => boolean) => people.filter(keep).length;
  const parts = context.criteria.map(({ code, label }) => ({ code, label, value: count((person) => person.criterion === code) }));
  const extra: Part[] = [
    { code: "NON_ELIGIBLE", label: "Non éligible à l'entrée", value: count((person) => person.criterion === "NON_ELIGIBLE") },
    { code: "PURGE", label: "Données purgées", value: count((person) => person.purged) },
    { code: UNKNOWN, label: "Sans fiche Participants", value: count((person) => !person.purged && person.criterion === undefined) },
  ];
  return [...parts, ...extra].filter((part) => part.value > 0);
}

function employmentOf(base: ReportBase, credited: readonly Share[]): Bilan["employment"] {
  const seen = new Map<string, string>();
  for (const share of credited) {
    const line = base.lines[share.line];
    if (!line || line.participant === undefined) continue;
    const type = line.contractType ?? "";
    seen.set([line.participant, line.employer ?? line.company, type].join("\u0000"), type);
  }
  const types = [...seen.values()];
  const count = (code: string) => types.filter((type) => type === code).length;
  return { total: types.length, byType: partition(EMPLOYMENT_CONTRACTS, count, count("")) };
}
