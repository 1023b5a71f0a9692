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

/** The .xlsx adapter's refusals (files the CLI opens and writes). */
export const XLSX_ERRORS = {
  unreadable: () =>
    new DomainError("xlsx.unreadable", "ce fichier n'est pas un classeur Excel .xlsx lisible (enregistrez-le au format .xlsx)"),
  date1904: () =>
    new DomainError(
      "xlsx.date1904",
      "ce classeur utilise le calendrier 1904 (ancien Excel pour Mac) : décochez « Utiliser le calendrier depuis 1904 » dans Excel, puis réessayez",
    ),
  totalsRow: (sheet: string) =>
    new DomainError("xlsx.table.totals", `le tableau ${sheet} a une ligne de total : retirez-la dans Excel, puis réessayez`),
  blocked: (sheet: string, address: string) =>
    new DomainError(
      "xlsx.table.blocked",
      `impossible d'agrandir le tableau ${sheet} : des cellules sous le tableau ne sont pas vides (${address})`,
    ),
  columnBlocked: (table: string, header: string, address: string) =>
    new DomainError(
      "xlsx.table.blocked",
      `impossible d'ajouter la colonne « ${header} » au tableau ${table} : des cellules à sa droite ne sont pas vides (${address})`,
    ),
  badRef: (table: string, address: string) =>
    new DomainError("xlsx.table.ref", `le tableau ${table} a une plage illisible (« ${address} »)`),
};

/**
 * A row to rewrite no longer holds its key (someone sorted or edited the table meanwhile).
 *
 * @example
 * rowMoved("Participants", 4, "P003").code // => "workbook.row.moved"
 */
export function rowMoved(sheet: string, row: number, key: string): DomainError {
  return new DomainError("workbook.row.moved", `la ligne ${row} ne contient plus « ${key} » : relisez le classeur, rien n'a été modifié`, {
    table: sheet,
    row,
  });
}

/**
 * @example
 * tableProtected("Marchés").code // => "workbook.table.protected"
 */
export function tableProtected(sheet: string): DomainError {
  return new DomainError(
    "workbook.table.protected",
    `le tableau ${sheet} appartient au facilitateur : le complément y ajoute des lignes, il ne le réécrit jamais`,
  );
}

/**
 * @example
 * tableWrittenTwice("Bilans").code // => "workbook.table.twice"
 */
export function tableWrittenTwice(table: string): DomainError {
  return new DomainError("workbook.table.twice", `le tableau ${table} est écrit deux fois dans le même lot`);
}
