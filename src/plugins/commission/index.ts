/**
 * The partners' monthly commission and each person's path (« Commission »): companies' needs and
 * the forecast of hours still to place, the candidates ranked with their reasons, proposals and
 * decisions, follow-ups, paths; documents for the partners and lists for the companies.
 */
import { needsTable, proposalsTable, stepsTable } from "../../../domain";
import { commissionSection } from "../../../domain/commission";
import { definePlugin } from "../types";

export const commissionPlugin = definePlugin({
  id: "commission",
  title: "Commission",
  summary: "Préparer la commission mensuelle des partenaires : besoins des entreprises, candidats, positionnements, parcours.",
  rules: commissionSection,
  tables: { reads: [needsTable, proposalsTable, stepsTable], writes: [needsTable, proposalsTable] },
  functions: ["HOURS_TO_PLACE", "FTE_NEEDED"],
  panel: () => import("./CommissionPanel"),
  commands: {
    forecast: async () => (await import("./cli")).forecastCommand,
    commission: async () => (await import("./cli")).commissionCommand,
  },
});
