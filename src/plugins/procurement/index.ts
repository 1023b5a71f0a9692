/**
 * Public procurement (« Commande publique »): the essential data every buyer publishes (DECP) read
 * offline — each buyer's social-clause rate against the national target, the contracts the art. 35
 * condition covered without a social consideration, the renewals coming up, the contracts with a
 * clause the guichet does not follow yet — and the screening of a buyer's plan of purchases.
 */
import { buyersTable, companiesTable, marketsTable, programmingTable } from "../../../domain";
import { procurementSection } from "../../../domain/procurement";
import { definePlugin } from "../types";

export const procurementPlugin = definePlugin({
  id: "procurement",
  title: "Commande publique",
  summary:
    "Repérer, dans les données essentielles des acheteurs (DECP), les marchés à clauser, les renouvellements et les marchés clausés à suivre.",
  rules: procurementSection,
  tables: { reads: [buyersTable, companiesTable, marketsTable, programmingTable], writes: [marketsTable, companiesTable] },
  functions: ["SOCIAL_RATE"],
  panel: () => import("./ProcurementPanel"),
  commands: { decp: async () => (await import("./cli")).decpCommand },
});
