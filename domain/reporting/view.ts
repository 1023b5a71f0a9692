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
import type { CountingPart } from "./counting";
import type { Part, Period } from "./model";
import { periodLabel } from "./period";
import { bilanMeasures, cellKey, protectLinked, type LinkedMask, type ProtectionOptions } from "./linked";
import { bilansOf, type BilanSet } from "./report";
import { GROUPINGS } from "./scopes";
import { describeLines, linesOfBilan } from "./trace";
import {
  EVERY_CELL,
  EVERY_OUTCOME,
  isOutcomeKey,
  outcomesNotice,
  outcomesReason,
  releaseCells,
  samePeriod,
  withheldCause,
  withheldCells,
  withheldNotice,
  withheldOutcomes,
  withheldProtection,
  withheldReason,
  type ReleaseProtection,
  type WithheldCause,
  type WithheldFamily,
} from "./withheld";

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
  `Agrégats seulement : les effectifs de 1 à ${threshold - 1} personnes sont affichés « ${smallMark(threshold)} », d'autres cases sont « ${COMPLEMENTARY_MARK} » pour qu'aucun ne se retrouve par soustraction, même en rapprochant tous les bilans diffusés (acheteurs, marchés, entreprises, années, périodes précédentes), et un groupe de moins de ${threshold} personnes n'a pas de répartition.`;

/**
 * Why a small group has no breakdown (the line shown in its place).
 *
 * @example
 * SMALL_GROUP_REASON(5) // => "Moins de 5 personnes : aucune répartition (sexe, âge, QPV, sortie, type de contrat) n'est donnée, pour que personne ne soit reconnaissable."
 */
export const SMALL_GROUP_REASON = (threshold: number) =>
  `Moins de ${threshold} personnes : aucune répartition (sexe, âge, QPV, sortie, type de contrat) n'est donnée, pour que personne ne soit reconnaissable.`;

export interface CountPart {
  code: string;
  label: string;
  count: Count;
}

/** The distributions of a group's people. */
export interface PeopleBreakdown {
  sex: CountPart[];
  ageBand: CountPart[];
  qpv: CountPart[];
  exit: CountPart[];
  dynamicExits: Count;
  after6Months: CountPart[];
  /** Facilitator only. */
  criterion?: CountPart[];
}

/** A group under the threshold: its total only, and why. */
export interface NoBreakdown {
  breakdown: null;
  reason: string;
}

export type ParticipantsView = ({ total: Count } & PeopleBreakdown) | ({ total: Count } & NoBreakdown);
export type EmploymentView = { total: Count; byType: CountPart[] } | ({ total: Count } & NoBreakdown);

/**
 * The people's distributions of a bilan, or null for a group under the threshold.
 *
 * @example
 * peopleBreakdown(view.bilans[0])?.sex // => [{ code: "F", label: "Femme", count: "< 5" }, …], or undefined when the group is small
 */
export function peopleBreakdown(bilan: BilanView): PeopleBreakdown | null {
  return "breakdown" in bilan.participants ? null : bilan.participants;
}

/**
 * Employment contracts by type, or null for a group under the threshold.
 *
 * @example
 * employmentTypes(view.bilans[0]) // => [{ code: "CDI", label: "CDI", count: 0 }, …] or null
 */
export function employmentTypes(bilan: BilanView): CountPart[] | null {
  return "breakdown" in bilan.employmentContracts ? null : bilan.employmentContracts.byType;
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
    /** What the counting rules of the modes did to the contract's hours (converted, capped, excluded), with the rule's version. */
    counting: CountingView[];
  }[];
  months: { month: string; direct: number; ventilated: number }[];
  modes: { code: string; label: string; hours: number }[];
  participants: ParticipantsView;
  employmentContracts: EmploymentView;
  /** The counting rules applied to the bilan's hours: its contracts' and, for a company or the territory, its pooled lines'. */
  counting: CountingView[];
  /** Facilitator only: the contracts and hour lines behind the bilan's hours. */
  trace?: { contracts: string[]; lines: string };
}

