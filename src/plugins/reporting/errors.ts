/**
 * The « Bilans » panel's own messages, written once.
 */
import { DomainError } from "../../../domain";

/**
 * The workbook cannot rewrite rows in place (an adapter without `updateRows`, e.g. an old file).
 *
 * @example
 * purgeUnavailable().code // => "reporting.purge.unavailable"
 */
export function purgeUnavailable(): DomainError {
  return new DomainError("reporting.purge.unavailable", "ce classeur ne permet pas la purge");
}
