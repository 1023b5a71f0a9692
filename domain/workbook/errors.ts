/**
 * The workbook's messages, written once: the errors of a table (code, French reason, where: table,
 * row as Excel shows it, column) and the reasons a cell cannot be read.
 */
import { reversedReason } from "../dates/errors";
import { DomainError, type Where } from "../errors/domain-error";
import type { ColumnDef, TableDef } from "./table-def";
import { NOT_NEGATIVE, negativeCell } from "../validation/errors";

/**
 * @example
 * columnMissing("Heures", "Heures").message // => "Heures : la colonne « Heures » est absente"
 */
export function columnMissing(sheet: string, header: string): DomainError {
  return new DomainError("table.column.missing", `la colonne « ${header} » est absente`, { table: sheet });
}

/**
 * @example
 * cellInvalid("Heures", 3, "Heures", "« -3 » : doit être positif ou nul").code // => "table.cell.invalid"
 */
export function cellInvalid(sheet: string, row: number, header: string, reason: string): DomainError {
  return new DomainError("table.cell.invalid", reason, { table: sheet, row, column: header });
}

/**
 * @example
 * rowInconsistent("Heures", 2, "Fin", CELL_REASONS.reversed("30/01/2026", "05/02/2026")).code // => "table.row.inconsistent"
 */
export function rowInconsistent(sheet: string, row: number, header: string, reason: string): DomainError {
  return new DomainError("table.row.inconsistent", reason, { table: sheet, row, column: header });
}

/**
 * @example
 * migrationMissing(3).code // => "schema.migration.missing"
 */
export function migrationMissing(version: number): DomainError {
  return new DomainError("schema.migration.missing", `aucune migration de la version ${version} à ${version + 1}`);
}

/**
 * @example
 * versionUnreadable("x").code // => "schema.version.invalid"
 */
export function versionUnreadable(stored: unknown): DomainError {
  return new DomainError("schema.version.invalid", `la version du classeur enregistrée (« ${String(stored)} ») est illisible`);
}

/** Why a cell cannot be read, or a row does not hold together (the reasons of the errors above). */
export const CELL_REASONS = {
  notFinite: () => "nombre invalide",
  numberExpected: () => "un nombre est attendu",
  notANumber: (text: string) => `« ${text} » n'est pas un nombre`,
  notAnInteger: (value: number) => `${value} n'est pas un nombre entier`,
  negative: (value: number) => negativeCell(value),
  below: (value: number, min: number) =>
    min === 0 ? negativeCell(value) : `« ${String(value).replace(".", ",")} » : doit être au moins ${String(min).replace(".", ",")}`,
  notAFraction: (value: number) =>
    `${value} n'est pas une fraction : ${value} % s'écrit ${value / 100} ou « ${value} % »`.replace(/\./g, ","),
  outOfUnitRange: (shown: string) => `« ${shown} » doit être compris entre 0 et 100 %`,
  yesOrNo: (cell: string) => `« ${cell} » : répondez Oui ou Non`,
  notAChoice: (cell: string, labels: readonly string[]) => `« ${cell} » n'est pas une valeur possible (${labels.join(", ")})`,
  dateIsNotText: () => "une date n'est pas un texte",
  textExpected: () => "du texte est attendu",
  notASiret: (text: string) => `« ${text} » n'est pas un SIRET (14 chiffres attendus)`,
  siretLength: (digits: string, lostZero: boolean) =>
    `le SIRET « ${digits} » a ${digits.length} chiffres au lieu de 14${lostZero ? " : un zéro initial a été perdu ? Saisissez le SIRET comme du texte" : ""}`,
  sirenKey: (siren: string) => `le SIREN « ${siren} » (9 premiers chiffres du SIRET) a une clé de contrôle invalide (chiffre mal saisi ?)`,
  siretKey: (digits: string) => `le SIRET « ${digits} » a une clé de contrôle invalide (chiffre mal saisi ?)`,
  alreadyUsed: (value: string, row: number) => `« ${value} » est déjà utilisé ligne ${row}`,
  reversed: (end: string, start: string) => reversedReason(end, start),
  tooManyHours: (hours: number, period: string, perDay: number) =>
    `${hours} h sur ${period} : plus de ${perDay} h par jour (faute de frappe ?)`,
  otherCompany: (market: string, owner: string, company: string) =>
    `le marché « ${market} » est celui de « ${owner} », pas de « ${company} »`,
  unknownReference: (unknown: string, pronoun: string, target: string, hint: string) =>
    `${unknown} : ${pronoun} n'est pas dans le tableau ${target}${hint}`,
  didYouMean: (id: string) => ` (vouliez-vous dire « ${id} » ?)`,
};

export { NOT_NEGATIVE };

/**
 * @example
 * schemaOutdated().code // => "schema.outdated"
 */
export function schemaOutdated(): DomainError {
  return new DomainError(
    "schema.outdated",
    "ce classeur est dans une ancienne organisation : mettez-le à jour (volet « Importer », « Mettre à jour le classeur ») avant d'y écrire",
  );
}

/**
 * @example
 * schemaNewer(newerSchemaMessage(9)).code // => "schema.newer"
 */
export function schemaNewer(reason: string): DomainError {
  return new DomainError("schema.newer", reason);
}

// Reading ranges as Excel users give them (custom-function arguments, structured references).

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

// The guard before a write (domain/workbook/write-check.ts) and the pane's percent fields.

/**
 * A row about to be written whose key is already in the table: offered as an update, never duplicated.
 *
 * @example
 * keyExists("Marchés", "Marché", "2026-014", 7).message // => "Marchés, colonne « Marché » : « 2026-014 » existe déjà (ligne 7) …"
 */
export function keyExists(table: string, column: string, key: string, row: number): DomainError {
  return new DomainError(
    "workbook.write.keyExists",
    `« ${key} » existe déjà (ligne ${row}) : mettez à jour cette ligne ou choisissez une autre référence`,
    { table, column },
  );
}

/**
 * A value the pane would write but that the table's readers could not read back.
 *
 * @example
 * unwritableValue({ table: "Marchés", column: "Début" }, "« 2026-13-01 » n'est pas une date").code // => "workbook.write.unreadable"
 */
export function unwritableValue(where: Where, reason: string): DomainError {
  return new DomainError("workbook.write.unreadable", reason, where);
}

/**
 * A percentage between 0 and 1 % in a percent field: probably a fraction typed by mistake, so the
 * form asks before computing anything with it.
 *
 * @example
 * percentLooksLikeFraction("Taux d'insertion", 0.05).reason // => "0,05 % : vouliez-vous dire 5 % ?"
 */
export function percentLooksLikeFraction(field: string, percent: number): DomainError {
  const shown = (value: number) => String(Math.round(value * 1e6) / 1e6).replace(".", ",");
  return new DomainError("form.percent.fraction", `${shown(percent)} % : vouliez-vous dire ${shown(percent * 100)} % ?`, { field });
}
