/**
 * The workbook commands' own messages (`clauses import`), written once.
 */
import { DomainError } from "../../../domain";

/**
 * @example
 * sheetEmpty("Ancien suivi", "suivi.xlsx").code // => "import.sheet.empty"
 */
export function sheetEmpty(sheet: string, input: string): DomainError {
  return new DomainError("import.sheet.empty", `la feuille « ${sheet} » de « ${input} » est vide`);
}

/**
 * @example
 * headerRowOutside(50, "A1:H40").code // => "import.header.row"
 */
export function headerRowOutside(row: number | undefined, address: string): DomainError {
  return new DomainError("import.header.row", `la ligne ${row} n'est pas dans la plage lue (${address})`, { field: "headerRow" });
}

/**
 * @example
 * mappingIncomplete("la colonne obligatoire « Heures » n'est alimentée par aucune colonne de la feuille").code // => "import.mapping.incomplete"
 */
export function mappingIncomplete(reason: string): DomainError {
  return new DomainError("import.mapping.incomplete", reason, { field: "columns" });
}

/**
 * @example
 * noFilledSheet("vide.xlsx").code // => "import.sheet.none"
 */
export function noFilledSheet(input: string): DomainError {
  return new DomainError("import.sheet.none", `« ${input} » ne contient aucune feuille remplie`);
}
