/**
 * French wording for schema validation problems.
 *
 * zod ships a French locale, but its sentences are generic ("Entrée invalide : …"). A facilitator
 * needs to know what to type instead, so the core words its own messages; schemas can still give a
 * more specific message for one field, which takes precedence.
 */
import type { core } from "zod";
import { NOT_NEGATIVE, STRICTLY_POSITIVE } from "./errors";

type Issue = core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  number: "un nombre",
  string: "du texte",
  boolean: "vrai ou faux",
  array: "une liste",
  object: "un objet",
  date: "une date",
  int: "un nombre entier",
};

/**
 * Shows a received value briefly, as the facilitator typed it.
 *
 * @example
 * shownValue("abc") // => "« abc »"
 * shownValue(undefined) // => "rien"
 */
export function shownValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "rien";
  if (typeof value === "string") return `« ${value.length > 40 ? `${value.slice(0, 40)}…` : value} »`;
  if (typeof value === "number" || typeof value === "boolean") return `« ${String(value)} »`;
  if (Array.isArray(value)) return "une liste";
  return "un objet";
}

/**
 * The French message for one zod issue (used as the `error` map of every parse in the core).
 *
 * @example
 * frenchIssueMessage({ code: "invalid_type", expected: "number", input: "abc", path: [] } as never)
 * // => "doit être un nombre (reçu « abc »)"
 */
export function frenchIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "est obligatoire";
      return `doit être ${TYPE_NAMES[issue.expected] ?? issue.expected} (reçu ${shownValue(issue.input)})`;
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_value":
      return `doit valoir ${issue.values.map((value) => `« ${String(value)} »`).join(", ")} (reçu ${shownValue(issue.input)})`;
    case "unrecognized_keys":
      return `champ inconnu : ${issue.keys.map((key) => `« ${key} »`).join(", ")} (faute de frappe ?)`;
    case "invalid_format":
      return `n'a pas le format attendu (reçu ${shownValue(issue.input)})`;
    case "not_multiple_of":
      return `doit être un multiple de ${String(issue.divisor)}`;
    case "invalid_union":
      return `n'a pas une forme acceptée (reçu ${shownValue(issue.input)})`;
    default:
      return issue.message ?? "valeur invalide";
  }
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): string {
  const bound = Number(issue.minimum);
  if (issue.origin === "array") return bound <= 1 ? "ne doit pas être vide" : `doit contenir au moins ${bound} éléments`;
  if (issue.origin === "string") return "ne doit pas être vide";
  const received = issue.input === undefined ? "" : ` (reçu ${shownValue(issue.input)})`;
  if (bound === 0 && !issue.inclusive) return `${STRICTLY_POSITIVE}${received}`;
  if (bound === 0) return `${NOT_NEGATIVE}${received}`;
  return `doit être ${issue.inclusive ? "supérieur ou égal" : "strictement supérieur"} à ${bound}${received}`;
}

function tooBig(issue: Extract<Issue, { code: "too_big" }>): string {
  const bound = Number(issue.maximum);
  if (issue.origin === "array") return `doit contenir au plus ${bound} éléments`;
  if (issue.origin === "string") return `doit faire au plus ${bound} caractères`;
  const received = issue.input === undefined ? "" : ` (reçu ${shownValue(issue.input)})`;
  return `doit être ${issue.inclusive ? "inférieur ou égal" : "strictement inférieur"} à ${bound}${received}`;
}
