/**
 * Bilans (« Bilans »): indicators per contract, buyer, company and territory over a period, each
 * traceable to its hour lines and rules; exports to buyers and companies that never expose a
 * person; the retention report and the purge of personal fields.
 */
import { bilansTable, buyersTable, companiesTable, hoursTable, marketsTable, participantsTable, validationsTable } from "../../../domain";
import { releasesTable, reportingSection } from "../../../domain/reporting";
import { definePlugin } from "../types";
import { reportingStep } from "./pipeline";

export const reportingPlugin = definePlugin({
  id: "reporting",
  title: "Bilans",
  summary: "Bilans par marché, acheteur, entreprise ou territoire : heures, personnes, sorties ; exports sans donnée personnelle.",
  rules: reportingSection,
  tables: {
    reads: [marketsTable, hoursTable, participantsTable, buyersTable, companiesTable, releasesTable],
    writes: [bilansTable, participantsTable, validationsTable, releasesTable],
  },
  functions: ["REALISATION_RATE", "PARTICIPANTS"],
  panel: () => import("./BilansPanel"),
  commands: {
    report: async () => (await import("./cli")).reportCommand,
    retention: async () => (await import("./cli")).retentionCommand,
  },
  pipeline: reportingStep,
  // The Bilans base, built in its Web Worker as soon as the workbook is open (none where there is no worker).
  prepare: (services) => import("./bilan-build").then(({ prepareBilanBase }) => prepareBilanBase(services)),
});
