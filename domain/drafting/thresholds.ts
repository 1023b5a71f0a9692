/**
 * Which EU threshold applies to a contract, and its value on a day.
 */
import { thresholdUnknown } from "./errors";
import { isoFromDay, type Day } from "../dates";
import { valueOn } from "../rules/dated";
import type { BuyerType, ContractKind } from "./input";
import type { DraftingRules, ThresholdCategory } from "./rules";

export interface ThresholdFacts {
  category: ThresholdCategory;
  /** « fournitures et services, collectivités et autres pouvoirs adjudicateurs ». */
  label: string;
  value: number;
  period: string;
  confirmed: boolean;
  source: string;
}

/**
 * The threshold category: works and concessions share one; supplies and services depend on the
 * buyer (State, other contracting authorities, utilities), and defence and security contracts use
 * the utilities' figure (432 000 € HT in 2026–2027).
 *
 * @example
 * thresholdCategory({ buyerType: "collectivite", kind: "services" }) // => "supplies-services-other"
 * thresholdCategory({ buyerType: "etat", kind: "works" }) // => "works-concessions"
 * thresholdCategory({ buyerType: "etat", kind: "supplies", defence: true }) // => "supplies-services-utilities"
 */
export function thresholdCategory(contract: {
  buyerType: BuyerType;
  kind: ContractKind;
  defence?: boolean;
  concession?: boolean;
}): ThresholdCategory {
  if (contract.concession || contract.kind === "works") return "works-concessions";
  if (contract.defence || contract.buyerType === "entite-adjudicatrice") return "supplies-services-utilities";
  return contract.buyerType === "etat" ? "supplies-services-central" : "supplies-services-other";
}

/**
 * The threshold of a category in force on a day, or a French error naming the periods the pack knows.
 *
 * @example
 * euThreshold(rules, "supplies-services-other", dayFromIso("2026-09-15")) // => { value: 216000, period: "2026-2027", … }
 * euThreshold(rules, "supplies-services-other", dayFromIso("2025-06-01")).value // => 221000
 */
export function euThreshold(rules: DraftingRules, category: ThresholdCategory, day: Day, field = "launchDate"): ThresholdFacts {
  const list = rules.euThresholds[category];
  try {
    // valueOn returns the entry itself, so it keeps its `period`.
    const entry = valueOn(list.values, day, `seuil européen (${list.label})`) as (typeof list.values)[number];
    return { category, label: list.label, value: entry.value, period: entry.period, confirmed: entry.confirmed, source: entry.source };
  } catch {
    const known = list.values.map((entry) => `${entry.period} (${entry.validFrom} au ${entry.validTo ?? "…"})`).join(", ");
    throw thresholdUnknown(isoFromDay(day), known, field);
  }
}

/**
 * Whether the pack knows a threshold for the day.
 *
 * @example
 * hasThresholdOn(rules, "works-concessions", dayFromIso("2020-01-01")) // => false
 */
export function hasThresholdOn(rules: DraftingRules, category: ThresholdCategory, day: Day): boolean {
  try {
    euThreshold(rules, category, day);
    return true;
  } catch {
    return false;
  }
}
