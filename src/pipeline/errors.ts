/**
 * The pipeline runner's messages, written once (code, French reason).
 */
import { DomainError } from "../../domain";

/**
 * @example
 * stepMissing("bilans", "ventilation").code // => "pipeline.step.missing"
 */
export function stepMissing(plugin: string, missing: string): DomainError {
  return new DomainError("pipeline.step.missing", `l'étape « ${plugin} » a besoin de l'étape « ${missing} », qui n'existe pas`);
}

/**
 * @example
 * stepsWaiting(["a", "b"]).code // => "pipeline.step.cycle"
 */
export function stepsWaiting(plugins: readonly string[]): DomainError {
  return new DomainError("pipeline.step.cycle", `les étapes ${plugins.map((id) => `« ${id} »`).join(", ")} s'attendent l'une l'autre`);
}

/**
 * @example
 * userTableWritten("bilans", "Heures").code // => "pipeline.write.user"
 */
export function userTableWritten(plugin: string, sheet: string): DomainError {
  return new DomainError(
    "pipeline.write.user",
    `l'étape « ${plugin} » veut réécrire le tableau ${sheet}, qui appartient au facilitateur : refusé`,
  );
}

/**
 * @example
 * tableWrittenTwice("a", "b", "Bilans").code // => "pipeline.write.twice"
 */
export function tableWrittenTwice(earlier: string, plugin: string, sheet: string): DomainError {
  return new DomainError("pipeline.write.twice", `les étapes « ${earlier} » et « ${plugin} » écrivent toutes deux le tableau ${sheet}`);
}

/**
 * A step writes a table its plugin did not declare in `tables.writes`: refused, so the declaration
 * stays the whole truth about what a plugin may change.
 *
 * @example
 * undeclaredTableWritten("coverage", "Bilans").code // => "pipeline.write.undeclared"
 */
export function undeclaredTableWritten(plugin: string, sheet: string): DomainError {
  return new DomainError(
    "pipeline.write.undeclared",
    `l'étape « ${plugin} » veut écrire le tableau ${sheet}, que son plugin ne déclare pas (tables.writes) : refusé`,
  );
}
