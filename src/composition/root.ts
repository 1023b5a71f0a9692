/**
 * The composition root: the one module that knows every plugin. It wires the registry, the rule
 * sections, the national pack and the services; only the entry points import it (the task pane, the
 * preview, the functions bundle and the CLI). Nothing here loads React: panels stay lazy loaders
 * until the task pane turns them into components.
 */
import type { Day, RulePack, RuleSection } from "../../domain";
import { plugins } from "../plugins/registry";
import type { Services } from "../plugins/types";
import { provideNationalPack } from "../plugin-kit/rules/active-pack";
import { nationalPackOf, ruleSectionsOf } from "../rules/national-pack";
import { RulesService } from "../rules/rules-service";
import type { WorkbookPort } from "../workbook/port";

export { plugins };

/**
 * Every section a pack can have: the core's calendar, then the plugins' in registry order.
 *
 * @example
 * ruleSections().map((section) => section.key) // => ["calendar", "sizing", …]
 */
export function ruleSections(): RuleSection[] {
  return ruleSectionsOf(plugins);
}

let cached: RulePack | null = null;

/**
 * The national pack (validated once, then cached).
 *
 * @example
 * nationalPack().meta.version // => "2026.11.1"
 * @throws ValidationFailed when a section's national values break its schema (a build mistake)
 */
export function nationalPack(): RulePack {
  cached ??= nationalPackOf(ruleSections());
  return cached;
}

/**
 * Tells the pack store (read by the custom functions) where the national pack comes from.
 *
 * @example
 * installNationalPack(); // then activePack() is the national pack until a workbook's pack is loaded
 */
export function installNationalPack(): void {
  provideNationalPack(nationalPack);
}

/**
 * The rule packs of a workbook (national, or the territory pack stored in it).
 *
 * @example
 * const pack = await rulesOf(workbook).current();
 */
export function rulesOf(workbook: WorkbookPort): RulesService {
  installNationalPack();
  return new RulesService(workbook, { national: nationalPack, sections: ruleSections });
}

/**
 * What the panels receive, for a workbook (Office.js, in memory, or a file).
 *
 * @example
 * renderPane(servicesFor(workbook, () => todayDay()), "excel");
 */
export function servicesFor(workbook: WorkbookPort, today: () => Day): Services {
  return { workbook, rules: rulesOf(workbook), today };
}
