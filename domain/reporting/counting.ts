/**
 * What the counting rules of the execution modes did, as the bilans show it: per contract, the hours
 * that came from converted amounts and the hours a rule capped or did not count, with the rule and
 * its version (the pack and the date from which the value applies, or the contract's own figures).
 * The ventilation records what each rule did to each line (`LineCounting`); this module names the
 * rule's version and adds the lines up by contract.
 */
import { isoFromDay, type Day } from "../dates";
import { formatNumberFr, formatPercentFr, frenchDate, roundTo } from "../text";
import { COUNTING_RULE_LABELS, countingRuleEntry, type CountingRuleKey, type CountingRules, type LineCounting } from "../ventilation";

/** One rule applied to one line. */
export interface LineRule {
  line: number;
  rule: CountingRuleKey;
  /** Hours the line counts for after a conversion, or hours a cap or an exclusion removed. */
  hours: number;
  /** The rule's version, in French. */
  version: string;
  /** False when the pack's value is « à confirmer » (a contract's own figures are the facilitator's data). */
  confirmed: boolean;
  /** Month of the line's start (`yyyy-mm`): hours a rule removed are dated by it. */
  month: string;
}

/** Hours one rule (in one version) converted, capped or excluded, in a bilan or on one of its contracts. */
export interface CountingPart {
  rule: CountingRuleKey;
  label: string;
  version: string;
  confirmed: boolean;
  hours: number;
  /** The whole sentence, in French. */
  text: string;
}

const ORDER: readonly CountingRuleKey[] = ["conversion", "trainingCap", "cdiMonths", "apprenticeshipTrainingHours"];
const EFFECTS: Readonly<Record<CountingRuleKey, string>> = {
  conversion: "comptées par conversion de montants facturés",
  trainingCap: "de formation plafonnées, non comptées",
  cdiMonths: "non comptées",
  apprenticeshipTrainingHours: "non comptées",
};

/**
 * The rules each line was counted with, with their versions, by line index.
 *
 * @example
 * lineRulesOf([{ line: 0, hours: 500, converted: { amount: 30000, labourShare: 0.5, hourlyCost: 30, hours: 500, from: "paquet" } }], [day], NATIONAL_COUNTING, "national@2026.11.1").get(0)
 * // => [{ line: 0, rule: "conversion", hours: 500, version: "paquet national@2026.11.1, valeur en vigueur depuis le 01/01/2013 : part de main-d'œuvre 50 %, coût horaire 30 €/h", confirmed: false, month: "2026-03" }]
 * @throws DomainError `rules.noValue` when a rule has no value in force on a line's start
 */
export function lineRulesOf(
  details: readonly LineCounting[],
  starts: ArrayLike<number>,
  rules: CountingRules,
  rulePack: string,
): Map<number, LineRule[]> {
  const byLine = new Map<number, LineRule[]>();
  for (const detail of details) {
    const day = starts[detail.line] as Day;
    const month = isoFromDay(day).slice(0, 7);
    const found: LineRule[] = [];
    const fromPack = (rule: CountingRuleKey, value: string) => {
      const entry = countingRuleEntry(rules, rule, day);
      return {
        version: `paquet ${rulePack}, valeur en vigueur depuis le ${frenchDate(entry.validFrom)} : ${value}`,
        confirmed: entry.confirmed,
      };
    };
    const { converted, capped, excluded } = detail;
    if (converted) {
      const value = `part de main-d'œuvre ${formatPercentFr(converted.labourShare)}, coût horaire ${formatNumberFr(converted.hourlyCost)} €/h`;
      const named =
        converted.from === "marché"
          ? { version: `valeurs du marché ${detail.market ?? ""} : ${value}`, confirmed: true }
          : fromPack("conversion", value);
      found.push({ line: detail.line, rule: "conversion", hours: converted.hours, month, ...named });
    }
    if (excluded) {
      const value =
        excluded.rule === "cdiMonths"
          ? `${formatNumberFr(countingRuleEntry(rules, "cdiMonths", day).value ?? 0)} premiers mois du CDI`
          : "heures en centre de formation non comptées";
      found.push({ line: detail.line, rule: excluded.rule, hours: excluded.hours, month, ...fromPack(excluded.rule, value) });
    }
    if (capped) {
      const value = `${formatPercentFr(capped.cap)} des heures dues de l'entreprise, soit ${formatNumberFr(capped.limit)} h`;
      found.push({ line: detail.line, rule: "trainingCap", hours: capped.hours, month, ...fromPack("trainingCap", value) });
    }
    if (found.length > 0) byLine.set(detail.line, found);
  }
  return byLine;
}

/**
 * Hours added up by rule and version, rounded to the cent, in the rules' order.
 *
 * @example
 * countingParts([{ rule: "trainingCap", version: "paquet …", confirmed: false, hours: 30 }])
 * // => [{ rule: "trainingCap", label: "Plafond des heures de formation", hours: 30, text: "Plafond des heures de formation : 30 h de formation plafonnées, non comptées (paquet …, à confirmer)", … }]
 */
export function countingParts(entries: Iterable<Pick<LineRule, "rule" | "version" | "confirmed" | "hours">>): CountingPart[] {
  const sums = new Map<string, Pick<LineRule, "rule" | "version" | "confirmed" | "hours">>();
  for (const entry of entries) {
    const key = `${entry.rule}\u0000${entry.version}`;
    const found = sums.get(key);
    if (found) found.hours += entry.hours;
    else sums.set(key, { rule: entry.rule, version: entry.version, confirmed: entry.confirmed, hours: entry.hours });
  }
  return [...sums.values()]
    .sort((a, b) => ORDER.indexOf(a.rule) - ORDER.indexOf(b.rule) || a.version.localeCompare(b.version))
    .map(({ rule, version, confirmed, hours }) => {
      const label = capitalised(COUNTING_RULE_LABELS[rule]);
      const rounded = roundTo(hours, 2);
      const text = `${label} : ${formatNumberFr(rounded)} h ${EFFECTS[rule]} (${version}${confirmed ? "" : ", à confirmer"})`;
      return { rule, label, version, confirmed, hours: rounded, text };
    });
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
