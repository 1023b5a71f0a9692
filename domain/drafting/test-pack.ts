/**
 * The national drafting rules, validated as the add-in loads them (for the core's tests).
 */
import { calendarSection } from "../dates/calendar-rules";
import { buildNationalPack, nationalMeta, sectionOf, type PackMeta, type RulePack } from "../rules";
import { draftingSection, type DraftingRules } from "./rules";

/**
 * @example
 * const { pack, rules } = nationalDrafting();
 */
export function nationalDrafting(): { pack: RulePack; rules: DraftingRules } {
  const pack = buildNationalPack(nationalMeta as PackMeta, [calendarSection, draftingSection]);
  return { pack, rules: sectionOf(pack, draftingSection) };
}
