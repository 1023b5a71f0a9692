/**
 * Schema 4 (issue 12): « Montant facturé HT » in Heures.
 */
import { decodeTable } from "../codec";
import { hoursTable, WORKBOOK_SCHEMA_VERSION } from "../tables";
import { applyEdits, describeEdit, migrateV3ToV4, planMigration, type WorkbookShape } from ".";

const v3: WorkbookShape = {
  tables: [
    {
      name: "Heures",
      sheet: "Heures",
      headers: ["Participant", "Entreprise", "Début", "Fin", "Heures", "Marché", "Commentaire", "Relevé", "Version du relevé", "Reçu le"],
    },
  ],
  sheets: ["Heures"],
};

describe("migration 3 → 4", () => {
  it("adds « Montant facturé HT » at the right end of Heures, in French words the pane shows", () => {
    const edits = migrateV3ToV4(v3);
    expect(edits.map(describeEdit)).toEqual([expect.stringContaining("Montant facturé HT")]);
    expect(applyEdits(v3, edits).tables[0]?.headers).toEqual([...v3.tables[0]!.headers, "Montant facturé HT"]);
    expect(WORKBOOK_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
  });

  it("leaves a table that already has the column (by its header or a synonym), and is complete", () => {
    const had: WorkbookShape = {
      tables: [{ name: "Heures", sheet: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures", "Montant sous-traité"] }],
      sheets: ["Heures"],
    };
    expect(migrateV3ToV4(had)).toEqual([]);
    expect(planMigration(applyEdits(v3, migrateV3ToV4(v3)), 3, 4).edits).toEqual([]);
  });

  it("gives a table the codec reads with the amount", () => {
    const migrated = applyEdits(v3, migrateV3ToV4(v3));
    const hours = decodeTable(hoursTable, [
      migrated.tables[0]!.headers,
      ["P1", "X", "2026-03-01", "2026-03-31", null, "M1", "", "", null, null, 30000],
    ]);
    expect(hours.errors).toEqual([]);
    expect(hours.rows[0]?.values).toMatchObject({ amountInvoiced: 30000, market: "M1" });
  });
});
