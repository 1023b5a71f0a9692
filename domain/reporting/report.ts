/**
 * A set of bilans: one per buyer, contract, company or year, and the territory's, over one period.
 * The figures are the facilitator's (nothing masked); `reportView` turns them into what an audience
 * may receive.
 */
import { valueOn } from "../rules";
import { sectionOf, type RulePack } from "../rules";
import { eligibilitySection } from "../eligibility";
import { sizingSection } from "../sizing/rules";
import { computeBilan, type Bilan, type BilanContext } from "./indicators";
import type { Period, ReportBase } from "./model";
import { periodDays, yearsOf } from "./period";
import { reportingSection } from "./rules";
import { bucketOf, bucketsOf, scopesOf, TERRITORY, type Grouping } from "./scopes";

export interface BilanSet {
  /** null: the territory alone. */
  grouping: Grouping | null;
  period: Period | null;
  /** The territory over the whole period (what the bilans of a grouping add up to). */
  total: Bilan;
  bilans: Bilan[];
  context: BilanContext;
}

/**
 * The bilans of a grouping over a period (null: every month with hours), and the territory's.
 *
 * @example
 * const set = buildBilans(base, pack, "buyer", { from: "2026-01", to: "2026-12" });
 * set.bilans.map((bilan) => bilan.hours.realised) // => one figure per buyer; they add up to set.total.hours.realised
 */
export function buildBilans(base: ReportBase, pack: RulePack, grouping: Grouping | null, period: Period | null): BilanSet {
  return bilansOf(bilanContext(base, pack, period), grouping, period);
}

/**
 * The same, from a context already read (another grouping or period of the same territory: what a
 * release is protected with).
 *
 * @example
 * bilansOf(set.context, "contract", set.period).bilans.length // => one per contract
 */
export function bilansOf(context: BilanContext, grouping: Grouping | null, period: Period | null): BilanSet {
  const { base } = context;
  const territory = bucketOf(bucketsOf(base, "territory"), TERRITORY);
  const total = computeBilan(context, TERRITORY, period, territory);
  if (grouping === null) return { grouping, period, total, bilans: [], context };
  if (grouping === "year") {
    const bilans = yearsOf(base.months, period).map((year) => computeBilan(context, TERRITORY, year, territory));
    return { grouping, period, total, bilans, context };
  }
  const buckets = bucketsOf(base, grouping);
  const bilans = scopesOf(base, grouping).map((scope) => computeBilan(context, scope, period, bucketOf(buckets, scope)));
  return { grouping, period, total, bilans, context };
}

/**
 * What every bilan of a set reads from the pack: the reporting rules, the hours of one FTE on the
 * reference date, the criteria's labels in rank order.
 *
 * @example
 * bilanContext(base, pack, null).hoursPerFte // => 1600
 */
export function bilanContext(base: ReportBase, pack: RulePack, period: Period | null): BilanContext {
  const day = period === null ? base.today : Math.min(base.today, periodDays(period).end);
  const criteria = [...sectionOf(pack, eligibilitySection).criteria]
    .filter((criterion) => criterion.kind === "criterion")
    .sort((a, b) => a.rank - b.rank)
    .map(({ code, label }) => ({ code, label }));
  return {
    base,
    rules: sectionOf(pack, reportingSection),
    hoursPerFte: valueOn(sectionOf(pack, sizingSection).hoursPerFte, day, "heures par ETP").value,
    criteria,
  };
}
