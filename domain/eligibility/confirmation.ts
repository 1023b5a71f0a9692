/**
 * Which eligibility rules a result relies on that the pack marks « à confirmer ».
 *
 * A composite criterion (a list of benefits, structures or programmes) is confirmed only when it
 * and every member it names are: MINIMA with the ATA, SIAE with the GEIQ or DISPOSITIF with the PLIE
 * cannot be more certain than their least certain member.
 */
import type { EligibilityResult } from "./evaluate";
import type { Criterion, EligibilityRules, ListEntry } from "./rules";

/**
 * The list entries a criterion's test names (benefits, structures, programmes); none for the others.
 *
 * @example
 * criterionMembers(minima, rules).map((entry) => entry.code) // => ["RSA", "RSA-ayant-droit", "ASS", "AI", "AAH", "invalidite", "ATA"]
 */
export function criterionMembers(criterion: Criterion, rules: EligibilityRules): ListEntry[] {
  const pick = (entries: readonly ListEntry[], codes: readonly string[]) => entries.filter((entry) => codes.includes(entry.code));
  switch (criterion.test.type) {
    case "benefits":
      return pick(rules.benefits, criterion.test.benefits);
    case "structure":
      return pick(rules.structures, criterion.test.structures);
    case "programme":
      return pick(rules.programmes, criterion.test.programmes);
    default:
      return [];
  }
}

/**
 * Whether a criterion is confirmed: its own flag and every member's.
 *
 * @example
 * criterionConfirmed(minimaWithAta, rules) // => false (the ATA is « à confirmer »)
 */
export function criterionConfirmed(criterion: Criterion, rules: EligibilityRules): boolean {
  return criterion.confirmed && criterionMembers(criterion, rules).every((entry) => entry.confirmed);
}

/**
 * Why a criterion is not confirmed, in French (its own flag, or the members that are not).
 *
 * @example
 * unconfirmedCriterionText(minima, rules) // => "critère MINIMA (Allocataire d'un minimum social …) : à confirmer (élément à confirmer : ATA)"
 */
export function unconfirmedCriterionText(criterion: Criterion, rules: EligibilityRules): string {
  const members = criterionMembers(criterion, rules).filter((entry) => !entry.confirmed);
  const why = members.length > 0 ? ` (élément${members.length > 1 ? "s" : ""} à confirmer : ${members.map((m) => m.code).join(", ")})` : "";
  return `critère ${criterion.code} (${criterion.label}) : à confirmer${why}`;
}

/**
 * The unconfirmed rules a batch of results used: the criteria met by eligible people, every
 * criterion for people found not eligible (each one was needed to say no), and the counting window.
 *
 * @example
 * unconfirmedEligibilityRules(rules, results) // => ["critère SIAE (…) : à confirmer (élément à confirmer : GEIQ)", "fenêtre de comptabilisation : …"]
 */
export function unconfirmedEligibilityRules(rules: EligibilityRules, results: readonly EligibilityResult[]): string[] {
  const used = new Set<string>();
  for (const result of results) {
    const codes = result.eligible ? [...result.criteria, ...result.priority] : rules.criteria.map((criterion) => criterion.code);
    codes.forEach((code) => used.add(code));
  }
  const out = rules.criteria
    .filter((criterion) => used.has(criterion.code) && !criterionConfirmed(criterion, rules))
    .map((criterion) => unconfirmedCriterionText(criterion, rules));
  if (results.length > 0 && !rules.countingWindow.confirmed) out.push(`fenêtre de comptabilisation : ${rules.countingWindow.source}`);
  return out;
}
