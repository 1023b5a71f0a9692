/**
 * Renewals: a buyer's recurring purchases (same CPV family, similar object) whose latest contract
 * ends soon and carried no clause — the contracts to talk about before the next consultation.
 */
import { addMonthsToDay, dayFromIso, isoFromDay, type Day } from "../dates";
import { errorsOf } from "../errors";
import { sizeContract } from "../sizing/size";
import type { SizingRules } from "../sizing/rules";
import { normalizeLabel } from "../text";
import { presetForCpv, sameCpvFamily } from "./cpv";
import type { DecpContract } from "./record";
import type { ProcurementRules } from "./rules";
import { carriesClause, currentAmount, estimatedEnd } from "./timeline";

/** Words that say nothing of what is bought. */
const STOP_WORDS = new Set(
  "a au aux d de des du en et l la le les un une pour par sur dans avec sans ou n no lot lots marche marches accord cadre prestations prestation travaux services service fourniture fournitures relatif relatifs relative relatives".split(
    " ",
  ),
);

/**
 * The significant words of an object (accents, case, numbers and small words removed).
 *
 * @example
 * objectWords("Nettoyage des locaux de la mairie 2024-2027") // => Set { "nettoyage", "locaux", "mairie" }
 */
export function objectWords(object: string): Set<string> {
  return new Set(
    normalizeLabel(object)
      .split(" ")
      .filter((word) => word.length > 1 && !/^\d+$/.test(word) && !STOP_WORDS.has(word)),
  );
}

/**
 * How alike two objects are: the share of the shorter one's significant words found in the other
 * (1 when one object's words are all in the other; 0 when none are shared, or an object has none).
 *
 * @example
 * objectSimilarity("Nettoyage des locaux de la mairie", "Nettoyage locaux mairie et écoles") // => 1
 * objectSimilarity("Nettoyage des locaux", "Entretien des espaces verts") // => 0
 */
export function objectSimilarity(a: string, b: string): number {
  const left = objectWords(a);
  const right = objectWords(b);
  const smaller = Math.min(left.size, right.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / smaller;
}

export interface Renewal {
  buyer: string;
  cpv: string;
  lastId: string;
  /** Estimated end of the latest contract (ISO). */
  ends: string;
  /** Sizing of a clause on the latest contract's amount, or null when no labour share is known for its trade. */
  estimatedHours: number | null;
  /** The contracts of the series, oldest first. */
  series: string[];
  trade: string | null;
  labourShare: number | null;
  /** Why the hours are what they are, in French. */
  sizing: string;
}

/**
 * The renewals due within the horizon, for the buyers given.
 *
 * @example
 * findRenewals(contracts, rules, sizingRules, "national@2026.11.1", dayFromIso("2026-12-01"))
 * // => [{ buyer: "21…", cpv: "90911200", lastId: "NET-2024", ends: "2027-03-31", estimatedHours: null, series: ["NET-2021", "NET-2024"], … }]
 */
export function findRenewals(
  contracts: readonly DecpContract[],
  rules: ProcurementRules,
  sizing: SizingRules,
  rulePack: string,
  today: Day,
): Renewal[] {
  const horizon = addMonthsToDay(today, rules.renewals.horizonMonths);
  const renewals: Renewal[] = [];
  for (const series of seriesOf(contracts, rules)) {
    if (series.length < rules.renewals.minimumContracts) continue;
    const latest = series[series.length - 1]!;
    const ends = estimatedEnd(latest);
    if (carriesClause(latest) || ends < today || ends > horizon) continue;
    renewals.push({
      buyer: latest.buyer,
      cpv: latest.cpv!,
      lastId: latest.id,
      ends: isoFromDay(ends),
      ...estimate(latest, rules, sizing, rulePack, today),
      series: series.map((contract) => contract.id),
    });
  }
  return renewals.sort((a, b) => a.ends.localeCompare(b.ends) || a.buyer.localeCompare(b.buyer) || a.lastId.localeCompare(b.lastId));
}

/**
 * Groups each buyer's markets into series: two markets are linked when their CPV codes are of the
 * same family and their objects alike; a series is a connected group, oldest notification first.
 */
function seriesOf(contracts: readonly DecpContract[], rules: ProcurementRules): DecpContract[][] {
  const markets = contracts.filter((contract) => contract.cpv !== null);
  const parent = markets.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  for (let i = 0; i < markets.length; i += 1) {
    for (let j = i + 1; j < markets.length; j += 1) {
      const a = markets[i]!;
      const b = markets[j]!;
      if (a.buyer !== b.buyer || !sameCpvFamily(a.cpv!, b.cpv!)) continue;
      if (objectSimilarity(a.object, b.object) >= rules.renewals.minimumSimilarity) parent[root(i)] = root(j);
    }
  }
  const groups = new Map<number, DecpContract[]>();
  markets.forEach((contract, index) => groups.set(root(index), [...(groups.get(root(index)) ?? []), contract]));
  const byStart = (a: DecpContract, b: DecpContract) => dayFromIso(a.notified) - dayFromIso(b.notified) || a.id.localeCompare(b.id);
  return [...groups.values()].map((group) => group.sort(byStart));
}

/** Hours of a clause on the latest amount, with the trade the CPV code maps to. */
function estimate(
  contract: DecpContract,
  rules: ProcurementRules,
  sizing: SizingRules,
  rulePack: string,
  today: Day,
): Pick<Renewal, "estimatedHours" | "trade" | "labourShare" | "sizing"> {
  const found = presetForCpv(rules, sizing.trades, contract.cpv!);
  if (!found) return { estimatedHours: null, trade: null, labourShare: null, sizing: `aucun métier associé au code CPV ${contract.cpv}` };
  const { trade } = found;
  if (trade.labourShare === null) {
    return {
      estimatedHours: null,
      trade: trade.code,
      labourShare: null,
      sizing: `part de main-d'œuvre du métier « ${trade.label} » à confirmer : heures non estimées`,
    };
  }
  try {
    const result = sizeContract(
      { method: "labour-cost", lots: [{ id: contract.id, amount: currentAmount(contract), trade: trade.code }] },
      sizing,
      rulePack,
      today,
    );
    const lot = result.lots[0]!;
    return {
      estimatedHours: lot.hours,
      trade: trade.code,
      labourShare: trade.labourShare,
      sizing: `${lot.amount} € HT × ${trade.labourShare} (${trade.label}) × ${lot.insertionRate} ÷ ${lot.hourlyCost} €/h`,
    };
  } catch (error) {
    const reasons = errorsOf(error).map((found) => found.reason);
    if (reasons.length === 0) throw error;
    return { estimatedHours: null, trade: trade.code, labourShare: trade.labourShare, sizing: reasons.join(" ; ") };
  }
}
