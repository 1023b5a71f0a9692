/**
 * The « préférence locale » guard: wording that reserves jobs to the residents of a territory, or
 * favours companies by where they are established, is unlawful (equal treatment, non-discrimination;
 * domain reference §6.6). The expressions looked for are data in the pack (`localPreference.patterns`),
 * matched on normalised text so accents, case and punctuation do not matter.
 */
import type { DomainError } from "../errors";
import { localPreference } from "./errors";
import { normalizeLabel } from "../text";
import type { DraftingRules } from "./rules";

export interface LocalPreferenceHit {
  field: string;
  /** The text typed (or, when long, the words that matched, normalised). */
  words: string;
}

/**
 * The free-text fields that reserve jobs to residents of a territory, one hit per field.
 *
 * @example
 * findLocalPreference(rules, { publicsNote: "habitants de la commune" }) // => [{ field: "publicsNote", words: "habitants de la commune" }]
 * findLocalPreference(rules, { publicsNote: "résidents des quartiers prioritaires (QPV)" }) // => []
 */
export function findLocalPreference(rules: DraftingRules, fields: Readonly<Record<string, string | undefined>>): LocalPreferenceHit[] {
  const patterns = rules.localPreference.patterns.map((pattern) => new RegExp(pattern, "u"));
  const hits: LocalPreferenceHit[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const normalised = normalizeLabel(text);
    for (const pattern of patterns) {
      const match = pattern.exec(normalised);
      if (match) {
        // Quote what the facilitator typed when it is short enough to read; else the matched words.
        const words = text.trim().length <= 80 ? text.trim() : wordsAround(normalised, match.index, match[0].length);
        hits.push({ field, words });
        break;
      }
    }
  }
  return hits;
}

/**
 * One French error per hit: what was found, why it is refused, and the lawful levers.
 *
 * @example
 * localPreferenceErrors(rules, [{ field: "scope", words: "main-d'œuvre locale" }])[0].message
 * // => "scope : « main-d'œuvre locale » : réserver des emplois aux habitants d'un territoire … Leviers licites : …"
 */
export function localPreferenceErrors(rules: DraftingRules, hits: readonly LocalPreferenceHit[]): DomainError[] {
  const { explanation, levers } = rules.localPreference;
  return hits.map((hit) => localPreference(hit.words, explanation, levers, hit.field));
}

/** The matched words, extended to whole words so the facilitator recognises them. */
function wordsAround(text: string, start: number, length: number): string {
  const before = text.lastIndexOf(" ", start - 1) + 1;
  const spaceAfter = text.indexOf(" ", start + length);
  const end = spaceAfter === -1 ? text.length : spaceAfter;
  return text.slice(start > 0 && text[start - 1] !== " " ? before : start, Math.max(end, start + length)).trim();
}
