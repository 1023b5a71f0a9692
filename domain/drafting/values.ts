/**
 * The values of the template variables for one clause: what the facilitator typed, tidied (no
 * trailing full stop, numbers in French notation), and what the pack says about the chosen basis.
 * An empty string or list means « not given »; the drafting refuses to generate if a section it
 * includes needs it.
 */
import { formatNumberFr, formatPercentFr } from "../text";
import type { EligibilityRules } from "../eligibility";
import type { ClauseInput } from "./input";
import { publicItems } from "./publics";
import type { DraftingRules, LegalBasis } from "./rules";
import type { ListVariable, ScalarVariable } from "./variables";

export interface ClauseValues {
  scalars: Record<ScalarVariable, string>;
  lists: Record<ListVariable, string[]>;
}

const REPORTING: Record<ClauseInput["reporting"], string> = { monthly: "chaque mois", quarterly: "chaque trimestre" };

/**
 * @example
 * clauseVariables({ basis: "execution-condition", hours: 1200, contract: { reference: "M1", label: "École" }, … }, rules, basis, eligibility).scalars
 * // => { contract: "n° M1 « École »", hours: "1 200", reportingFrequency: "chaque mois", … }
 */
export function clauseVariables(input: ClauseInput, rules: DraftingRules, basis: LegalBasis, eligibility: EligibilityRules): ClauseValues {
  const allowed = input.modes ?? rules.modes.map((mode) => mode.code);
  const modes = rules.modes.filter((mode) => allowed.includes(mode.code));
  const excluded = rules.modes.filter((mode) => !allowed.includes(mode.code));
  const criterion = rules.legalBases.find((candidate) => candidate.code === "award-criterion");
  return {
    scalars: {
      contract: contractDesignation(input.contract),
      buyer: input.contract.buyer ?? "",
      scope: sentencePart(input.scope),
      hours: input.hours === undefined ? "" : formatNumberFr(input.hours, 0),
      facilitator: joined([input.facilitator.name, input.facilitator.organisation], ", "),
      facilitatorContact: facilitatorContact(input.facilitator),
      publicsNote: sentencePart(input.publicsNote),
      excludedModes: excluded.map((mode) => mode.text).join(" ; "),
      reportingFrequency: REPORTING[input.reporting],
      penaltyPerHour: input.penaltyPerHour === undefined ? "" : `${formatNumberFr(input.penaltyPerHour)} €`,
      criterionWeight: input.awardCriterion ? formatPercentFr(input.awardCriterion.weight) : "",
      criterionCitation: criterion?.citation ?? "",
      basisArticle: basis.article,
      basisCitation: basis.citation,
      reservedTo: basis.reservedTo ?? "",
      reservedWorkers: basis.reservedWorkers ?? "",
      reservedMinimum: basis.minimumShare === undefined ? "" : formatPercentFr(basis.minimumShare),
      durationYears: input.durationYears === undefined ? "" : formatNumberFr(input.durationYears),
    },
    lists: {
      // Rendered from the criteria the eligibility module evaluates, thresholds included.
      publics: publicItems(rules, eligibility, input.publics),
      modes: modes.map((mode) => mode.text),
      supportingDocuments: rules.supportingDocuments
        .filter((document) => !document.modes || document.modes.some((mode) => allowed.includes(mode)))
        .map((document) => document.label),
    },
  };
}

/**
 * How the clause names the contract.
 *
 * @example
 * contractDesignation({ reference: "M1", label: "Réhabilitation de l'école" }) // => "n° M1 « Réhabilitation de l'école »"
 * contractDesignation({}) // => ""
 */
export function contractDesignation(contract: { reference?: string | undefined; label?: string | undefined }): string {
  const reference = contract.reference ? `n° ${contract.reference}` : "";
  const label = contract.label ? `« ${sentencePart(contract.label)} »` : "";
  return joined([reference, label], " ");
}

function facilitatorContact(facilitator: ClauseInput["facilitator"]): string {
  return joined(
    [
      facilitator.email ? `courriel : ${facilitator.email}` : "",
      facilitator.phone ? `téléphone : ${facilitator.phone}` : "",
      facilitator.address ? `adresse : ${sentencePart(facilitator.address)}` : "",
    ],
    ", ",
  );
}

/** Typed text placed inside a sentence: trimmed, without the full stop the template adds. */
function sentencePart(text: string | undefined): string {
  return (text ?? "").trim().replace(/[\s.;]+$/u, "");
}

function joined(parts: readonly (string | undefined)[], separator: string): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(separator);
}
