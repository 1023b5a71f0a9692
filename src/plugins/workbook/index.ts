/**
 * The facilitator's workbook (« Importer »): bringing existing sheets into the standard tables (mapping,
 * dry run, report of rejected rows), keeping the workbook's schema current, and, on files, the whole
 * pipeline (`clauses run`) and the import without Excel (`clauses import`).
 */
import { importableTables } from "../../../domain/import";
import { definePlugin } from "../types";

export const workbookPlugin = definePlugin({
  id: "workbook",
  title: "Importer",
  summary: "Reprendre vos feuilles existantes dans les tableaux du classeur, en vérifiant chaque ligne avant d'écrire.",
  tables: { reads: importableTables, writes: importableTables },
  panel: () => import("./ImportPanel"),
  commands: {
    run: async () => (await import("./cli-run")).runWorkbookCommand,
    import: async () => (await import("./cli-import")).importCommand,
  },
});
