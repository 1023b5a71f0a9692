/**
 * The national default pack, assembled from the core's calendar section and every plugin's section.
 */
import { buildNationalPack, calendarSection, nationalMeta, type PackMeta, type RulePack, type RuleSection } from "../../domain";
import { plugins } from "../plugins/registry";

/** Every section a pack can have: the core's, then the plugins' in registry order. */
export function ruleSections(): RuleSection[] {
  return [calendarSection, ...plugins.flatMap((plugin) => (plugin.rules ? [plugin.rules] : []))];
}

let cached: RulePack | null = null;

/**
 * The national pack (validated once, then cached).
 *
 * @example
 * nationalPack().meta.version // => "2026.11.1"
 */
export function nationalPack(): RulePack {
  cached ??= buildNationalPack(nationalMeta as PackMeta, ruleSections());
  return cached;
}
