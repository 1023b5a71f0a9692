/**
 * The messages of the Mutualisation panel's engine, in one place.
 */
import { DomainError } from "../../../domain";

/**
 * A figure asked for before the workbook's tables were read (a click during the first read).
 *
 * @example
 * tablesNotRead().code // => "ventilation.pane.notRead"
 */
export function tablesNotRead(): DomainError {
  return new DomainError("ventilation.pane.notRead", "les tableaux du classeur sont encore en lecture : réessayez dans un instant");
}