/** Hours one counting rule (in one version) converted, capped or excluded, and the French sentence that says it. */
export interface CountingView {
  rule: string;
  version: string;
  confirmed: boolean;
  hours: number;
  text: string;
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
  /** External audiences: the threshold and how many counts of this view are hidden. */
  smallCount?: number;
  hiddenCounts?: number;
  /**
   * External audiences, when the release could not be protected (withheld.ts): no count of people
   * or employment contracts is given — each is « masqué » with no bound, every group has
   * `breakdown: null` with this reason — and the hours are exact. With `families` (`["outcomes"]`:
   * the ladder's second step), only those families are « masqué » with no bound (exit categories,
   * dynamic exits, situation after 6 months, in every bilan); the other counts are protected as
   * usual (« < 5 », « masqué » 0 or at least 5) and small groups keep their usual line.
   */
  withheld?: { cause: WithheldCause; reason: string; families?: WithheldFamily[] };
  total: BilanView;
  bilans: BilanView[];
}

/**
 * The set of bilans as an audience may receive it. External views are protected over every table
 * of the release (`releaseProtection`: every grouping of the period, and the earlier releases when
 * given); the facilitator's view hides nothing.
 *
 * @example
 * reportView(set, "buyer").bilans[0].participants // => { total: "< 5", breakdown: null, reason: "Moins de 5 personnes : …" }
 */
export function reportView(set: BilanSet, audience: Audience, protection?: ReleaseProtection): ReportView {
  const { base, rules } = set.context;
  const external = audience !== "facilitator";
  const threshold = rules.smallCount.value;
  const linked = external ? (protection ?? releaseProtection(set)) : null;
  const withheld = linked?.withheld;
  // Only some families left out (the ladder's second step): the other cells as their masks say.
  const families = linked?.families;
  let hidden = 0;
  const show = (key: string, value: number): Count => {
    // A withheld release gives no count of people at all, whatever the masks say of one cell.
    // Left out, an outcome is « masqué » even where an earlier release of the same months gave it.
    const mask = withheld && (!families || isOutcomeKey(key)) ? "withheld" : linked?.masks.get(key);
    if (mask === undefined || mask === "absent") return value;
    hidden += 1;
    return mask === "small" ? smallMark(threshold) : COMPLEMENTARY_MARK;
  };
  const view = (bilan: Bilan) => bilanView(set, bilan, linked, show);
  const total = view(set.total);
  const bilans = set.bilans.map(view);
  return {
    audience,
    personalData: !external,
    notice: withheld
      ? families
        ? outcomesNotice(EXTERNAL_NOTICE(threshold), withheld)
        : withheldNotice(withheld)
      : external
        ? EXTERNAL_NOTICE(threshold)
        : PERSONAL_DATA_NOTICE,
    by: set.grouping,
    period: periodOf(set.period),
    reference: isoFromDay(set.total.reference),
    rulePack: base.rulePack,
    policy: base.policy,
    spread: base.spread,
    ...(external ? { smallCount: threshold, hiddenCounts: hidden } : { inputDigest: base.inputDigest }),
    ...(withheld
      ? {
          withheld: families
            ? { cause: withheld, reason: outcomesReason(withheld), families: [...families] }
            : { cause: withheld, reason: withheldReason(withheld) },
        }
      : {}),
    total,
    bilans,
  };
}

/** How a release is protected: the linked protection's options, and whether it may fall back to withholding. */
export interface ReleaseOptions extends ProtectionOptions {
  /**
   * False: a release the linked protection cannot protect is refused (its error goes up), as before
   * the withheld fallback and the ladder (no step 2 either) — kept to show what they change. Default true.
   */
  withhold?: boolean;
}

/**
 * The protection of a release: every grouping (buyer, contract, company, year) over the set's
 * period and over the periods of earlier releases, masks decided together. A ladder, in a fixed
 * order, each step only when the one before cannot be protected (`reporting.release.locked`,
 * `tooLarge`, `unproven`): (1) the whole release; (2) the same release with its outcomes left out
 * (exit categories, dynamic exits, situation after 6 months: in every scope and grouping, not only
 * the stuck ones — which are stuck depends on the people), protected as usual on what remains;
 * (3) the release withheld: no count of people, the hours exact (withheld.ts). A release whose
 * tables hold a count an earlier release withheld starts at the step that release stopped at.
 *
 * @example
 * releaseProtection(set).masks.get("2026-01:2026-12|M5|sex.M") // => "small"
 * releaseProtection(yearSet, [januaryJune]).withheld // => "locked" on the demo territory
 * releaseProtection(setWithStuckExits).families // => ["outcomes"] (step 2)
 * @throws DomainError `reporting.release.tooLarge`, `reporting.release.locked` or `reporting.release.unproven` only with `{ withhold: false }`
 */
