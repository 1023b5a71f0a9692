/**
 * Schema 3 (issue 12): « Montant facturé HT » in Heures.
 */
import { decodeTable } from "../codec";
import { hoursTable, WORKBOOK_SCHEMA_VERSION } from "../tables";
import { applyEdits, describeEdit, migrateV2ToV3, planMigration, type WorkbookShape } from ".";

const v2: WorkbookShape = {
  tables: [{ name: "Heures", sheet: "Heures", headers: ["Participant", "Entreprise", "Début", "Fin", "Heures", "Marché", "Commentaire"] }],
  sheets: ["Heures"],
};

describe("migration 2 → 3", () => {
  it("adds « Montant facturé HT » at the right end of Heures, in French words the pane shows", () => {
    const edits = migrateV2ToV3(v2);
    expect(edits.map(describeEdit)).toEqual([expect.stringContaining("Montant facturé HT")]);
    expect(applyEdits(v2, edits).tables[0]?.headers).toEqual([...v2.tables[0]!.headers, "Montant facturé HT"]);
    expect(WORKBOOK_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
  });

  it("leaves a table that already has the column (by its header or a synonym), and is complete", () => {
    const had: WorkbookShape = {
      tables: [{ name: "Heures", sheet: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures", "Montant sous-traité"] }],
      sheets: ["Heures"],
    };
    expect(migrateV2ToV3(had)).toEqual([]);
    expect(planMigration(applyEdits(v2, migrateV2ToV3(v2)), 2, 3).edits).toEqual([]);
  });

  it("gives a table the codec reads with the amount", () => {
    const migrated = applyEdits(v2, migrateV2ToV3(v2));
    const hours = decodeTable(hoursTable, [migrated.tables[0]!.headers, ["P1", "X", "2026-03-01", "2026-03-31", null, "M1", "", 30000]]);
    expect(hours.errors).toEqual([]);
    expect(hours.rows[0]?.values).toMatchObject({ amountInvoiced: 30000, market: "M1" });
  });
});
