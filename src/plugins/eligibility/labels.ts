/**
 * French words the eligibility pane shows: levels, facts, dates.
 */
import type { Criterion, EligibilityRules } from "../../../domain/eligibility";

/** French 2019 nomenclature of qualification levels. */
export const QUALIFICATION_LEVELS: readonly { value: string; label: string }[] = [
  { value: "1", label: "1 — savoirs de base" },
  { value: "2", label: "2 — CléA (compétences de base)" },
  { value: "3", label: "3 — CAP, BEP" },
  { value: "4", label: "4 — baccalauréat" },
  { value: "5", label: "5 — bac + 2 (BTS, DUT)" },
  { value: "6", label: "6 — licence, BUT" },
  { value: "7", label: "7 — master" },
  { value: "8", label: "8 — doctorat" },
];

/** What each fact is called on the form (for « à compléter »). */
export const FACT_LABELS: Record<string, string> = {
  birthDate: "date de naissance",
  schoolLeftDate: "date de sortie du système scolaire",
  qualificationLevel: "niveau de qualification",
  jobSeekerSince: "date d'inscription comme demandeur d'emploi",
  firstClauseEntry: "date de première entrée dans une clause",
};

/** Prescribers commonly met (suggestions; any text is accepted). */
export const PRESCRIBERS = ["France Travail", "Mission locale", "Cap emploi", "PLIE", "SPIP", "CCAS", "Structure d'insertion"];

/** JJ/MM/AAAA from ISO (written once, in the domain's text module). */
export { frenchDate } from "../../../domain";

/**
 * A criterion of the pack by code (criteria, or the IAE helper's), for its label and provenance.
 *
 * @example
 * criterionOf(rules, "DELD")?.label // => "Demandeur d'emploi de longue durée (12 mois d'inscription ou plus)"
 */
export function criterionOf(rules: EligibilityRules, code: string): Criterion | undefined {
  return rules.criteria.find((criterion) => criterion.code === code);
}
