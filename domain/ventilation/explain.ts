/**
 * Explaining one contract's figure to a buyer: the rule, the periods in which it was active and what
 * it received in each, and the hour lines its hours came from (the result must be traced).
 */
import { formatNumberFr, formatPercentFr } from "../text";
import type { LineCounting } from "./counting";
import type { LineShare } from "./ledger";
import { POLICY_LABELS, POLICY_RULES, SPREAD_RULES } from "./policies";
import type { MarketOutcome, VentilationResult } from "./ventilate";

export interface PeriodShare {
  start: string;
  end: string;
  /** The contracts active with it, itself included. */
  active: string[];
  /** Pooled hours of the company in the period. */
  pooled: number;
  /** Pooled hours this contract received. */
  received: number;
  /** Pooled hours the other active contracts received. */
  others: number;
  excess: number;
}

export interface MarketExplanation {
  market: MarketOutcome;
  /** One French paragraph: the figure and the rule that produced it. */
  summary: string;
  periods: PeriodShare[];
  /** The lines that credited it, directly or through the pooling, by input line index. */
  lines: LineShare[];
  /** What a counting rule of the modes did to those lines (converted, capped, excluded), one French sentence each. */
  counting: { line: number; text: string }[];
}

/**
 * @example
 * explainMarket(result, "M3").summary
 * // => "M3 (BTP-RIVIERE) : 207,1 h sur 300 h dues (69 %), dont 0 h directes et 207,1 h ventilées. Règle « Fin la plus proche d'abord » : chaque jour, …"
 */
export function explainMarket(result: VentilationResult, id: string): MarketExplanation | null {
  const market = result.markets.find((candidate) => candidate.id === id);
  if (!market) return null;
  const periods = (result.periods ?? [])
    .filter((period) => period.company === market.company && period.active.includes(id))
    .map((period) => {
      const received = period.credited.find((credit) => credit.market === id)?.hours ?? 0;
      const all = period.credited.reduce((sum, credit) => sum + credit.hours, 0);
      return {
        start: period.start,
        end: period.end,
        active: period.active,
        pooled: period.pooled,
        received,
        others: all - received,
        excess: period.excess,
      };
    });
  const lines = (result.lineShares ?? []).filter((share) => share.to === id);
  const credited = new Set(lines.map((share) => share.line));
  const counting = result.counting
    // A line fully excluded or capped credits nothing: it is explained with the contract it is assigned to.
    .filter((detail) => credited.has(detail.line) || detail.market === id)
    .map((detail) => ({ line: detail.line, text: countingSentence(detail) }));
  return { market, summary: summaryOf(result, market), periods, lines, counting };
}

/**
 * What a counting rule did to a line, in French.
 *
 * @example
 * countingSentence({ line: 0, hours: 500, converted: { amount: 30000, labourShare: 0.5, hourlyCost: 30, hours: 500, from: "paquet" } })
 * // => "montant facturé de 30 000 € HT converti en 500 h (part de main-d'œuvre 50 %, coût horaire 30 €/h, valeurs du paquet)"
 */
export function countingSentence(detail: LineCounting): string {
  const parts: string[] = [];
  const { converted, capped, excluded } = detail;
  if (converted)
    parts.push(
      `montant facturé de ${formatNumberFr(converted.amount)} € HT converti en ${formatNumberFr(converted.hours)} h (part de main-d'œuvre ${formatPercentFr(converted.labourShare)}, coût horaire ${formatNumberFr(converted.hourlyCost)} €/h, valeurs ${converted.from === "marché" ? "du marché" : "du paquet"})`,
    );
  if (capped)
    parts.push(
      `${formatNumberFr(capped.hours)} h de formation plafonnées (plafond de ${formatPercentFr(capped.cap)} des heures dues de l'entreprise, soit ${formatNumberFr(capped.limit)} h)`,
    );
  if (excluded) parts.push(`${formatNumberFr(excluded.hours)} h non comptées : ${excluded.reason}`);
  return parts.join(" ; ");
}

function summaryOf(result: VentilationResult, market: MarketOutcome): string {
  const share = market.obligation > 0 ? ` (${formatPercentFr(Math.round((market.total / market.obligation) * 1000) / 1000)})` : "";
  const figure =
    `${market.id} (${market.company}) : ${formatNumberFr(market.total)} h sur ${formatNumberFr(market.obligation)} h dues${share}, ` +
    `dont ${formatNumberFr(market.direct)} h directes et ${formatNumberFr(market.ventilated)} h ventilées.`;
  const pooling = market.pooled
    ? ` Règle « ${POLICY_LABELS[result.policy]} » : ${POLICY_RULES[result.policy]} ; les heures directes d'un jour passent avant.`
    : " Ce marché ne participe à aucune mutualisation : il ne reçoit que les heures qui lui sont affectées.";
  return `${figure}${pooling} Répartition : ${SPREAD_RULES[result.spread]}. Paquet de règles ${result.rulePack}.`;
}
