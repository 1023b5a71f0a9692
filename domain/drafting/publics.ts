/**
 * The eligible publics of the drafted clause, rendered from the eligibility rules the engine
 * evaluates: each public of the drafting pack names criteria (`criteria: ["DELD", "DETLD"]`), and
 * each criterion is written from its wording (`clauseWording`) and its test's thresholds. So the
 * clause says « au moins 12 mois » exactly when the engine counts from the 12th month, and a
 * territory that moves a threshold sees its clauses move with it.
 */
import { criterionConfirmed, type Criterion, type CriterionTest, type EligibilityRules, type ListEntry } from "../eligibility";
import { formatNumberFr } from "../text";
import { unknownPublicCriterion } from "./errors";
import type { DomainError } from "../errors";
import type { DraftingRules } from "./rules";

/** How a test's people are named when the criterion has no `clauseWording`. */
const DEFAULT_WORDING: Record<CriterionTest["type"], string> = {
  jobSeekerMonths: "demandeurs d'emploi",
  benefits: "allocataires de l'une des prestations suivantes",
  rqth: "travailleurs handicapés",
  youth: "jeunes",
  age: "personnes",
  qualification: "personnes",
  structure: "personnes salariées ou mises à disposition par l'une des structures suivantes",
  programme: "personnes suivies dans l'un des dispositifs suivants",
  qpv: "résidents d'un quartier prioritaire de la politique de la ville",
  derogation: "autres personnes rencontrant des difficultés sociales ou professionnelles particulières",
};

const months = (count: number) => `${formatNumberFr(count, 0)} mois`;
const years = (count: number) => `${formatNumberFr(count, 0)} ans`;
/** « Entreprise d'insertion (EI) » inside a sentence: lower-case first letter, acronyms kept (« RSA »). */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);
const labels = (entries: readonly ListEntry[], codes: readonly string[]) =>
  codes.map((code) => inSentence(entries.find((entry) => entry.code === code)?.label ?? code)).join(", ");

function qualificationText(level: number): string {
  return `de niveau de qualification ${level} ou inférieur${level === 3 ? " (CAP, BEP ou sans diplôme)" : ""}`;
}

function youthConditions(test: Extract<CriterionTest, { type: "youth" }>): string {
  const school = `diplômés ou non, sortis du système scolaire ou de l'enseignement supérieur depuis au moins ${months(test.schoolLeftMinMonths)}`;
  const qualification = qualificationText(test.maxQualificationLevel);
  switch (test.condition) {
    case "school":
      return school;
    case "qualification":
      return qualification;
    case "school-and-qualification":
      return `${school} et ${qualification}`;
    case "school-or-qualification":
      return `${school}, ou ${qualification}`;
  }
}

function ageConditions(test: Extract<CriterionTest, { type: "age" }>): string {
  const parts = [
    test.minAge !== undefined ? `âgés de ${years(test.minAge)} ou plus` : "",
    test.maxAgeExclusive !== undefined ? `âgés de moins de ${years(test.maxAgeExclusive)}` : "",
    test.jobSeeker ? "inscrits comme demandeurs d'emploi" : "",
  ].filter(Boolean);
  return parts.join(" et ");
}

/** What the test requires, in words, thresholds included (empty when the wording says it all). */
function conditionsOf(test: CriterionTest, rules: EligibilityRules): string {
  switch (test.type) {
    case "jobSeekerMonths":
      return `inscrits sans interruption à France Travail depuis au moins ${months(test.minMonths)}${test.maxMonthsExclusive === undefined ? "" : ` et moins de ${months(test.maxMonthsExclusive)}`}`;
    case "benefits":
      return labels(rules.benefits, test.benefits);
    case "rqth":
      return "bénéficiaires d'une reconnaissance de la qualité de travailleur handicapé (RQTH) en cours de validité";
    case "youth":
      return `de moins de ${years(test.maxAgeExclusive)}, ${youthConditions(test)}`;
    case "age":
      return ageConditions(test);
    case "qualification":
      return qualificationText(test.maxLevel);
    case "structure":
      return labels(rules.structures, test.structures);
    case "programme":
      return labels(rules.programmes, test.programmes);
    case "qpv":
      return "";
    case "derogation":
      return "sur avis motivé d'un prescripteur (France Travail, Mission locale, Cap emploi, PLIE…), validé par le facilitateur";
  }
}

