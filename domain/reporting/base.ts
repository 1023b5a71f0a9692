/**
 * Building what every bilan is computed from: the territory ventilated once, with the detail of
 * where each hour line went month by month, and the people's profiles. The request is the one the
 * ventilation reads (JSON or the workbook's tables), so a bilan's hours are the ventilation's hours.
 */
import { dayFromIso, type Day } from "../dates";
import { DomainError, ValidationFailed, errorsOf } from "../errors";
import { sectionOf, type RulePack } from "../rules";
import { eligibilitySection, type ParticipantFacts } from "../eligibility";
import {
  prepareInput,
  roundPreservingSum,
  ventilate,
  ventilationOptions,
  ventilationSection,
  type HourLineInput,
  type Locate,
  type MarketInput,
  type VentilationChoice,
  type WindowInput,
} from "../ventilation";
import { lineRulesOf, type LineRule } from "./counting";
import type { ContractInfo, CountingBase, Leaf, LineInfo, PersonProfile, ReportBase, Share } from "./model";
import { profileOf, type PersonNamer } from "./people";
import { reportingSection } from "./rules";

/** A person to profile, with where their fields are (for errors). */
export interface PersonSource {
  facts: ParticipantFacts;
  name: PersonNamer;
}

export interface BaseRequest {
  markets: readonly MarketInput[];
  lines: readonly HourLineInput[];
  windows: readonly WindowInput[];
  people: readonly PersonSource[];
  /** Locates the ventilation's findings (JSON paths or workbook cells). */
  locate: Locate;
  /** Where the lines are: sheet rows of Heures (same order as `lines`), or positions in a JSON list when absent. */
  lineRows?: readonly number[];
  names?: ReportBase["names"];
}

/**
 * Ventilates the territory (the pack's policy and spread unless chosen) and profiles its people.
 * Throws `ValidationFailed` listing every problem, located.
 *
 * @example
 * const base = reportBase(request, pack, dayFromIso("2026-11-26"));
 * base.shares.filter((share) => share.market === "M1") // => where M1's hours came from, line by line and month by month
 */
export function reportBase(request: BaseRequest, pack: RulePack, today: Day, choice: VentilationChoice = {}): ReportBase {
  let prepared;
  try {
    prepared = prepareInput(
      { markets: [...request.markets], lines: [...request.lines], windows: [...request.windows] },
      request.locate,
      sectionOf(pack, ventilationSection).counting,
    );
  } catch (error) {
    const found = errorsOf(error);
    if (found.length === 0) throw error;
    throw new ValidationFailed([...found, ...profiles(request, pack, today).errors]);
  }
  const options = ventilationOptions(pack, choice);
  const result = ventilate(prepared, { ...options, lineMonths: true });
  const { people, errors } = profiles(request, pack, today);
  if (errors.length > 0) throw new ValidationFailed(errors);
  const contracts = request.markets.map(contractOf);
  // The ledger made these for this base alone: kept as they are, not copied (200 000 at 100 000 lines).
  const shares: Share[] = result.lineMonths ?? [];
  // Hours as counted by the rules of the modes (a converted or capped line counts for what the rule gives).
  const counted = prepared.lines.hours;
  const lines = request.lines.map((line, index) => lineOf(line, request.lineRows?.[index] ?? index, counted[index] as number));
  return {
    contracts,
    contractById: new Map(contracts.map((contract) => [contract.id, contract])),
    lines,
    people,
    shares,
    leaves: leavesOf(shares, lines),
    months: [...new Set(shares.map((share) => share.month))].sort(),
    names: request.names ?? { buyers: new Map(), companies: new Map() },
    lineSource: request.lineRows ? "workbook" : "json",
    rulePack: result.rulePack,
    policy: result.policy,
    spread: result.spread,
    inputDigest: result.inputDigest,
    counting: countingBase(
      lineRulesOf(result.counting, prepared.lines.start, options.counting ?? sectionOf(pack, ventilationSection).counting, result.rulePack),
      lines,
    ),
    today,
  };
}

function countingBase(byLine: Map<number, LineRule[]>, lines: readonly LineInfo[]): CountingBase {
  const removedByMarket = new Map<string, LineRule[]>();
  const removedPooled = new Map<string, LineRule[]>();
  for (const [index, rules] of byLine) {
    const line = lines[index] as LineInfo;
    const [map, key] = line.market === undefined ? [removedPooled, line.company] : [removedByMarket, line.market];
    for (const rule of rules) {
      if (rule.rule === "conversion") continue;
      const list = map.get(key);
      if (list) list.push(rule);
      else map.set(key, [rule]);
    }
  }
  return { byLine, removedByMarket, removedPooled };
}

