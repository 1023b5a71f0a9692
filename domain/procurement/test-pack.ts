/**
 * The national rules the procurement core reads (drafting thresholds, sizing trades, its own
 * section), validated as the add-in loads them, for the core's tests.
 */
import { calendarSection } from "../dates/calendar-rules";
import { draftingSection } from "../drafting/rules";
import { buildNationalPack, nationalMeta, packRef, sectionOf, type PackMeta, type RulePack } from "../rules";
import { sizingSection } from "../sizing/rules";
import type { RadarRules } from "./radar";
import { procurementSection } from "./rules";

/**
 * @example
 * const { pack, rules } = nationalProcurement();
 */
export function nationalProcurement(): { pack: RulePack; rules: RadarRules } {
  const pack = buildNationalPack(nationalMeta as PackMeta, [calendarSection, draftingSection, sizingSection, procurementSection]);
  return {
    pack,
    rules: {
      procurement: sectionOf(pack, procurementSection),
      drafting: sectionOf(pack, draftingSection),
      sizing: sectionOf(pack, sizingSection),
      rulePack: packRef(pack),
    },
  };
}
