/**
 * Drafting (« Rédiger »): is a social condition mandatory for this contract, which legal basis, and
 * the clause text for the buyer's CCAP and RC (pane, clipboard, Clauses sheet, .docx).
 */
import { buyersTable, clausesTable, marketsTable } from "../../../domain";
import { draftingSection } from "../../../domain/drafting";
import { definePlugin } from "../types";

export const draftingPlugin = definePlugin({
  id: "drafting",
  title: "Rédiger",
  summary: "Vérifier si la condition sociale est obligatoire, choisir la base juridique et rédiger la clause du CCAP et du RC.",
  rules: draftingSection,
  tables: { reads: [marketsTable, buyersTable], writes: [clausesTable] },
  functions: ["SOCIAL_CONDITION_REQUIRED", "EU_THRESHOLD"],
  panel: () => import("./DraftingPanel"),
  commands: {
    check: async () => (await import("./cli")).checkCommand,
    draft: async () => (await import("./cli")).draftCommand,
  },
});
