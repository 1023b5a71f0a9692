/**
 * What an audience receives. The facilitator's view has every figure, the main criterion per
 * category and where each bilan's hours come from, and says it contains personal data. Buyers and
 * companies get aggregates only: no participant, no criterion, no hour line, and every count of
 * people or employment contracts protected (`privacy.ts`). The privacy of an export is decided
 * here, by the code, whatever the person clicking chose to show.
 */
import { isoFromDay } from "../dates";
import { roundTo } from "../text";
import type { Bilan } from "./indicators";
import type { Part, Period } from "./model";
import { periodLabel } from "./period";
import { suppress, type Group, type Mask } from "./privacy";
import type { BilanSet } from "./report";
import { describeLines, linesOfBilan } from "./trace";

export type Audience = "facilitator" | "buyer" | "company";
export const AUDIENCES: readonly Audience[] = ["facilitator", "buyer", "company"];

/** A count as published: a number, « < 5 » or « masqué ». */
export type Count = number | string;

export const COMPLEMENTARY_MARK = "masqué";
/**
 * The mark of a small count.
 *
 * @example
 * smallMark(5) // => "< 5"
 */
export const smallMark = (threshold: number) => `< ${threshold}`;

export const PERSONAL_DATA_NOTICE =
  "Contient des données personnelles (effectifs non masqués, critères d'éligibilité, lignes d'heures) : usage interne au guichet, ne pas diffuser.";
/**
 * What an external view says about its masks.
 *
 * @example
 * EXTERNAL_NOTICE(5) // => "Agrégats seulement : les effectifs de 1 à 4 personnes sont affichés « < 5 » …"
 */
export const EXTERNAL_NOTICE = (threshold: number) =>
  `Agrégats seulement : les effectifs de 1 à ${threshold - 1} personnes sont affichés « ${smallMark(threshold)} » et d'autres cases sont « ${COMPLEMENTARY_MARK} » pour qu'aucun ne se retrouve par soustraction.`;

export interface CountPart {
  code: string;
  label: string;
  count: Count;
}

export interface BilanView {
  scope: { kind: string; id: string | null; label: string };
  period: { from: string; to: string; label: string } | null;
  reference: string;
  hours: Record<string, number | null>;
  contracts: {
    id: string;
    label: string | null;
    company: string;
    due: number;
    realised: number;
    realisedToDate: number;
    rate: number | null;
    elapsed: number;
    status: string;
    participants: Count;
  }[];
  months: { month: string; direct: number; ventilated: number }[];
  modes: { code: string; label: string; hours: number }[];
  participants: {
    total: Count;
    sex: CountPart[];
    ageBand: CountPart[];
    qpv: CountPart[];
    exit: CountPart[];
    dynamicExits: Count;
    after6Months: CountPart[];
    /** Facilitator only. */
    criterion?: CountPart[];
  };
  employmentContracts: { total: Count; byType: CountPart[] };
  /** Facilitator only: the contracts and hour lines behind the bilan's hours. */
  trace?: { contracts: string[]; lines: string };
}

export interface ReportView {
  audience: Audience;
  personalData: boolean;
  notice: string;
  by: string | null;
  period: { from: string; to: string; label: string } | null;
  reference: string;
  rulePack: string;
  policy: string;
  spread: string;
  /** Facilitator only (a digest of the participants' data stays in-house). */
  inputDigest?: string;
  /** External audiences: the threshold and how many counts are hidden. */
  smallCount?: number;
  hiddenCounts?: number;
  total: BilanView;
  bilans: BilanView[];
}

/**
 * The set of bilans as an audience may receive it.
 *
 * @example
 * reportView(set, "buyer").bilans[0].participants.sex // => [{ code: "F", label: "Femme", count: "< 5" }, { code: "M", label: "Homme", count: "masqué" }]
 */
export function reportView(set: BilanSet, audience: Audience): ReportView {
  const { base, rules } = set.context;
  const external = audience !== "facilitator";
  const threshold = rules.smallCount.value;
  const masks = external ? setMasks(set, threshold) : new Map<string, Mask>();
  const show = (key: string, value: number): Count => {
    const mask = masks.get(key);
    return mask === "small" ? smallMark(threshold) : mask === "complementary" ? COMPLEMENTARY_MARK : value;
  };
  const view = (bilan: Bilan, prefix: string) => bilanView(set, bilan, external, (key, value) => show(`${prefix}|${key}`, value));
  return {
    audience,
    personalData: !external,
    notice: external ? EXTERNAL_NOTICE(threshold) : PERSONAL_DATA_NOTICE,
    by: set.grouping,
    period: periodOf(set.period),
    reference: isoFromDay(set.total.reference),
    rulePack: base.rulePack,
    policy: base.policy,
    spread: base.spread,
    ...(external ? { smallCount: threshold, hiddenCounts: masks.size } : { inputDigest: base.inputDigest }),
    total: view(set.total, "total"),
    bilans: set.bilans.map((bilan, index) => view(bilan, String(index))),
  };
}

function periodOf(period: Period | null): BilanView["period"] {
  return period === null ? null : { ...period, label: periodLabel(period) };
}

type Show = (key: string, value: number) => Count;

