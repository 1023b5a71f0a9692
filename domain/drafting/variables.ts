/**
 * The names a clause template may use, and where each value comes from in the facilitator's input.
 * Templates are data (a territory can rewrite them); these names are the contract between the data
 * and the code, checked when a pack is loaded so a typo in a template is reported, never printed.
 */
import { MISSING_VALUE_FIELDS, placeholderWithoutValue } from "./errors";

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
 * What the facilitator must fill for a variable to have a value (the messages live in ./errors).
 */
export const VARIABLE_FIELDS: Partial<Record<Variable, { field: string; what: string }>> = MISSING_VALUE_FIELDS;

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
 * @throws DomainError `drafting.placeholder.empty` for a name without value (callers check first)
 */
export function fillPlaceholders(text: string, values: Readonly<Partial<Record<string, string>>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw placeholderWithoutValue(name);
    return value;
  });
}
