/**
 * The figures of a bilan a facilitator can ask to explain (« Expliquer un chiffre »), kept apart
 * from the component so the Bilans worker lists them where the bilan is.
 */
import { monthLabel, type Bilan } from "../../../domain/reporting";
import { ofWord } from "../../../domain/text";

/**
 * The figures a facilitator can explain, with their French names.
 *
 * @example
 * explainableFigures(bilan) // => [["hours.realised", "Heures réalisées"], …, ["people.sex.F", "Participants : Femme"], …]
 */
export function explainableFigures(bilan: Bilan): [string, string][] {
  const people = (name: string, label: string, parts: readonly { code: string; label: string }[]) =>
    parts.map((part) => [`people.${name}.${part.code}`, `${label} : ${part.label}`] as [string, string]);
  return [
    ["hours.due", "Heures dues"],
    ["hours.realised", "Heures réalisées"],
    ["hours.direct", "Heures directes"],
    ["hours.ventilated", "Heures ventilées"],
    ["hours.outOfPeriod", "Heures hors période"],
    ["hours.excess", "Heures excédentaires"],
    ["hours.notCountable", "Heures non comptabilisables"],
    ...bilan.contracts.map((row) => [`contract.${row.id}`, `Marché ${row.id}`] as [string, string]),
    ...bilan.months.map((month) => [`month.${month.month}`, `Heures ${ofWord(monthLabel(month.month))}`] as [string, string]),
    ["people.total", "Participants"],
    ...people("sex", "Sexe", bilan.people.sex),
    ...people("ageBand", "Âge à l'entrée", bilan.people.ageBand),
    ...people("qpv", "Résidence", bilan.people.qpv),
    ...people("exit", "Fin de période", bilan.people.exit),
    ...people("criterion", "Critère", bilan.people.criterion),
    ["employment.total", "Contrats de travail"],
  ];
}
