/**
 * The messages of the kit's panel helpers, in one place.
 */
import { DomainError } from "../../../domain";

/**
 * A row update asked of a workbook that cannot update rows in place (no such face today: a guard).
 *
 * @example
 * rowUpdateUnavailable().code // => "kit.update.unavailable"
 */
export function rowUpdateUnavailable(): DomainError {
  return new DomainError("kit.update.unavailable", "ce classeur ne permet pas de mettre à jour une ligne existante : rien n'a été écrit");
}

/**
 * Work that only reads, stopped by the facilitator: nothing was written.
 *
 * @example
 * workCancelled().code // => "kit.work.cancelled"
 */
export function workCancelled(): DomainError {
  return new DomainError("kit.work.cancelled", "arrêté à votre demande : rien n'a été écrit");
}
