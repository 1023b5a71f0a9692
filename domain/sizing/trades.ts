/**
 * Finding a trade's labour share in the rule pack.
 */
import { tradeUnconfirmed, tradeUnknown } from "./errors";
import { normalizeLabel } from "../text";
import type { SizingRules, Trade } from "./rules";

/**
 * The trade a facilitator means, by code or label, accents and case ignored.
 *
 * @example
 * findTrade(rules, "Peinture intérieure") // => { code: "peinture", labourShare: 0.7, … }
 * findTrade(rules, "PEINTURE") // => the same trade
 * findTrade(rules, "plomberie") // => null
 */
export function findTrade(rules: SizingRules, text: string): Trade | null {
  const wanted = normalizeLabel(text);
  return rules.trades.find((trade) => normalizeLabel(trade.code) === wanted || normalizeLabel(trade.label) === wanted) ?? null;
}

/**
 * The labour share of a trade, or a French error saying what to do: an unknown trade lists the
 * known ones; a trade whose share no source gives (« à confirmer ») asks for a value.
 *
 * @example
 * tradeLabourShare(rules, "peinture") // => { share: 0.7, trade: { code: "peinture", … } }
 * tradeLabourShare(rules, "gros-oeuvre") // throws "la part de main-d'œuvre du métier « Gros œuvre » est à confirmer : …"
 * @throws DomainError `sizing.trade.unknown`, `sizing.trade.unconfirmed`
 */
export function tradeLabourShare(rules: SizingRules, text: string, field = "trade"): { share: number; trade: Trade } {
  const trade = findTrade(rules, text);
  if (!trade) {
    const known = rules.trades.map((entry) => entry.code).join(", ");
    throw tradeUnknown(text, known, field);
  }
  if (trade.labourShare === null) {
    throw tradeUnconfirmed(trade.label, field);
  }
  return { share: trade.labourShare, trade };
}
