/**
 * Rules (« Règles »): which rule pack the workbook uses, and import of a territory's pack.
 */
import { definePlugin } from "../types";

export const rulesPlugin = definePlugin({
  id: "rules",
  title: "Règles",
  summary: "Le paquet de règles du classeur : national par défaut, ou celui de votre territoire, importé d'un fichier JSON.",
  tables: { reads: [], writes: [] },
  panel: () => import("./RulesPanel"),
});
