/**
 * The two tables of the statements (schema 2):
 *
 * - « Relevés » (add-in's): one row per company and period, what was sent, received, in which version,
 *   how many lines and hours — the list of who is late is read from it;
 * - « Noms des entreprises » (facilitator's): the name a company uses for a person (Participants holds
 *   pseudonymous ids, no name). It stays in the guichet's workbook: a form lists only the names of its
 *   own company's rows, and no bilan, export or log reads this table.
 */
import { DATE_FORMAT, defineTable, HOURS_FORMAT } from "../workbook/table-def";

export const STATEMENT_STATUSES = { sent: "envoyé", received: "reçu" } as const;

export const statementsTable = defineTable({
  name: "Relevés",
  sheet: "Relevés",
  owner: "addin",
  columns: [
    { key: "company", header: "Entreprise", type: "text", width: 16 },
    { key: "period", header: "Période", type: "text", width: 9 },
    { key: "sentOn", header: "Envoyé le", type: "date", numberFormat: DATE_FORMAT, width: 11 },
    { key: "receivedOn", header: "Reçu le", type: "date", numberFormat: DATE_FORMAT, width: 11 },
    { key: "version", header: "Version", type: "integer", width: 8 },
    { key: "lines", header: "Lignes", type: "integer", width: 8 },
    { key: "hours", header: "Heures", type: "number", numberFormat: HOURS_FORMAT, width: 10 },
    { key: "status", header: "Statut", type: "text", width: 10 },
    { key: "file", header: "Fichier", type: "text", width: 28 },
    // Digest of the lines received: the same form collected twice is recognised and changes nothing.
    { key: "contentDigest", header: "Empreinte des lignes", type: "text", width: 24 },
  ],
});

export const companyNamesTable = defineTable({
  name: "NomsEntreprises",
  sheet: "Noms des entreprises",
  owner: "user",
  columns: [
    { key: "participant", header: "Participant", type: "text", required: true, references: "Participants", width: 12 },
    { key: "company", header: "Entreprise", type: "text", required: true, references: "Entreprises", width: 16 },
    { key: "name", header: "Nom", type: "text", required: true, width: 28, synonyms: ["nom prenom", "nom et prenom", "salarie"] },
  ],
});
