/**
 * The validation module's French messages shared by every input, as small factories.
 */
import { DomainError, type Where } from "../errors";

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
