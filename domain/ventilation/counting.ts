/**
 * The counting rules of the execution modes (domain reference § 3.2), applied to the raw hour
 * lines before the ventilation: the raw line stays as the facilitator typed it, and the rule that
 * converted or capped it is recorded per line, so a rule changed later can be applied again.
 *
 * Order, line by line: conversion of an amount invoiced by a sub-contractor or co-contractor
 * (amount × labour share ÷ hourly cost, the contract's own figures first, then the pack's); the
 * apprenticeship's training-centre hours (counted or not); the first N months of a CDI (a line
 * across the limit is split in proportion to its calendar days); then the training cap per company
 * (a fraction of the hours the company owes on all its contracts, filled by training lines in date
 * order). Hours a rule removes are never dropped: they are reported as `capped` (training) or
 * `excluded` (CDI, apprenticeship) per company.
 */
import { addMonthsToDay, isoFromDay, type Day } from "../dates";
import type { DomainError, Where } from "../errors";
import { valueOn, type Dated } from "../rules/dated";
import { roundTo } from "../text";
import { amountWithoutSubcontracting, lineHoursAndAmount, lineHoursMissing } from "./errors";
import type { HourLineInput, MarketInput } from "./input";
import type { CountingRules } from "./rules";

/** What a counting rule did to one line (only lines a rule touched are listed). */
export interface LineCounting {
  /** Position of the line in the request. */
  line: number;
  mode?: string;
  /** The contract the line is assigned to, when it is a direct line. */
  market?: string;
  /** Hours the line counts for, after the rules. */
  hours: number;
  converted?: { amount: number; labourShare: number; hourlyCost: number; hours: number; from: "marché" | "paquet" };
  /** Training hours beyond the company's cap (`cap` = fraction of its obligation, `limit` = hours). */
  capped?: { hours: number; cap: number; limit: number };
  /** Hours a rule does not count: beyond the first months of a CDI, or apprenticeship training. */
  excluded?: { hours: number; rule: "cdiMonths" | "apprenticeshipTrainingHours"; reason: string };
}

export interface CountedLines {
  /** Hours each line counts for (what the engine ventilates). */
  hours: Float64Array;
  details: LineCounting[];
  /** Per company id: training hours capped and hours excluded by a rule. */
  byCompany: Map<string, { capped: number; excluded: number }>;
  /** Counting rules « à confirmer » the lines were counted with (a rule read to decide « no cap » counts), in French. */
  unconfirmed: string[];
}

