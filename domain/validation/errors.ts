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

// Issue 17: implausible inputs, files and the shared workbook.

/** Beyond this, a number is a typing or export mistake, and sums lose their cents (2^53 ≈ 9·10^15). */
export const LARGEST_NUMBER = 1e15;

/**
 * @example
 * numberOutOfRange({ field: "lots[0].amount" }, 1e308).message
 * // => "lots[0].amount : nombre hors limites (reçu « 1e+308 ») : au plus 1 000 000 000 000 000 en valeur absolue"
 */
export function numberOutOfRange(where: Where, value: number): DomainError {
  return new DomainError(
    "input.number.range",
    `nombre hors limites (reçu « ${String(value)} ») : au plus 1 000 000 000 000 000 en valeur absolue`,
    where,
  );
}

/** Problems of one input reported one by one; the others are counted (see `moreProblems`). */
export const MAX_ERRORS = 200;

/**
 * @example
 * moreProblems(4_999_800).message // => "… et 4 999 800 autres erreurs (corrigez les premières, puis relancez)"
 */
export function moreProblems(count: number): DomainError {
  const shown = count.toLocaleString("fr-FR").replace(/\u202f/g, " ");
  return new DomainError("input.truncated", `… et ${shown} autres erreurs (corrigez les premières, puis relancez)`);
}