export function releaseProtection(set: BilanSet, earlier: readonly EarlierRelease[] = [], options: ReleaseOptions = {}): ReleaseProtection {
  const periods = new Map<string, Period | null>([[JSON.stringify(set.period), set.period]]);
  for (const release of earlier) periods.set(JSON.stringify(release.period), release.period);
  const sets = [...periods.values()].flatMap((period) => GROUPINGS.map((grouping) => bilansOf(set.context, grouping, period)));
  const cells = earlierCells(sets, earlier);
  const threshold = set.context.rules.smallCount.value;
  const { withhold = true, ...protection } = options;
  const own = sets.filter((other) => samePeriod(other.period, set.period));
  const withheldBefore = [...releaseCells(own)].filter((key) => cells.hidden.get(key) === "withheld");
  // What an earlier release withheld stays withheld, with no bound: a release showing it is withheld too.
  if (withhold && withheldBefore.some((key) => !isOutcomeKey(key))) return withheldProtection(own, threshold, "earlier", cells.hidden);
  const withoutOutcomes = (cause: WithheldCause): ReleaseProtection => {
    try {
      const linked = protectLinked(sets, threshold, cells, { ...protection, leftOut: isOutcomeKey });
      return { ...linked, withheld: cause, families: ["outcomes"] };
    } catch (error) {
      const again = withheldCause(error);
      if (again === null) throw error;
      return withheldProtection(own, threshold, again, cells.hidden);
    }
  };
  // Only outcomes withheld before: they stay so, the rest is protected as usual (step 2).
  if (withhold && withheldBefore.length > 0) return withoutOutcomes("earlier");
  try {
    return protectLinked(sets, threshold, cells, protection);
  } catch (error) {
    const cause = withhold ? withheldCause(error) : null;
    if (cause === null) throw error;
    return withoutOutcomes(cause);
  }
}

/**
 * The release withheld whole (the ladder's last step) in place of `protection`, a release protected
 * with only some families left out: for a register that cannot hold its hidden cells one by one
 * (a cell of « Diffusions »), where a withheld release fits (`{"*": "withheld"}`). Never less
 * protected: a withheld release publishes no count of people at all.
 *
 * @example
 * withheldInstead(set, stepTwo).families // => undefined (every count of people « masqué », hours exact)
 */
export function withheldInstead(set: BilanSet, protection: ReleaseProtection): ReleaseProtection {
  const own = GROUPINGS.map((grouping) => bilansOf(set.context, grouping, set.period));
  return withheldProtection(own, set.context.rules.smallCount.value, protection.withheld ?? "tooLarge", new Map());
}

/** A cell hidden by a release, as the register keeps it. */
export type HiddenMask = Exclude<LinkedMask, "absent">;

/** What an earlier release showed: the scopes it held over its period, and the cells it hid. */
export interface EarlierRelease {
  period: Period | null;
  /** `kind:id` of each bilan released (`territory:`, `buyer:VILLE-VR`, `contract:M3`, `year:2026-01:2026-12`). */
  scopes: readonly string[];
  /** Cell keys; `*` → `withheld` for a withheld release (every count of its period, every grouping); `*|outcomes` → `withheld` for one with its outcomes left out. */
  hidden: ReadonlyMap<string, HiddenMask>;
}

/**
 * The scope of a bilan as the register writes it.
 *
 * @example
 * scopeKey(bilan) // => "buyer:VILLE-VR"
 */
export function scopeKey(bilan: Bilan, grouping: string | null): string {
  if (grouping === "year" && bilan.scope.kind === "territory") return `year:${bilan.period?.from ?? ""}:${bilan.period?.to ?? ""}`;
  return `${bilan.scope.kind}:${bilan.scope.id ?? ""}`;
}