/** Days of each line (already checked by `prepare`), for the dated rules and the CDI limit. */
export interface LineDays {
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

type Locate = (list: "lines", index: number, field: string) => Where;

/**
 * Applies the counting rules; problems (no hours, both hours and an amount…) go to `report`.
 *
 * @example
 * countLines([{ company: "X", start: "2026-01-01", end: "2026-03-31", mode: "sous-traitance", amountInvoiced: 30000 }], [], days, NATIONAL_COUNTING, report, locate)
 * // => { hours: [500], details: [{ line: 0, mode: "sous-traitance", hours: 500, converted: { amount: 30000, labourShare: 0.5, hourlyCost: 30, hours: 500, from: "paquet" } }], … }
 */
export function countLines(
  lines: readonly HourLineInput[],
  markets: readonly MarketInput[],
  days: LineDays,
  rules: CountingRules,
  report: (error: DomainError) => void,
  locate: Locate,
): CountedLines {
  const hours = new Float64Array(lines.length);
  const details = new Map<number, LineCounting>();
  const used = new Set<Dated<unknown>>();
  const detail = (index: number) => {
    let found = details.get(index);
    if (!found) {
      const { mode, market } = lines[index] ?? {};
      found = { line: index, ...(mode ? { mode } : {}), ...(market ? { market } : {}), hours: 0 };
      details.set(index, found);
    }
    return found;
  };
  const marketById = new Map(markets.map((market) => [market.id, market]));
  lines.forEach((line, index) => {
    hours[index] = rawHours(line, index, marketById, days, rules, used, detail, report, locate);
  });
  const byCompany = new Map<string, { capped: number; excluded: number }>();
  const tally = (company: string) => {
    let found = byCompany.get(company);
    if (!found) byCompany.set(company, (found = { capped: 0, excluded: 0 }));
    return found;
  };
  excludeByRule(lines, days, rules, hours, used, detail, tally);
  capTraining(lines, markets, days, rules, hours, used, detail, tally);
  for (const found of details.values()) found.hours = hours[found.line] as number;
  const unconfirmed = [...used]
    .filter((entry) => !entry.confirmed)
    .map((entry) => `${RULE_LABELS.get(entry) ?? "règle de comptage"} : ${entry.source}`);
  return { hours, details: [...details.values()].sort((a, b) => a.line - b.line), byCompany, unconfirmed: [...new Set(unconfirmed)] };
}

/** The counting rules of the modes, by their key in the pack. */
export type CountingRuleKey = keyof CountingRules;

/** French names of the counting rules (lists of unconfirmed rules, bilans). */
export const COUNTING_RULE_LABELS: Readonly<Record<CountingRuleKey, string>> = {
  conversion: "conversion des montants sous-traités",
  trainingCap: "plafond des heures de formation",
  cdiMonths: "mois comptés d'un CDI",
  apprenticeshipTrainingHours: "heures de formation des contrats d'apprentissage",
};

/**
 * The dated entry of a counting rule that applies to a line starting on `day` (the one `countLines`
 * used): what a bilan names as the rule's version.
 *
 * @example
 * countingRuleEntry(NATIONAL_COUNTING, "conversion", dayFromIso("2026-03-01")) // => { value: { labourShare: 0.5, hourlyCost: 30 }, validFrom: "2013-01-01", confirmed: false, … }
 * @throws DomainError `rules.noValue` when no entry of the rule is valid on that day
 */
export function countingRuleEntry<K extends CountingRuleKey>(rules: CountingRules, key: K, day: Day): CountingRules[K][number] {
  return valueOn(rules[key] as readonly Dated<unknown>[], day, COUNTING_RULE_LABELS[key]) as CountingRules[K][number];
}

/** French names of the dated entries used, for the list of unconfirmed rules. */
const RULE_LABELS = new WeakMap<Dated<unknown>, string>();
function pick<K extends CountingRuleKey>(rules: CountingRules, key: K, day: Day, used: Set<Dated<unknown>>): CountingRules[K][number] {
  const entry = countingRuleEntry(rules, key, day);
  RULE_LABELS.set(entry as Dated<unknown>, COUNTING_RULE_LABELS[key]);
  used.add(entry as Dated<unknown>);
  return entry;
}

function rawHours(
  line: HourLineInput,
  index: number,
  marketById: ReadonlyMap<string, MarketInput>,
  days: LineDays,
  rules: CountingRules,
  used: Set<Dated<unknown>>,
  detail: (index: number) => LineCounting,
  report: (error: DomainError) => void,
  locate: Locate,
): number {
  const amount = line.amountInvoiced;
  if (amount === undefined) {
    if (line.hours === undefined) report(lineHoursMissing(locate("lines", index, "hours")));
    return line.hours ?? 0;
  }
  if (line.hours !== undefined) {
    report(lineHoursAndAmount(locate("lines", index, "amountInvoiced")));
    return line.hours;
  }
  if (line.mode !== "sous-traitance") {
    report(amountWithoutSubcontracting(line.mode, locate("lines", index, "amountInvoiced")));
    return 0;
  }
  const market = line.market === undefined ? undefined : marketById.get(line.market);
  const packValue = () => pick(rules, "conversion", days.start[index] as Day, used).value;
  const own = market?.labourShare !== undefined && market.hourlyCost !== undefined;
  const labourShare = market?.labourShare ?? packValue().labourShare;
  const hourlyCost = market?.hourlyCost ?? packValue().hourlyCost;
  const converted = roundTo((amount * labourShare) / hourlyCost, 4);
  detail(index).converted = { amount, labourShare, hourlyCost, hours: converted, from: own ? "marché" : "paquet" };
  return converted;
}

function excludeByRule(
  lines: readonly HourLineInput[],
  days: LineDays,
  rules: CountingRules,
  hours: Float64Array,
  used: Set<Dated<unknown>>,
  detail: (index: number) => LineCounting,
  tally: (company: string) => { excluded: number },
): void {
  // The CDI starts with the person's first CDI line at the company.
  const cdiStart = new Map<string, Day>();
  lines.forEach((line, index) => {
    if (line.contractType !== "CDI" || line.participant === undefined) return;
    const key = `${line.company}\u0000${line.participant}`;
    const start = days.start[index] as Day;
    if (!cdiStart.has(key) || start < (cdiStart.get(key) as Day)) cdiStart.set(key, start);
  });
  lines.forEach((line, index) => {
    const start = days.start[index] as Day;
    const end = days.end[index] as Day;
    const counted = hours[index] as number;
    if (counted <= 0) return;
    if (line.mode === "formation" && line.contractType === "apprentissage") {
      if (pick(rules, "apprenticeshipTrainingHours", start, used).value) return;
      hours[index] = 0;
      tally(line.company).excluded += counted;
      detail(index).excluded = {
        hours: counted,
        rule: "apprenticeshipTrainingHours",
        reason: "heures en centre de formation d'un contrat d'apprentissage, non comptées par le paquet",
      };
      return;
    }
    if (line.contractType !== "CDI" || line.participant === undefined) return;
    const months = pick(rules, "cdiMonths", start, used).value;
    if (months === null) return;
    const limit = addMonthsToDay(cdiStart.get(`${line.company}\u0000${line.participant}`) as Day, months) - 1;
    if (end <= limit) return;
    const kept = start > limit ? 0 : roundTo((counted * (limit - start + 1)) / (end - start + 1), 4);
    hours[index] = kept;
    tally(line.company).excluded += counted - kept;
    detail(index).excluded = {
      hours: roundTo(counted - kept, 4),
      rule: "cdiMonths",
      reason: `au-delà des ${months} premiers mois du CDI (comptés jusqu'au ${isoFromDay(limit)})`,
    };
  });
}

function capTraining(
  lines: readonly HourLineInput[],
  markets: readonly MarketInput[],
  days: LineDays,
  rules: CountingRules,
  hours: Float64Array,
  used: Set<Dated<unknown>>,
  detail: (index: number) => LineCounting,
  tally: (company: string) => { capped: number },
): void {
  const owed = new Map<string, number>();
  for (const market of markets) owed.set(market.company, (owed.get(market.company) ?? 0) + market.obligation);
  const training = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line, index }) => line.mode === "formation" && (hours[index] as number) > 0)
    .sort((a, b) => (days.start[a.index] as number) - (days.start[b.index] as number) || a.index - b.index);
  const filled = new Map<string, number>();
  for (const { line, index } of training) {
    const cap = pick(rules, "trainingCap", days.start[index] as Day, used).value;
    if (cap === null) continue;
    const limit = roundTo(cap * (owed.get(line.company) ?? 0), 4);
    const before = filled.get(line.company) ?? 0;
    const counted = hours[index] as number;
    const kept = Math.max(0, Math.min(counted, limit - before));
    filled.set(line.company, before + kept);
    if (kept === counted) continue;
    hours[index] = kept;
    tally(line.company).capped += counted - kept;
    detail(index).capped = { hours: roundTo(counted - kept, 4), cap, limit };
  }
}
