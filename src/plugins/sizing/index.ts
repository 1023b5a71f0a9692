/**
 * Sizing (« Dimensionner »): how many insertion hours a contract and each of its lots should carry.
 */
import { marketsTable } from "../../../domain";
import { sizingSection } from "../../../domain/sizing";
import { definePlugin } from "../types";

export const sizingPlugin = definePlugin({
  id: "sizing",
  title: "Dimensionner",
  summary: "Calculer les heures d'insertion d'un marché, lot par lot, et les inscrire au tableau Marchés.",
  rules: sizingSection,
  tables: { reads: [], writes: [marketsTable] },
  functions: ["HOURS", "LABOUR_SHARE", "FTE"],
  panel: () => import("./SizingPanel"),
  commands: { size: async () => (await import("./cli")).sizeCommand },
});