function bilanView(set: BilanSet, bilan: Bilan, external: boolean, show: Show): BilanView {
  const parts = (name: string, list: readonly Part[]): CountPart[] =>
    list.map((part) => ({ code: part.code, label: part.label, count: show(`people.${name}.${part.code}`, part.value) }));
  const { people, employment } = bilan;
  const view: BilanView = {
    scope: { ...bilan.scope },
    period: periodOf(bilan.period),
    reference: isoFromDay(bilan.reference),
    hours: hoursView(bilan),
    contracts: bilan.contracts.map((row) => ({
      id: row.id,
      label: row.label,
      company: row.company,
      due: row.due,
      realised: row.realised,
      realisedToDate: row.realisedToDate,
      rate: row.rate === null ? null : roundTo(row.rate, 4),
      elapsed: roundTo(row.elapsed, 4),
      status: row.status,
      participants: show(`contract.${row.id}`, row.participants),
    })),
    months: bilan.months.map((month) => ({ ...month })),
    modes: bilan.modes.map((part) => ({ code: part.code, label: part.label, hours: part.value })),
    participants: {
      total: show("people.total", people.total),
      sex: parts("sex", people.sex),
      ageBand: parts("ageBand", people.ageBand),
      qpv: parts("qpv", people.qpv),
      exit: parts("exit", people.exit),
      dynamicExits: show("people.dynamic", people.dynamicExits),
      after6Months: parts("after6Months", people.after6Months),
    },
    employmentContracts: {
      total: show("employment.total", employment.total),
      byType: employment.byType.map((part) => ({ code: part.code, label: part.label, count: show(`employment.${part.code}`, part.value) })),
    },
  };
  if (!external) {
    view.participants.criterion = parts("criterion", people.criterion);
    view.trace = {
      contracts: bilan.contracts.map((row) => row.id),
      lines: describeLines(set.context.base, linesOfBilan(set.context.base, bilan)),
    };
  }
  return view;
}

function hoursView(bilan: Bilan): BilanView["hours"] {
  const { hours } = bilan;
  return {
    due: hours.due,
    realised: hours.realised,
    direct: hours.direct,
    ventilated: hours.ventilated,
    realisedToDate: hours.realisedToDate,
    rate: hours.rate === null ? null : roundTo(hours.rate, 4),
    expectedToDate: roundTo(hours.expectedToDate, 2),
    elapsed: hours.elapsed === null ? null : roundTo(hours.elapsed, 4),
    beyondObligation: hours.beyondObligation,
    excess: hours.excess,
    outOfPeriod: hours.outOfPeriod,
    notCountable: hours.notCountable,
    withoutParticipant: hours.withoutParticipant,
    fte: hours.fte,
  };
}

/**
 * The protected cells of a whole set: within each bilan (each breakdown adds up to its total; the
 * contracts' participants to the bilan's, conservatively) and across bilans (each bilan's count is
 * a part of the territory's), so that no export of the set — nor several of them together — gives
 * a small count back.
 *
 * @example
 * setMasks(set, 5) // => Map { "0|people.sex.F" => "small", "0|people.sex.M" => "complementary", … }
 */
export function setMasks(set: BilanSet, threshold: number): Map<string, Mask> {
  const values = new Map<string, number>();
  const groups: Group[] = [];
  const dynamic = set.context.rules.outcomeCategories.filter((category) => category.dynamic).map((category) => category.code as string);
  const all = [["total", set.total] as const, ...set.bilans.map((bilan, index) => [String(index), bilan] as const)];
  for (const [prefix, bilan] of all) {
    for (const [key, value] of countCells(bilan)) values.set(`${prefix}|${key}`, value);
    for (const group of bilanGroups(bilan, dynamic))
      groups.push({ total: `${prefix}|${group.total}`, parts: group.parts.map((part) => `${prefix}|${part}`) });
  }
  if (set.bilans.length > 0) {
    for (const key of countCells(set.total).keys()) {
      const parts = set.bilans.map((_, index) => `${index}|${key}`).filter((part) => values.has(part));
      if (parts.length > 0) groups.push({ total: `total|${key}`, parts });
    }
  }
  return suppress(values, groups, threshold);
}

const BREAKDOWNS = ["sex", "ageBand", "qpv", "exit", "after6Months"] as const;

/**
 * Every count an external view shows, by key.
 *
 * @example
 * countCells(bilan).get("people.sex.F") // => 3
 */
export function countCells(bilan: Bilan): Map<string, number> {
  const cells = new Map<string, number>([["people.total", bilan.people.total]]);
  for (const name of BREAKDOWNS) for (const part of bilan.people[name]) cells.set(`people.${name}.${part.code}`, part.value);
  cells.set("people.dynamic", bilan.people.dynamicExits);
  cells.set("employment.total", bilan.employment.total);
  for (const part of bilan.employment.byType) cells.set(`employment.${part.code}`, part.value);
  for (const row of bilan.contracts) cells.set(`contract.${row.id}`, row.participants);
  return cells;
}

function bilanGroups(bilan: Bilan, dynamicCodes: readonly string[]): Group[] {
  const groups: Group[] = BREAKDOWNS.map((name) => ({
    total: "people.total",
    parts: bilan.people[name].map((part) => `people.${name}.${part.code}`),
  }));
  const dynamic = bilan.people.exit.filter((part) => dynamicCodes.includes(part.code));
  groups.push({ total: "people.dynamic", parts: dynamic.map((part) => `people.exit.${part.code}`) });
  groups.push({ total: "employment.total", parts: bilan.employment.byType.map((part) => `employment.${part.code}`) });
  if (bilan.contracts.length > 0) groups.push({ total: "people.total", parts: bilan.contracts.map((row) => `contract.${row.id}`) });
  return groups;
}