function profiles(request: BaseRequest, pack: RulePack, today: Day): { people: Map<string, PersonProfile>; errors: DomainError[] } {
  const context = {
    rules: sectionOf(pack, reportingSection),
    eligibility: sectionOf(pack, eligibilitySection),
    today,
    firstDays: firstDays(request.lines),
  };
  const people = new Map<string, PersonProfile>();
  const errors: DomainError[] = [];
  for (const { facts, name } of request.people) {
    const read = profileOf(facts, context, name);
    people.set(read.profile.id, read.profile);
    errors.push(...read.errors);
  }
  return { people, errors };
}

function firstDays(lines: readonly HourLineInput[]): Map<string, Day> {
  const first = new Map<string, Day>();
  for (const line of lines) {
    if (line.participant === undefined) continue;
    const day = dayFromIso(line.start);
    const known = first.get(line.participant);
    if (known === undefined || day < known) first.set(line.participant, day);
  }
  return first;
}

function contractOf(market: MarketInput): ContractInfo {
  return {
    id: market.id,
    company: market.company,
    ...(market.buyer === undefined ? {} : { buyer: market.buyer }),
    ...(market.label === undefined ? {} : { label: market.label }),
    obligation: market.obligation,
    start: dayFromIso(market.start),
    end: dayFromIso(market.end),
    pooled: market.pooled,
  };
}

function lineOf(line: HourLineInput, ref: number, hours: number): LineInfo {
  const { company, participant, market, mode, contractType, employer } = line;
  return {
    company,
    hours,
    ref,
    ...(participant === undefined ? {} : { participant }),
    ...(market === undefined ? {} : { market }),
    ...(mode === undefined ? {} : { mode }),
    ...(contractType === undefined ? {} : { contractType }),
    ...(employer === undefined ? {} : { employer }),
  };
}

/**
 * Shares grouped by everything a scope, a period or a breakdown of hours looks at, then rounded to
 * the cent level by level (largest remainders): first what each contract received (or each company
 * set aside), then each month of it, each nature, each mode. Every sum of leaves is then exact in
 * cents, and a contract's total, its months and its natures are each its exact figure rounded —
 * the 600 h of a contract read 600, not 599,99.
 */
function leavesOf(shares: readonly Share[], lines: readonly LineInfo[]): Leaf[] {
  const groups = new Map<string, Omit<Leaf, "cents"> & { hours: number }>();
  // A share per line and month (about 200 000 at 100 000 lines): the key is written directly and
  // the leaf built only for a new group, which halves the work and the garbage of this pass.
  for (const share of shares) {
    const line = lines[share.line] as LineInfo;
    const anonymous = line.participant === undefined;
    const key = `${share.kind}\u0000${share.market ?? ""}\u0000${line.market ?? ""}\u0000${line.company}\u0000${share.month}\u0000${line.mode ?? ""}\u0000${anonymous}`;
    const group = groups.get(key);
    if (group) group.hours += share.hours;
    else
      groups.set(key, {
        kind: share.kind,
        market: share.market,
        lineMarket: line.market ?? null,
        company: line.company,
        month: share.month,
        mode: line.mode ?? "",
        anonymous,
        hours: share.hours,
      });
  }
  const list = [...groups.values()];
  const cents = new Array<number>(list.length).fill(0);
  type Grouped = (typeof list)[number];
  const levels: ((leaf: Grouped) => string)[] = [
    (leaf) => (leaf.market !== null ? `credit\u0000${leaf.market}` : `${leaf.kind}\u0000${leaf.company}\u0000${leaf.lineMarket}`),
    (leaf) => leaf.month,
    (leaf) => leaf.kind,
  ];
  roundLevels(
    list.map((leaf) => leaf.hours),
    list.map((_, index) => index),
    levels.map((level) => (index: number) => level(list[index] as Grouped)),
    undefined,
    cents,
  );
  return list.map(({ hours: _hours, ...leaf }, index) => ({ ...leaf, cents: cents[index] as number }));
}

/**
 * Rounds `members` to cents so they add up to `total` (their own rounded sum at the top), level by
 * level: groups of the first level are rounded first, then the members inside each group.
 */
function roundLevels(
  hours: readonly number[],
  members: readonly number[],
  levels: readonly ((index: number) => string)[],
  total: number | undefined,
  out: number[],
): void {
  const [level, ...deeper] = levels;
  if (!level) {
    const rounded = roundPreservingSum(
      members.map((index) => hours[index] as number),
      2,
      total,
    );
    members.forEach((index, position) => (out[index] = Math.round((rounded[position] as number) * 100)));
    return;
  }
  const groups = new Map<string, number[]>();
  for (const index of members) {
    const key = level(index);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  }
  const lists = [...groups.values()];
  const sums = lists.map((group) => group.reduce((sum, index) => sum + (hours[index] as number), 0));
  const rounded = roundPreservingSum(sums, 2, total);
  lists.forEach((group, position) => roundLevels(hours, group, deeper, rounded[position], out));
}
