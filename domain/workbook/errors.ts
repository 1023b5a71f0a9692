/**
 * The messages of reading ranges as Excel users give them (custom-function arguments, structured
 * references): one factory per problem, each naming the table and the column or cell at fault.
 */
import { DomainError } from "../errors";
import type { ColumnDef, TableDef } from "./table-def";

const list = (columns: readonly ColumnDef[]) => columns.map((column) => `« ${column.header} »`).join(", ");

/**
 * A range given with its header row lacks a column the computation needs.
 *
 * @example
 * missingRangeColumn(hoursTable, hoursColumn("start")).message
 * // => "Heures : la colonne « Début » est absente de la plage (requise pour ce calcul)"
 */
export function missingRangeColumn(table: TableDef, column: ColumnDef): DomainError {
  return new DomainError("table.range.column", `la colonne « ${column.header} » est absente de la plage (requise pour ce calcul)`, {
    table: table.sheet,
  });
}

/**
 * A range without header row whose width is not the table's: its columns cannot be told apart.
 *
 * @example
 * rangeWidth(hoursTable, 3).message
 * // => "Heures : la plage a 3 colonnes et pas de ligne d'en-tête ; il manque « Type de contrat », … : donnez la plage avec sa ligne d'en-tête (Heures[#Tout]) ou toutes les colonnes du tableau dans l'ordre"
 */
export function rangeWidth(table: TableDef, width: number): DomainError {
  const missing = table.columns.slice(width);
  const what =
    missing.length > 0
      ? `il manque ${list(missing)}`
      : `le tableau en a ${table.columns.length} (${list(table.columns)}), on ne sait pas lesquelles sont en trop`;
  return new DomainError(
    "table.range.width",
    `la plage a ${width} colonne${width > 1 ? "s" : ""} et pas de ligne d'en-tête ; ${what} : donnez la plage avec sa ligne d'en-tête (${table.name}[#Tout]) ou toutes les colonnes du tableau dans l'ordre`,
    { table: table.sheet },
  );
}

/**
 * A number stored as text in a range read from a workbook (Excel's own sums would skip it).
 *
 * @example
 * textNumber("600").reason // => "« 600 » est un nombre enregistré comme texte : convertissez la cellule en nombre (Excel l'ignore dans ses propres sommes)"
 */
export function textNumber(text: string): { ok: false; reason: string } {
  return {
    ok: false,
    reason: `« ${text} » est un nombre enregistré comme texte : convertissez la cellule en nombre (Excel l'ignore dans ses propres sommes)`,
  };
}

/**
 * A cell holding an Excel error value (#DIV/0!, #N/A…): nothing is computed on it.
 *
 * @example
 * errorCell("#DIV/0!").reason // => "la cellule contient l'erreur #DIV/0! : corrigez-la d'abord"
 */
export function errorCell(code: string): { ok: false; reason: string } {
  return { ok: false, reason: `la cellule contient l'erreur ${code} : corrigez-la d'abord` };
}
