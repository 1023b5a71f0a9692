/**
 * The ventilation policies and spreads: their codes (what JSON, the CLI and the rule pack use),
 * their French labels and the rule each applies, in words a buyer can check.
 */
import type { Where } from "../errors";
import { choiceUnknown } from "./errors";
import { normalizeLabel } from "../text";

/** How a day's pooled hours are shared among the company's active contracts that still have room. */
export const POLICIES = ["earliest-end", "earliest-start", "pro-rata", "pro-rata-remaining"] as const;
export type Policy = (typeof POLICIES)[number];

/** Over which days a line's hours are spread: every calendar day, or Monday–Friday minus public holidays. */
export const SPREADS = ["calendar", "workdays"] as const;
export type Spread = (typeof SPREADS)[number];

export const POLICY_LABELS: Readonly<Record<Policy, string>> = {
  "earliest-end": "Fin la plus proche d'abord",
  "earliest-start": "Début le plus ancien d'abord",
  "pro-rata": "Au prorata des heures dues",
  "pro-rata-remaining": "Au prorata du reste à réaliser",
};

/** The rule of each policy, in one French sentence (shown when a figure is explained). */
export const POLICY_RULES: Readonly<Record<Policy, string>> = {
  "earliest-end":
    "chaque jour, les heures mutualisées vont d'abord au marché actif qui se termine le plus tôt (à égalité : qui a commencé le plus tôt, puis l'ordre du tableau), jusqu'à ses heures dues, puis au suivant",
  "earliest-start":
    "chaque jour, les heures mutualisées vont d'abord au marché actif qui a commencé le plus tôt (à égalité : qui se termine le plus tôt, puis l'ordre du tableau), jusqu'à ses heures dues, puis au suivant",
  "pro-rata":
    "chaque jour, les heures mutualisées sont partagées entre les marchés actifs au prorata de leurs heures dues ; un marché qui atteint ses heures dues ne prend que ce qui lui manque et le reste est partagé entre les autres",
  "pro-rata-remaining":
    "chaque jour, les heures mutualisées sont partagées entre les marchés actifs au prorata de ce qu'il leur reste à réaliser ce jour-là",
};

export const SPREAD_LABELS: Readonly<Record<Spread, string>> = {
  calendar: "Jours calendaires",
  workdays: "Jours ouvrés",
};

/** How each spread turns a line into daily hours (shown when a figure is explained). */
export const SPREAD_RULES: Readonly<Record<Spread, string>> = {
  calendar: "les heures d'une ligne sont réparties également sur chaque jour de sa période, bornes comprises",
  workdays:
    "les heures d'une ligne sont réparties également sur les jours ouvrés de sa période (du lundi au vendredi, hors jours fériés) ; une ligne sans aucun jour ouvré est répartie sur ses jours calendaires",
};

/**
 * Reads a policy typed as its code or its French label (accents and case ignored).
 *
 * @example
 * readPolicy("pro-rata") // => "pro-rata"
 * readPolicy("Fin la plus proche d'abord") // => "earliest-end"
 * readPolicy("au hasard", { field: "policy" }) // throws « policy : règle de ventilation inconnue « au hasard » (…) »
 */
export function readPolicy(text: unknown, where: Where = { field: "policy" }): Policy {
  return readChoice(text, POLICIES, POLICY_LABELS, "règle de ventilation", where);
}

/**
 * Reads a spread typed as its code or its French label.
 *
 * @example
 * readSpread("workdays") // => "workdays"
 * readSpread("jours ouvrés") // => "workdays"
 */
export function readSpread(text: unknown, where: Where = { field: "spread" }): Spread {
  return readChoice(text, SPREADS, SPREAD_LABELS, "répartition", where);
}

function readChoice<T extends string>(
  text: unknown,
  codes: readonly T[],
  labels: Readonly<Record<T, string>>,
  what: string,
  where: Where,
): T {
  const wanted = typeof text === "string" ? normalizeLabel(text) : "";
  const found = codes.find((code) => normalizeLabel(code) === wanted || normalizeLabel(labels[code]) === wanted);
  if (found) return found;
  const expected = codes.map((code) => `${code} (${labels[code]})`).join(", ");
  throw choiceUnknown(what, text, expected, where);
}
