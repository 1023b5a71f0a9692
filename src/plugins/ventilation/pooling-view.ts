/**
 * What the « Mutualisation » panel shows, computed from the decoded tables: the ventilation under
 * the chosen rule (every company, with its detail, ready to be written), the four policies side by
 * side when asked, and the figures of the company the facilitator picked. Kept out of React to be
 * tested alone.
 */
import type { RulePack } from "../../../domain";
import { ventilatePrepared, type PreparedTerritory } from "../../../domain/territory";
import {
  explainMarket,
  POLICIES,
  ventilationOptions,
  type MarketExplanation,
  type CompanyOutcome,
  type MarketOutcome,
  type Policy,
  type Spread,
  type VentilationResult,
} from "../../../domain/ventilation";

export interface PoolingView {
  /** Under the chosen rule, for every company: the totals the pane shows (no detail, no trace). */
  result: VentilationResult;
  companies: string[];
}

export interface DetailedView extends PoolingView {
  /**
   * Under the chosen rule, for every company, with the detail (what is written: `need` "records")
   * or the trace (what explains a contract: `need` "explanation").
   */
  result: VentilationResult;
  /** Sheet row of each line of the request (to name the Heures rows a figure came from). */
  lineRows: number[];
}

/**
 * The figures the pane shows under the chosen rule: contracts and companies, totals only. At
 * 100 000 lines the detail by participant and month costs several times the totals: it is computed
 * apart (`poolingView`), for what needs it (writing the Ventilation table, explaining a contract).
 * The territory is prepared once per read (`prepareTerritory`: Participants' windows, checked lines)
 * for every rule and spread shown.
 *
 * @example
 * shownView(prepareTerritory({ markets, hours, participants }, pack, today), pack, { policy: "earliest-end", spread: "calendar" }).result.markets[0].total // => 600
 */
export function shownView(
  territory: PreparedTerritory,
  pack: RulePack,
  choice: { policy: Policy; spread: Spread; inputDigest?: string },
): PoolingView {
  // The same function as the custom functions and `clauses run` (`ventilateTerritory`): Participants' windows included.
  const { result } = ventilatePrepared(territory, ventilationOptions(pack, choice));
  return { result, companies: [...new Set(result.markets.map((market) => market.company))] };
}

/**
 * The ventilation under the chosen rule with the detail by participant and month: what the rows
 * written are built from. Without the trace (what explains a contract: `tracedView`, one company).
 *
 * @example
 * poolingView(prepareTerritory({ markets, hours, participants }, pack, today), pack, { policy: "earliest-end", spread: "calendar" }).result.allocations?.length // => 157 068 at 100 000 lines
 */
export function poolingView(
  territory: PreparedTerritory,
  pack: RulePack,
  choice: { policy: Policy; spread: Spread; inputDigest?: string },
): DetailedView {
  // The same function as the custom functions and `clauses run`: Participants' windows included.
  const { result, rows } = ventilatePrepared(territory, ventilationOptions(pack, { ...choice, detail: true }));
  const companies = [...new Set(result.markets.map((market) => market.company))];
  return { result, lineRows: rows.lines, companies };
}

/**
 * The ventilation of one company with its trace (its periods, where each of its lines went): what
 * explains one of its contracts. A company's figures do not depend on the others', so this costs a
 * company's lines, not the territory's (a trace of 100 000 lines is the dearest ventilation).
 * Its result is for `explainedContract` alone: the other companies are not ventilated in it.
 *
 * @example
 * explainedContract(tracedView(territory, pack, { policy: "earliest-end", spread: "calendar" }, "BTP-RIVIERE"), "M3")?.summary
 */
export function tracedView(
  territory: PreparedTerritory,
  pack: RulePack,
  choice: { policy: Policy; spread: Spread; inputDigest?: string },
  company: string,
): DetailedView {
  const options = { ...ventilationOptions(pack, { ...choice, trace: true }), onlyCompany: company };
  const { result, rows } = ventilatePrepared(territory, options);
  const companies = [...new Set(result.markets.map((market) => market.company))];
  return { result, lineRows: rows.lines, companies };
}

/**
 * A contract's explanation, its lines named by their sheet rows in Heures (what the pane shows).
 *
 * @example
 * explainedContract(detailed, "M3")?.lines[0].line // => 12 (the Heures row, not the line's index)
 */
export function explainedContract(view: DetailedView, id: string): MarketExplanation | null {
  const explanation = explainMarket(view.result, id);
  if (!explanation) return null;
  const row = (line: number) => view.lineRows[line] ?? line + 1;
  return {
    ...explanation,
    lines: explanation.lines.map((share) => ({ ...share, line: row(share.line) })),
    counting: explanation.counting.map((entry) => ({ ...entry, line: row(entry.line) })),
  };
}

/**
 * The ventilation under each of the four rules (totals only), the chosen one reused.
 *
 * @example
 * policyResults(territory, pack, view.result)["pro-rata"].markets[0].total // => 534.7891
 */
export function policyResults(territory: PreparedTerritory, pack: RulePack, chosen: VentilationResult): Record<Policy, VentilationResult> {
  return Object.fromEntries(
    POLICIES.map((policy) => [
      policy,
      policy === chosen.policy
        ? chosen
        : ventilatePrepared(territory, ventilationOptions(pack, { policy, spread: chosen.spread, inputDigest: chosen.inputDigest })).result,
    ]),
  ) as Record<Policy, VentilationResult>;
}

/**
 * The contracts of one company, or all (`""`).
 *
 * @example
 * marketsOf(result, "BTP-RIVIERE").map((market) => market.id) // => ["M1", "M2", "M3"]
 */
export function marketsOf(result: VentilationResult, company: string): MarketOutcome[] {
  return company === "" ? result.markets : result.markets.filter((market) => market.company === company);
}

/**
 * The companies with hours set aside (excess, out of period, not countable), of one company or all.
 *
 * @example
 * setAsideOf(result, "").map((company) => company.company) // => ["BTP-RIVIERE"]
 */
export function setAsideOf(result: VentilationResult, company: string): CompanyOutcome[] {
  return result.companies.filter(
    (candidate) =>
      (company === "" || candidate.company === company) && candidate.excess + candidate.outOfPeriod + candidate.notCountable > 0.005,
  );
}
