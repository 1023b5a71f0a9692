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

// Issue 17: implausible inputs, files and the shared workbook.

/**
 * Cells beside an add-in table that the table would cover once grown: never written over.
 *
 * @example
 * cellsInTheWay("Ventilation", "Ventilation", "A12:C14").code // => "workbook.table.blocked"
 */
export function cellsInTheWay(table: string, sheet: string, address: string): DomainError {
  return new DomainError(
    "workbook.table.blocked",
    `le tableau ${table} doit s'agrandir sur des cellules qui contiennent des données (feuille « ${sheet} », ${address}) : déplacez-les ou videz-les, puis réessayez (rien n'a été écrit)`,
  );
}

/**
 * Rows that another person (or another import) added since the dry run, identical to rows of this import.
 *
 * @example
 * addedMeanwhile("Heures", [12, 13]).code // => "workbook.import.duplicate"
 */
export function addedMeanwhile(sheet: string, rows: readonly number[]): DomainError {
  const shown = rows.slice(0, 10).join(", ") + (rows.length > 10 ? `… (${rows.length} lignes)` : "");
  return new DomainError(
    "workbook.import.duplicate",
    `des lignes identiques à celles de l'import sont déjà dans le tableau ${sheet} (ligne(s) ${shown}), sans doute ajoutées entre-temps : relancez l'essai à blanc (rien n'a été écrit)`,
  );
}

/**
 * A setting cell that does not hold JSON (edited by hand, or by another tool).
 *
 * @example
 * settingNotJson("Clauses (réglages)", "B2", "clauses.territoryPack").code // => "workbook.setting.invalid"
 */
export function settingNotJson(sheet: string, cell: string, key: string): DomainError {
  return new DomainError(
    "workbook.setting.invalid",
    `le réglage « ${key} » (feuille « ${sheet} », cellule ${cell}) n'est pas du JSON valide : corrigez la cellule ou supprimez la ligne`,
  );
}

/**
 * A file too large to be opened in memory on this machine.
 *
 * @example
 * workbookTooLarge("9.1", "3.5").code // => "xlsx.too.large"
 */
export function workbookTooLarge(neededGb: string, availableGb: string): DomainError {
  return new DomainError(
    "xlsx.too.large",
    `ce classeur est trop grand pour être ouvert ici (environ ${neededGb.replace(".", ",")} Go de mémoire nécessaires, ${availableGb.replace(".", ",")} Go disponibles) : découpez les tableaux par année, ou lancez la commande sur une machine plus grande (NODE_OPTIONS=--max-old-space-size=…)`,
  );
}

/**
 * A warning (not an error): merged cells are read as Excel reads them.
 *
 * @example
 * mergedCellsRead("Heures", "A2:A5") // => "Feuille « Heures », cellules fusionnées A2:A5 : lues comme dans Excel, la valeur dans A2 seulement (les autres cellules sont vides)"
 */
export function mergedCellsRead(sheet: string, address: string): string {
  const first = address.split(":")[0];
  return `Feuille « ${sheet} », cellules fusionnées ${address} : lues comme dans Excel, la valeur dans ${first} seulement (les autres cellules sont vides)`;
}

/**
 * A warning: formulas without a calculated value in the file (saved by a tool that does not calculate).
 *
 * @example
 * formulasNotComputed("Heures", ["H2", "H3"]) // => "Feuille « Heures », formules sans valeur calculée (H2, H3) : …"
 */
export function formulasNotComputed(sheet: string, cells: readonly string[]): string {
  const shown = cells.slice(0, 10).join(", ") + (cells.length > 10 ? `… (${cells.length} cellules)` : "");
  return `Feuille « ${sheet} », formules sans valeur calculée (${shown}) : le fichier a été enregistré sans recalcul ; ouvrez-le dans Excel ou LibreOffice, enregistrez-le, puis relancez`;
}

/**
 * Rows are removed from a table only with an append (a statement's earlier version replaced).
 *
 * @example
 * removeNeedsAppend("Heures").code // => "workbook.remove.mode"
 */
export function removeNeedsAppend(sheet: string): DomainError {
  return new DomainError("workbook.remove.mode", `le tableau ${sheet} : des lignes ne se retirent qu'avec un ajout`);
}

/**
 * The column that says which rows to remove is missing: the workbook must be brought up to date first.
 *
 * @example
 * columnMissing("Heures", "Relevé").code // => "workbook.column.missing"
 */
export function columnMissing(sheet: string, header: string): DomainError {
  return new DomainError(
    "workbook.column.missing",
    `le tableau ${sheet} n'a pas de colonne « ${header} » : mettez le classeur à jour (panneau « Importer »), puis réessayez`,
  );
}

/**
 * A write to a sheet that `clauses run` read by streaming (a large sheet is carried to the output as
 * it was; see docs/workbook.md).
 *
 * @example
 * streamedSheetWritten("Heures").code // => "xlsx.sheet.streamed"
 */
export function streamedSheetWritten(sheet: string): DomainError {
  return new DomainError(
    "xlsx.sheet.streamed",
    `la feuille « ${sheet} » est trop grande pour être modifiée par cette commande (elle est lue en flux et recopiée telle quelle) : ouvrez le classeur dans Excel pour la modifier`,
  );
}

/**
 * The copy of a streamed sheet found no place for its rows in the part exceljs wrote (never seen: a
 * change of exceljs's output would cause it). Nothing is written.
 *
 * @example
 * streamedSheetNotCopied("Heures").code // => "xlsx.sheet.notCopied"
 */
export function streamedSheetNotCopied(sheet: string): DomainError {
  return new DomainError(
    "xlsx.sheet.notCopied",
    `la feuille « ${sheet} » n'a pas pu être recopiée dans le classeur écrit : rien n'a été écrit. Signalez-le avec la version du complément`,
  );
}
