/**
 * The order in which the plugins' pipeline steps run: each after the steps it reads (`after`), and
 * otherwise in the registry's order, so a run is the same every time.
 */
import { DomainError } from "../../domain";
import type { PipelineStep, PluginDefinition } from "../plugins/types";

export interface OrderedStep {
  plugin: string;
  step: PipelineStep;
}

/**
 * Orders the steps of the plugins that have one (Kahn's algorithm, registry order among equals).
 * Throws a French `DomainError` when a step waits for a plugin that has no step, or for itself through others.
 *
 * @example
 * orderSteps([bilans (after ventilation), eligibility, ventilation (after eligibility)]).map((s) => s.plugin)
 * // => ["eligibility", "ventilation", "bilans"]
 */
export function orderSteps(plugins: readonly PluginDefinition[]): OrderedStep[] {
  const steps = plugins.flatMap((plugin) => (plugin.pipeline ? [{ plugin: plugin.id, step: plugin.pipeline }] : []));
  const ids = new Set(steps.map((entry) => entry.plugin));
  for (const { plugin, step } of steps) {
    const missing = (step.after ?? []).find((id) => !ids.has(id));
    if (missing)
      throw new DomainError("pipeline.step.missing", `l'étape « ${plugin} » a besoin de l'étape « ${missing} », qui n'existe pas`);
  }
  const ordered: OrderedStep[] = [];
  const done = new Set<string>();
  while (ordered.length < steps.length) {
    const next = steps.find((entry) => !done.has(entry.plugin) && (entry.step.after ?? []).every((id) => done.has(id)));
    if (!next) {
      const waiting = steps.filter((entry) => !done.has(entry.plugin)).map((entry) => entry.plugin);
      throw new DomainError("pipeline.step.cycle", `les étapes ${waiting.map((id) => `« ${id} »`).join(", ")} s'attendent l'une l'autre`);
    }
    ordered.push(next);
    done.add(next.plugin);
  }
  return ordered;
}
