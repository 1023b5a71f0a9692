/**
 * The names a clause template may use, and where each value comes from in the facilitator's input.
 * Templates are data (a territory can rewrite them); these names are the contract between the data
 * and the code, checked when a pack is loaded so a typo in a template is reported, never printed.
 */

/** Placeholders replaced by one piece of text: `{{hours}}`. */
export const SCALAR_VARIABLES = [
  "contract",
  "buyer",
  "scope",
  "hours",
  "facilitator",
  "facilitatorContact",
  "publicsNote",
  "excludedModes",
  "reportingFrequency",
  "penaltyPerHour",
  "criterionWeight",
  "criterionCitation",
  "basisArticle",
  "basisCitation",
  "reservedTo",
  "reservedWorkers",
  "reservedMinimum",
  "durationYears",
] as const;

/** Paragraphs replaced by a bulleted list: `{ "list": "publics" }`. */
export const LIST_VARIABLES = ["publics", "modes", "supportingDocuments"] as const;

/** Options of a clause that include or leave out template sections (`when` / `unless`). */
export const CLAUSE_FLAGS = ["pooling", "penalties", "criterion", "modes-excluded", "priority-publics", "mandatory"] as const;

export type ClauseFlag = (typeof CLAUSE_FLAGS)[number];
export type ScalarVariable = (typeof SCALAR_VARIABLES)[number];
export type ListVariable = (typeof LIST_VARIABLES)[number];
export type Variable = ScalarVariable | ListVariable;

/**
 * What the facilitator must fill for a variable to have a value: the input field (JSON path, as the
 * CLI reports it) and what to write, in French. Variables that come from the rule pack are absent.
 */
export const VARIABLE_FIELDS: Partial<Record<Variable, { field: string; what: string }>> = {
  contract: { field: "contract.label", what: "indiquez l'intitulé ou la référence du marché" },
  buyer: { field: "contract.buyer", what: "indiquez l'acheteur" },
  scope: { field: "scope", what: "décrivez le périmètre de l'action d'insertion (CCAG 2021, art. 16.1)" },
  hours: { field: "hours", what: "indiquez le volume horaire d'insertion à la charge du titulaire (CCAG 2021, art. 16.1)" },
  facilitator: { field: "facilitator.name", what: "indiquez le facilitateur (nom ou structure) (CCAG 2021, art. 16.1)" },
  facilitatorContact: {
    field: "facilitator.email",
    what: "indiquez les coordonnées du facilitateur : courriel ou téléphone (CCAG 2021, art. 16.1)",
  },
  publics: { field: "publics", what: "choisissez au moins un public éligible (CCAG 2021, art. 16.1)" },
  modes: { field: "modes", what: "autorisez au moins une façon de réaliser les heures" },
  penaltyPerHour: {
    field: "penaltyPerHour",
    what: "indiquez le montant de la pénalité par heure non réalisée, fixé par l'acheteur (ou retirez les pénalités)",
  },
  criterionWeight: { field: "awardCriterion.weight", what: "indiquez la pondération du critère d'insertion" },
  durationYears: { field: "durationYears", what: "indiquez la durée du marché réservé, en années" },
};

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/**
 * The placeholder names a text uses, in order.
 *
 * @example
 * placeholdersOf("au moins {{hours}} heures ({{ scope }})") // => ["hours", "scope"]
 */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
}

/**
 * Replaces each `{{name}}` by its value, in one pass: a value is inserted as written and never read
 * again as a template, so text a facilitator typed cannot inject a placeholder (no eval, no nesting).
 * An unknown name throws; callers check for empty values first.
 *
 * @example
 * fillPlaceholders("au moins {{hours}} heures", { hours: "600" }) // => "au moins 600 heures"
 */
export function fillPlaceholders(text: string, values: Readonly<Partial<Record<string, string>>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`variable de modèle sans valeur : ${name}`);
    return value;
  });
}
