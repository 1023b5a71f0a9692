/**
 * The rules the procurement faces read from the active pack.
 */
import { packRef, sectionOf, type RulePack } from "../../../domain";
import { draftingSection } from "../../../domain/drafting";
import { procurementSection, type RadarRules } from "../../../domain/procurement";
import { sizingSection } from "../../../domain/sizing";

/**
 * @example
 * radarRules(pack) // => { procurement, drafting, sizing, rulePack: "national@2026.11.1" }
 */
export function radarRules(pack: RulePack): RadarRules {
  return {
    procurement: sectionOf(pack, procurementSection),
    drafting: sectionOf(pack, draftingSection),
    sizing: sectionOf(pack, sizingSection),
    rulePack: packRef(pack),
  };
}
