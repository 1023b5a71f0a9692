/**
 * The import wizard's messages, written once: the errors of a mapping file (code, French reason,
 * where) and the reasons a sheet row is rejected or a mapping blocked.
 */
import { DomainError } from "../errors/domain-error";

/**
 * The one wording of a table without a column of that name.
 *
 * @example
 * noSuchColumn("Heures", "heurs") // => "le tableau Heures n'a pas de colonne « heurs »"
 */
export function noSuchColumn(sheet: string, name: string): string {
  return `le tableau ${sheet} n'a pas de colonne « ${name} »`;
}

/**
 * @example
 * tableUnknown("Heurs", "Marchés, Heures").code // => "import.table.unknown"
 */
export function tableUnknown(name: string, known: string): DomainError {
  return new DomainError("import.table.unknown", `tableau inconnu « ${name} » (attendu : ${known})`, { field: "table" });
}

/**
 * @example
 * mappingSourceMissing("Nb h", "columns.Nb h").code // => "import.mapping.source"
 */
export function mappingSourceMissing(source: string, field: string): DomainError {
  return new DomainError("import.mapping.source", `la feuille n'a pas de colonne « ${source} »`, { field });
}

/**
 * @example
 * mappingTargetUnknown("Heures", "heurs", "company, hours", "columns.Nb h").code // => "import.mapping.target"
 */
export function mappingTargetUnknown(sheet: string, target: string, expected: string, field: string): DomainError {
  return new DomainError("import.mapping.target", `${noSuchColumn(sheet, target)} (attendu : ${expected})`, { field });
}

/** Why a mapping cannot be applied (shown before the dry run). */
export const MAPPING_PROBLEMS = {
  fedTwice: (header: string) => `la colonne « ${header} » est alimentée par plusieurs colonnes de la feuille`,
  requiredUnfed: (header: string) => `la colonne obligatoire « ${header} » n'est alimentée par aucune colonne de la feuille`,
};

/** Why a row of the sheet is rejected by the dry run. */
export const ROW_REASONS = {
  conflicting: (id: string, sheet: string, row: number) =>
    `« ${id} » existe déjà dans le tableau ${sheet} (ligne ${row}) avec d'autres valeurs : corrigez-la dans le tableau`,
  duplicate: (row: number | undefined) => `même ligne que la ligne ${row} de la feuille (doublon ?)`,
  ambiguousDate: (text: string, readings: string) =>
    `« ${text} » peut se lire ${readings} : précisez l'ordre des dates (jour/mois ou mois/jour)`,
};
