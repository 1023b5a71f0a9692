/**
 * The order in which the plugins' pipeline steps run: each after the steps it reads (`after`), and
 * otherwise in the registry's order, so a run is the same every time.
 */
import type { TableDef } from "../../domain";
import type { PipelineStep, PluginDefinition } from "../plugins/types";
import { stepMissing, stepsWaiting } from "./errors";

export interface OrderedStep {
  plugin: string;
  step: PipelineStep;
  /** The tables the plugin declares it writes: the only ones its step may write. */
  writes: readonly TableDef[];
}

/**
 * Orders the steps of the plugins that have one (Kahn's algorithm, registry order among equals).
 * Throws a French `DomainError` when a step waits for a plugin that has no step, or for itself through others.
 *
 * @throws DomainError `pipeline.step.missing`, `pipeline.step.cycle`
 *
 * @example
 * orderSteps([bilans (after ventilation), eligibility, ventilation (after eligibility)]).map((s) => s.plugin)
 * // => ["eligibility", "ventilation", "bilans"]
 */
export function orderSteps(plugins: readonly PluginDefinition[]): OrderedStep[] {
  const steps = plugins.flatMap((plugin) =>
    plugin.pipeline ? [{ plugin: plugin.id, step: plugin.pipeline, writes: plugin.tables.writes }] : [],
  );
  const ids = new Set(steps.map((entry) => entry.plugin));
  for (const { plugin, step } of steps) {
    const missing = (step.after ?? []).find((id) => !ids.has(id));
    if (missing) throw stepMissing(plugin, missing);
  }
  const ordered: OrderedStep[] = [];
  const done = new Set<string>();
  while (ordered.length < steps.length) {
    const next = steps.find((entry) => !done.has(entry.plugin) && (entry.step.after ?? []).every((id) => done.has(id)));
    if (!next) {
      const waiting = steps.filter((entry) => !done.has(entry.plugin)).map((entry) => entry.plugin);
      throw stepsWaiting(waiting);
    }
    ordered.push(next);
    done.add(next.plugin);
  }
  return ordered;
}
