/**
 * What the « Bilans » pane shows, from the decoded tables and the facilitator's choices: the base
 * (computed once per read of the workbook), the set of bilans of the grouping and period, and its
 * view for the chosen audience. Exports always take an external view, whatever is on screen.
 */
import type { Day, RulePack } from "../../../domain";
import { monthsReversed } from "../../../domain/reporting/errors";
import {
  baseFromRows,
  buildBilans,
  monthLabel,
  monthPeriod,
  reportView,
  type Audience,
  type BilanSet,
  type Grouping,
  type Period,
  type ReportBase,
  type ReportTables,
  type ReportView,
} from "../../../domain/reporting";

export interface BilanChoice {
  grouping: Grouping;
  /** `yyyy-mm` bounds; empty = open. */
  from: string;
  to: string;
  audience: Audience;
}

/**
 * The period chosen from two month lists (empty = from the first / to the last month with hours).
 *
 * @example
 * periodOf({ from: "2026-01", to: "" }, ["2025-11", "2026-12"]) // => { from: "2026-01", to: "2026-12" }
 * periodOf({ from: "2026-10", to: "2026-03" }, months) // throws reporting.period.reversed « « Au mois » (mars 2026) précède … »
 * @throws DomainError `reporting.period.reversed` (said under « Au mois » by the pane)
 */
export function periodOf(choice: Pick<BilanChoice, "from" | "to">, months: readonly string[]): Period | null {
  if (!choice.from && !choice.to) return null;
  const from = choice.from || months[0] || choice.to;
  const to = choice.to || months[months.length - 1] || choice.from;
  // The pane's own wording names its two fields (« Au mois », « Du mois »): it is shown under « Au mois ».
  if (to < from) throw monthsReversed(monthLabel(from), monthLabel(to));
  return monthPeriod(from, to);
}

/**
 * @example
 * const base = paneBase(tables, pack, today);
 */
export function paneBase(tables: ReportTables, pack: RulePack, today: Day): ReportBase {
  return baseFromRows(tables, pack, today);
}

/**
 * The set and the view on screen (chosen audience). The export is protected apart, when a download or
 * a print asks for it, with the releases recorded earlier (`paneRelease`): protecting a whole release
 * costs far more than showing the facilitator's own figures.
 *
 * @example
 * const { set, view } = paneViews(base, pack, { grouping: "buyer", from: "", to: "", audience: "facilitator" });
 */
export function paneViews(base: ReportBase, pack: RulePack, choice: BilanChoice): { set: BilanSet; view: ReportView } {
  const set = buildBilans(base, pack, choice.grouping, periodOf(choice, base.months));
  return { set, view: reportView(set, choice.audience) };
}

/**
 * Who receives the pane's export: the audience shown when it is external, else the company for a
 * bilan by company and the buyer for the others.
 *
 * @example
 * exportAudience("facilitator", "company") // => "company"
 */
export function exportAudience(audience: Audience, grouping: Grouping): Audience {
  return audience !== "facilitator" ? audience : grouping === "company" ? "company" : "buyer";
}
