/**
 * The messages the three workbook adapters share (Office.js, in memory, .xlsx), written once.
 */
import { DomainError } from "../../domain";

/**
 * The French error for a range address that cannot be read.
 *
 * @example
 * invalidAddress("A3:") // => DomainError « « A3: » n'est pas une plage de cellules (exemple : A1:H40) »
 */
export function invalidAddress(address: string): DomainError {
  return new DomainError("workbook.range.invalid", `« ${address} » n'est pas une plage de cellules (exemple : A1:H40)`);
}
