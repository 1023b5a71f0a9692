/**
 * The IAE helper (Plateforme de l'inclusion, les-emplois): which administrative criteria of level 1
 * and 2 a person meets, and for which kinds of insertion structure that makes them IAE-eligible.
 *
 * Rule (itou/eligibility/utils.py): one level-1 criterion, or at least N level-2 criteria, where N
 * depends on the structure (2 for AI and ETTI, 3 for ACI, EI and EITI: pack data). Senior and young,
 * DELD and DETLD are mutually exclusive: such a pair counts once. IAE eligibility is not clause
 * eligibility; it is shown as a help to orient the person.
 */
import type { Day } from "../dates";
import { testHolds } from "./criterion-tests";
import type { DayFacts } from "./facts";
import type { IaeRules } from "./rules";

export interface IaeResult {
  /** Level-1 criteria met, sorted. */
  level1: string[];
  /** Level-2 criteria met (one of each exclusive pair), sorted. */
  level2: string[];
  /** Structure kinds for which the person is IAE-eligible, sorted. */
  eligibleFor: string[];
}

/**
 * Evaluates the IAE rule on `day`.
 *
 * @example
 * // Amina (domain reference, example 2): 24, CAP, lives in a QPV, registered 5 months
 * iaeEligibility(toDayFacts(amina), rules.iae, dayFromIso("2026-03-02"))
 * // => { level1: [], level2: ["JEUNE", "NIVEAU_3", "QPV"], eligibleFor: ["ACI", "AI", "EI", "EITI", "ETTI"] }
 */
export function iaeEligibility(facts: DayFacts, rules: IaeRules, day: Day): IaeResult {
  const level1 = rules.level1.filter((criterion) => testHolds(criterion.test, facts, day)).map((criterion) => criterion.code);
  const met = rules.level2.filter((criterion) => testHolds(criterion.test, facts, day)).map((criterion) => criterion.code);
  const level2 = withoutExclusiveDuplicates(met, rules.exclusive, level1);
  const eligibleFor = rules.thresholds
    .filter((threshold) => level1.length > 0 || level2.length >= threshold.minLevel2)
    .map((threshold) => threshold.structure);
  return { level1: [...level1].sort(), level2: [...level2].sort(), eligibleFor: [...new Set(eligibleFor)].sort() };
}

/**
 * Keeps one criterion of each exclusive pair met: the level-1 one when the other is level 2, else
 * the first of the pair.
 */
function withoutExclusiveDuplicates(
  codes: readonly string[],
  pairs: readonly (readonly [string, string])[],
  level1: readonly string[],
): string[] {
  const dropped = new Set<string>();
  for (const [first, second] of pairs) {
    const firstMet = level1.includes(first) || codes.includes(first);
    const secondMet = level1.includes(second) || codes.includes(second);
    if (!firstMet || !secondMet) continue;
    dropped.add(level1.includes(second) && !level1.includes(first) ? first : second);
  }
  return codes.filter((code) => !dropped.has(code));
}
