/**
 * The national drafting rules, validated as the add-in loads them (for the core's tests).
 */
import { calendarSection } from "../dates/calendar-rules";
import { buildNationalPack, nationalMeta, sectionOf, type PackMeta, type RulePack } from "../rules";
import { eligibilitySection, type EligibilityRules } from "../eligibility/rules";
import { draftingSection, type DraftingRules } from "./rules";

/**
 * @example
 * const { pack, rules, eligibility } = nationalDrafting();
 */
export function nationalDrafting(): { pack: RulePack; rules: DraftingRules; eligibility: EligibilityRules } {
  const pack = buildNationalPack(nationalMeta as PackMeta, [calendarSection, draftingSection, eligibilitySection]);
  return { pack, rules: sectionOf(pack, draftingSection), eligibility: sectionOf(pack, eligibilitySection) };
}