function earlierCells(sets: readonly BilanSet[], earlier: readonly EarlierRelease[]) {
  const shown = new Set<string>();
  const hidden = new Map<string, HiddenMask>();
  const leftOut = new Set<string>();
  for (const release of earlier) {
    // Withheld wins over any other mask of the same cell (it is the one without a bound).
    for (const [key, mask] of release.hidden)
      if (key !== EVERY_CELL && key !== EVERY_OUTCOME && hidden.get(key) !== "withheld") hidden.set(key, mask);
    if (release.hidden.get(EVERY_CELL) === "withheld") {
      // A withheld release showed nothing of people: every count of its period stays withheld.
      for (const key of withheldCells(sets, release.period)) hidden.set(key, "withheld");
      continue;
    }
    // Outcomes left out: none of them was shown by this release; the other cells as recorded.
    const outcomes = release.hidden.get(EVERY_OUTCOME) === "withheld" ? withheldOutcomes(sets, release.period) : new Set<string>();
    for (const key of outcomes) leftOut.add(key);
    const wanted = new Set(release.scopes);
    for (const set of sets) {
      if (JSON.stringify(set.period) !== JSON.stringify(release.period)) continue;
      for (const bilan of [set.total, ...set.bilans]) {
        if (!wanted.has(scopeKey(bilan, bilan === set.total ? null : set.grouping))) continue;
        for (const measure of bilanMeasures(bilan).keys()) {
          const key = cellKey(bilan, measure);
          if (!release.hidden.has(key) && !outcomes.has(key)) shown.add(key);
        }
      }
    }
  }
  // Withheld without a bound only when no other release showed the cell or bounded it.
  for (const key of leftOut) if (!hidden.has(key) && !shown.has(key)) hidden.set(key, "withheld");
  return { shown, hidden };
}

function periodOf(period: Period | null): BilanView["period"] {
  return period === null ? null : { ...period, label: periodLabel(period) };
}

type Show = (key: string, value: number) => Count;

function bilanView(set: BilanSet, bilan: Bilan, linked: ReleaseProtection | null, show: Show): BilanView {
  const key = (measure: string) => (linked ? linked.keyOf(bilan, measure) : measure);
  const cell = (measure: string, value: number) => show(key(measure), value);
  const parts = (name: string, list: readonly Part[]): CountPart[] =>
    list.map((part) => ({ code: part.code, label: part.label, count: cell(`${name}.${part.code}`, part.value) }));
  const { people, employment } = bilan;
  const small = linked?.isSmallGroup(bilan) ?? false;
  const threshold = set.context.rules.smallCount.value;
  const periodPart = bilan.period === null ? "*" : `${bilan.period.from}:${bilan.period.to}`;
  const reason = linked?.withheld && !linked.families ? withheldReason(linked.withheld) : SMALL_GROUP_REASON(threshold);
  const participants: ParticipantsView = small
    ? { total: cell("people", people.total), breakdown: null, reason }
    : {
        total: cell("people", people.total),
        sex: parts("sex", people.sex),
        ageBand: parts("ageBand", people.ageBand),
        qpv: parts("qpv", people.qpv),
        exit: parts("exit", people.exit),
        dynamicExits: cell("dynamic", people.dynamicExits),
        after6Months: parts("after6Months", people.after6Months),
        ...(linked ? {} : { criterion: parts("criterion", people.criterion) }),
      };
  const employmentContracts: EmploymentView = small
    ? { total: cell("employment", employment.total), breakdown: null, reason }
    : { total: cell("employment", employment.total), byType: parts("employment", employment.byType) };
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
      participants: linked ? show(`${periodPart}|${row.id}|people`, row.participants) : row.participants,
      counting: row.counting.map(countingView),
    })),
    months: bilan.months.map((month) => ({ ...month })),
    modes: bilan.modes.map((part) => ({ code: part.code, label: part.label, hours: part.value })),
    participants,
    employmentContracts,
    counting: bilan.counting.map(countingView),
  };
  if (!linked) {
    view.trace = {
      contracts: bilan.contracts.map((row) => row.id),
      lines: describeLines(set.context.base, linesOfBilan(set.context.base, bilan)),
    };
  }
  return view;
}

function countingView({ rule, version, confirmed, hours, text }: CountingPart): CountingView {
  return { rule, version, confirmed, hours, text };
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
