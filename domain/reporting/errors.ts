/**
 * The reporting module's French messages about disclosure control, as small factories.
 */
import { DomainError } from "../errors";

/** The national floor of the small-count threshold: a territory may raise it, never lower it. */
export const SMALL_COUNT_FLOOR = 5;

/**
 * Why a pack's (or a settings sheet's) threshold under the floor is refused (the text of the rule check).
 *
 * @example
 * smallCountBelowFloorReason(5) // => "le seuil de diffusion ne peut pas descendre sous le plancher national de 5 personnes : un paquet de territoire peut le relever, pas l'abaisser"
 */
export function smallCountBelowFloorReason(floor: number): string {
  return `le seuil de diffusion ne peut pas descendre sous le plancher national de ${floor} personnes : un paquet de territoire peut le relever, pas l'abaisser`;
}

/**
 * A releases register that cannot be read.
 *
 * @example
 * registerInvalid("diffusions.json", "releases[0].period").code // => "reporting.register.invalid"
 */
export function registerInvalid(file: string, field: string, reason: string): DomainError {
  return new DomainError("reporting.register.invalid", `registre des diffusions illisible (${file}) : ${reason}`, { field });
}

/**
 * A `--period` that is not two whole months in order (or given with --from / --to).
 *
 * @example
 * periodOptionInvalid("2026-13:2026-01").message // => "--period : une période de mois entiers AAAA-MM:AAAA-MM est attendue, sans --from ni --to (reçu « 2026-13:2026-01 »)"
 */
export function periodOptionInvalid(value: string): DomainError {
  return new DomainError(
    "reporting.period.option",
    `une période de mois entiers AAAA-MM:AAAA-MM est attendue, sans --from ni --to (reçu « ${value} »)`,
    { field: "--period" },
  );
}
