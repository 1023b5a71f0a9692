/**
 * A sheet of the demo workbook that is not a table: November and December 2026 exported from the
 * facilitator's previous spreadsheet, as such exports look. A title and a blank line above the headers,
 * its own column names in its own order (« Salarié », « Nb heures », « Société », « Chantier »), a
 * comment column the add-in does not know, dates as Excel dates or as text, and four rows a careful
 * import must refuse. The « Importer » wizard of the preview (and `clauses import`) takes it in.
 */
import { dayFromIso, excelSerialFromDay, type Cell } from "../../domain";

export const LEGACY_SHEET = "Ancien suivi";

const serial = (iso: string): number => excelSerialFromDay(dayFromIso(iso));

export const legacyHeaders: Cell[] = [
  "Date de fin",
  "Salarié",
  "Nb heures",
  "Société",
  "Chantier",
  "Commentaire",
  "Date début",
  "Type contrat",
];

/** The sheet from A1: title, blank line, headers (row 3), then rows 4 to 13. */
export const legacyCells: Cell[][] = [
  ["Suivi des heures d'insertion — export de l'ancien tableur (novembre-décembre 2026)"],
  [],
  legacyHeaders,
  [serial("2026-11-30"), "P007", 35, "PROPRETE-VR", "M4", null, serial("2026-11-01"), "CDD"],
  ["31/12/2026", "P007", 35, "PROPRETE-VR", "M4", "saisi à la main", "01/12/2026", "CDD"],
  [serial("2026-11-30"), "P004", 28, "JARDINS-VAL", "M5", null, serial("2026-11-01"), "Apprentissage"],
  ["31/12/2026", "P004", -28, "JARDINS-VAL", "M5", "avoir ?", "01/12/2026", "Apprentissage"], // negative hours
  ["31/11/2026", "P008", 14, "JARDINS-VAL", "M5", null, "01/11/2026", "Apprentissage"], // 31 November
  ["30/11/2026", "P002", 21, "BTP RIVIERE", null, null, "01/11/2026", "CDI"], // unknown company
  [],
  ["15/12/2026", "P001", 14, "BTP-RIVIERE", null, "à vérifier", "20/12/2026", "CDD"], // ends before it starts
  [serial("2026-12-31"), "P006", 30, "BTP-RIVIERE", null, null, serial("2026-12-01"), "Mise à disposition SIAE/GEIQ"],
  [serial("2026-12-31"), "P005", 21, "PROPRETE-VR", "M4", null, serial("2026-12-01"), "CDD"],
];

/** Columns of the sheet that hold dates (shown as dates in Excel and in the preview). */
export const legacyDateColumns: readonly number[] = [0, 6];
