/**
 * The sizing formula in words, as the wizard shows it and a buyer can check it.
 */
import { formatNumberFr, formatPercentFr } from "../text";
import type { SizedLot } from "./size";
import type { SizingRules } from "./rules";

/**
 * One French sentence per lot.
 *
 * @example
 * explainLot({ id: "1", amount: 1000000, labourShare: 0.5, insertionRate: 0.05, hourlyCost: 30, exactHours: 833.33, hours: 833 })
 * // => "Lot 1 : 1 000 000 € HT × 50 % de main-d'œuvre × 5 % d'insertion ÷ 30 €/h = 833,33 h, soit 833 h."
 * explainLot({ …lot, labourShareFrom: "peinture" }, rules) // => "… × 70 % de main-d'œuvre (métier : Peinture intérieure) × …"
 *
 * @param rules the trades, so the sentence names a trade by its label (a code is for the workbook, not for people)
 */
export function explainLot(lot: SizedLot, rules?: Pick<SizingRules, "trades">): string {
  const name = lot.label ? `Lot ${lot.id} (${lot.label})` : `Lot ${lot.id}`;
  const result = `${formatNumberFr(lot.exactHours)} h, soit ${formatNumberFr(lot.hours)} h.`;
  if (lot.eurosPerHour !== undefined) {
    return `${name} : ${formatNumberFr(lot.amount)} € HT ÷ ${formatNumberFr(lot.eurosPerHour)} € par heure = ${result}`;
  }
  const share = `${formatPercentFr(lot.labourShare ?? 0)} de main-d'œuvre`;
  const code = lot.labourShareFrom && lot.labourShareFrom !== "saisie" ? lot.labourShareFrom : undefined;
  const trade = code ? (rules?.trades.find((candidate) => candidate.code === code)?.label ?? code) : undefined;
  const from = trade ? ` (métier : ${trade})` : "";
  return (
    `${name} : ${formatNumberFr(lot.amount)} € HT × ${share}${from} × ${formatPercentFr(lot.insertionRate ?? 0)} d'insertion` +
    ` ÷ ${formatNumberFr(lot.hourlyCost ?? 0)} €/h = ${result}`
  );
}
