import { buyersTable, marketsTable, WORKBOOK_SCHEMA_VERSION } from "../tables";
import { decodeTable } from "../codec";
import { applyEdits, describeEdit, planMigration, schemaStatus, type WorkbookShape } from ".";
import { migrateV1ToV2 } from "./v1-to-v2";
import { TOWN } from "../../procurement/test-decp";

const v1Buyers = ["Acheteur", "Nom", "Type d'acheteur", "Contact"];
const v1Markets = marketsTable.columns
  .map((column) => column.header)
  .filter((header) => !["Code CPV", "Nature", "Dates estimées", "Réf. DECP"].includes(header));

describe("schema 1 → 2: the DECP columns", () => {
  const shape: WorkbookShape = {
    tables: [
      { name: "Acheteurs", sheet: "Acheteurs", headers: [...v1Buyers, "Notes"] },
      { name: "Marchés", sheet: "Marchés", headers: v1Markets },
    ],
    sheets: ["Acheteurs", "Marchés"],
  };

  it("adds SIRET to Acheteurs and the CPV, nature, estimated-dates and DECP reference columns to Marchés, at their right", () => {
    const edits = migrateV1ToV2(shape);
    expect(edits.map(describeEdit)).toEqual([
      "Tableau Acheteurs : ajout de la colonne « SIRET » (vide)",
      "Tableau Marchés : ajout de la colonne « Code CPV » (vide)",
      "Tableau Marchés : ajout de la colonne « Nature » (vide)",
      "Tableau Marchés : ajout de la colonne « Dates estimées » (vide)",
      "Tableau Marchés : ajout de la colonne « Réf. DECP » (vide)",
    ]);
    const migrated = applyEdits(shape, edits);
    expect(migrated.tables[0]?.headers).toEqual([...v1Buyers, "Notes", "SIRET"]);
    const decoded = decodeTable(buyersTable, [migrated.tables[0]!.headers, ["VILLE", "Ville", null, null, "x", TOWN]]);
    expect(decoded.errors).toEqual([]);
  });

  it("keeps a SIRET column the facilitator already added under another header", () => {
    const own: WorkbookShape = {
      tables: [{ name: "Acheteurs", sheet: "Acheteurs", headers: [...v1Buyers, "N° SIRET"] }],
      sheets: ["Acheteurs"],
    };
    expect(migrateV1ToV2(own)).toEqual([]);
  });

  it("marks a version 1 workbook outdated until the columns are added, then current", () => {
    expect(WORKBOOK_SCHEMA_VERSION).toBeGreaterThanOrEqual(2); // later steps (3: the statements, 4: « Montant facturé HT ») add nothing to these tables
    const status = schemaStatus(shape, 1);
    expect(status).toMatchObject({ state: "outdated", stored: 1 });
    expect(planMigration(applyEdits(shape, status.edits), 2).edits).toEqual([]);
    expect(schemaStatus(applyEdits(shape, status.edits), 1).state).toBe("unversioned");
  });

  it("has nothing to add to a workbook without these tables", () => {
    expect(migrateV1ToV2({ tables: [{ name: "Heures", sheet: "Heures", headers: ["Entreprise"] }], sheets: ["Heures"] })).toEqual([]);
  });
});
