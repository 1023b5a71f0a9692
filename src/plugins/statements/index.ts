/**
 * Company hour statements (« Relevés »): each month, a form to each company holding a clause, the
 * filled forms collected back into Heures (with their provenance), and who is late.
 */
import { companiesTable, hoursTable, marketsTable, participantsTable } from "../../../domain";
import { companyNamesTable, statementsTable } from "../../../domain/statements";
import { definePlugin } from "../types";

export const statementsPlugin = definePlugin({
  id: "statements",
  title: "Relevés",
  summary: "Envoyer à chaque entreprise son relevé d'heures du mois, collecter les relevés remplis, relancer les retardataires.",
  tables: {
    reads: [companiesTable, marketsTable, participantsTable, hoursTable, statementsTable, companyNamesTable],
    writes: [hoursTable, participantsTable, companyNamesTable, statementsTable],
  },
  panel: () => import("./StatementsPanel"),
  commands: { statements: async () => (await import("./cli")).statementsCommand },
});
