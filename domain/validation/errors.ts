/**
 * The wordings of the rules every input shares (JSON fields, workbook cells, custom-function
 * arguments), written once so the same rule reads the same everywhere.
 */
import { DomainError, type Where } from "../errors/domain-error";

/** A number below zero: « -3 » is refused, never read as 3. */
export const NOT_NEGATIVE = "doit être positif ou nul";

/** A number that must be above zero. */
export const STRICTLY_POSITIVE = "doit être strictement positif";

/**
 * The negative-value message for a value shown as the facilitator typed it.
 *
 * @example
 * negativeValue("« -3 »") // => "doit être positif ou nul (reçu « -3 »)"
 */
export function negativeValue(shown: string): string {
  return `${NOT_NEGATIVE} (reçu ${shown})`;
}

/**
 * A negative value in a cell, as the workbook codec words every bad cell (« value » : rule).
 *
 * @example
 * negativeCell(-3.5) // => "« -3,5 » : doit être positif ou nul"
 */
export function negativeCell(value: number): string {
  return `« ${String(value).replace(".", ",")} » : ${NOT_NEGATIVE}`;
}

/**
 * One schema problem, located (what `parseOrThrow` throws a list of).
 *
 * @example
 * inputInvalid("input.invalid", "doit être un nombre (reçu « abc »)", { field: "lots[0].amount" }).message
 * // => "lots[0].amount : doit être un nombre (reçu « abc »)"
 */
export function inputInvalid(code: string, reason: string, where: Where): DomainError {
  return new DomainError(code, reason, where);
}