/** Lists (benefits, structures, programmes) follow a colon; conditions follow a comma. */
const LISTED: readonly CriterionTest["type"][] = ["benefits", "structure", "programme"];

/**
 * One criterion as a public of the clause: its wording and its thresholds, from the rule data.
 *
 * @example
 * criterionClauseText(deld, rules) // => "demandeurs d'emploi de longue durée, inscrits sans interruption à France Travail depuis au moins 12 mois"
 * criterionClauseText(jeune, rules) // => "jeunes de moins de 26 ans, diplômés ou non, sortis du système scolaire … depuis au moins 6 mois"
 */
export function criterionClauseText(criterion: Criterion, rules: EligibilityRules): string {
  const wording = criterion.clauseWording ?? DEFAULT_WORDING[criterion.test.type];
  const conditions = conditionsOf(criterion.test, rules);
  if (!conditions) return wording;
  if (LISTED.includes(criterion.test.type)) return `${wording} : ${conditions}`;
  // « jeunes de moins de 26 ans » reads without a comma; the other conditions qualify the people named.
  return criterion.test.type === "youth" ? `${wording} ${conditions}` : `${wording}, ${conditions}`;
}

export interface ClausePublic {
  code: string;
  label: string;
  /** The criteria the public stands for, in the pack's order. */
  criteria: Criterion[];
  /** The public's own flag and those of its criteria (composites included). */
  confirmed: boolean;
}

/**
 * The drafting pack's publics with the eligibility criteria they stand for.
 *
 * @example
 * clausePublics(drafting, eligibility).find((entry) => entry.code === "deld")?.criteria.map((c) => c.code) // => ["DELD", "DETLD"]
 */
export function clausePublics(drafting: DraftingRules, eligibility: EligibilityRules): ClausePublic[] {
  return drafting.publics.map((entry) => {
    const criteria = eligibility.criteria.filter((criterion) => entry.criteria.includes(criterion.code));
    return {
      code: entry.code,
      label: entry.label,
      criteria,
      confirmed: entry.confirmed && criteria.every((criterion) => criterionConfirmed(criterion, eligibility)),
    };
  });
}

/**
 * The bullet items of the clause's list of publics for the codes chosen: one per criterion, each
 * criterion once even when two chosen publics share it, in the eligibility pack's order.
 *
 * @example
 * publicItems(drafting, eligibility, ["deld", "jeunes"]) // => ["demandeurs d'emploi de très longue durée, …", "demandeurs d'emploi de longue durée, …", "jeunes de moins de 26 ans, …"]
 */
export function publicItems(drafting: DraftingRules, eligibility: EligibilityRules, chosen: readonly string[]): string[] {
  const codes = new Set(drafting.publics.filter((entry) => chosen.includes(entry.code)).flatMap((entry) => entry.criteria));
  return eligibility.criteria
    .filter((criterion) => codes.has(criterion.code))
    .map((criterion) => criterionClauseText(criterion, eligibility));
}

/**
 * Criteria a public of the drafting pack names that the eligibility pack does not have (a territory
 * that withdrew one must update its publics too).
 *
 * @example
 * publicCriterionErrors(drafting, eligibilityWithoutDerogation, ["avis-prescripteur"]) // => [DomainError « drafting.public.criterion »]
 */
export function publicCriterionErrors(drafting: DraftingRules, eligibility: EligibilityRules, chosen: readonly string[]): DomainError[] {
  const known = new Set(eligibility.criteria.map((criterion) => criterion.code));
  return chosen.flatMap((code, index) => {
    const entry = drafting.publics.find((candidate) => candidate.code === code);
    const missing = (entry?.criteria ?? []).filter((criterion) => !known.has(criterion));
    return missing.length > 0 ? [unknownPublicCriterion(code, missing, `publics[${index}]`)] : [];
  });
}
