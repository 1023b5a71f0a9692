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

/**
 * @example
 * sheetMissing("Heures").message // => "La feuille « Heures » n'existe pas"
 */
export function sheetMissing(sheet: string): DomainError {
  return new DomainError("workbook.sheet.missing", `la feuille « ${sheet} » n'existe pas`);
}

/**
 * @example
 * tableMissing("Participants").code // => "workbook.table.missing"
 */
export function tableMissing(sheet: string): DomainError {
  return new DomainError("workbook.table.missing", `le tableau ${sheet} est absent du classeur`);
}

/**
 * A sheet of the table's name already holds data outside any table: the add-in never writes over it.
 *
 * @example
 * sheetBusy("Heures", "Heures").code // => "workbook.sheet.busy"
 */
export function sheetBusy(sheet: string, table: string): DomainError {
  return new DomainError(
    "workbook.sheet.busy",
    `la feuille « ${sheet} » contient déjà des données sans tableau ${table} : renommez-la, puis réessayez`,
  );
}
