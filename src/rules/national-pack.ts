/**
 * The national default pack, assembled from the sections it is given (the core's calendar section and
 * every plugin's, which only the composition root knows): this module never imports the registry.
 */
import { buildNationalPack, calendarSection, nationalMeta, type PackMeta, type RulePack, type RuleSection } from "../../domain";

/**
 * Every section a pack can have: the core's, then the given plugins' (in their order).
 *
 * @example
 * ruleSectionsOf(plugins) // => [calendarSection, sizingSection, …]
 */
export function ruleSectionsOf(plugins: readonly { rules?: RuleSection }[]): RuleSection[] {
  return [calendarSection, ...plugins.flatMap((plugin) => (plugin.rules ? [plugin.rules] : []))];
}

/**
 * The national pack of these sections (validated against each section's schema).
 *
 * @example
 * nationalPackOf(ruleSectionsOf(plugins)).meta.version // => "2026.11.1"
 * @throws ValidationFailed when a section's national values break its schema
 */
export function nationalPackOf(sections: readonly RuleSection[]): RulePack {
  return buildNationalPack(nationalMeta as PackMeta, [...sections]);
}
