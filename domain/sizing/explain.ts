/**
 * The sizing formula in words, as the wizard shows it and a buyer can check it.
 */
import { formatNumberFr, formatPercentFr } from "../text";
import type { SizedLot } from "./size";

/**
 * One French sentence per lot.
 *
 * @example
 * explainLot({ id: "1", amount: 1000000, labourShare: 0.5, insertionRate: 0.05, hourlyCost: 30, exactHours: 833.33, hours: 833 })
 * // => "Lot 1 : 1 000 000 € HT × 50 % de main-d'œuvre × 5 % d'insertion ÷ 30 €/h = 833,33 h, soit 833 h."
 */
export function explainLot(lot: SizedLot): string {
  const name = lot.label ? `Lot ${lot.id} (${lot.label})` : `Lot ${lot.id}`;
  const result = `${formatNumberFr(lot.exactHours)} h, soit ${formatNumberFr(lot.hours)} h.`;
  if (lot.eurosPerHour !== undefined) {
    return `${name} : ${formatNumberFr(lot.amount)} € HT ÷ ${formatNumberFr(lot.eurosPerHour)} € par heure = ${result}`;
  }
  const share = `${formatPercentFr(lot.labourShare ?? 0)} de main-d'œuvre`;
  const from = lot.labourShareFrom && lot.labourShareFrom !== "saisie" ? ` (métier ${lot.labourShareFrom})` : "";
  return (
    `${name} : ${formatNumberFr(lot.amount)} € HT × ${share}${from} × ${formatPercentFr(lot.insertionRate ?? 0)} d'insertion` +
    ` ÷ ${formatNumberFr(lot.hourlyCost ?? 0)} €/h = ${result}`
  );
}
