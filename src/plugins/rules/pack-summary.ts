/**
 * What a facilitator needs to see of a rule pack: its identity and, per section, how many values
 * no source backs (« à confirmer »).
 */
import type { RulePack, RuleSection } from "../../../domain";

export interface SectionSummary {
  key: string;
  label: string;
  unconfirmed: number;
}

/**
 * Counts, in each section, the entries marked `confirmed: false`.
 *
 * @example
 * summarisePack(nationalPack(), ruleSections()) // => [{ key: "calendar", label: "Calendrier…", unconfirmed: 0 }, { key: "sizing", …, unconfirmed: 9 }]
 */
export function summarisePack(pack: RulePack, sections: readonly RuleSection[]): SectionSummary[] {
  return sections.map((section) => ({ key: section.key, label: section.label, unconfirmed: countUnconfirmed(pack.sections[section.key]) }));
}

function countUnconfirmed(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + countUnconfirmed(item), 0);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const own = record.confirmed === false ? 1 : 0;
    return own + Object.entries(record).reduce((sum, [key, item]) => (key === "confirmed" ? sum : sum + countUnconfirmed(item)), 0);
  }
  return 0;
}
