/**
 * Schema 2 (issue 12): « Montant facturé HT » in Heures, « Nature du contrat » in Marchés.
 */
import { decodeTable } from "../codec";
import { hoursTable, marketsTable } from "../tables";
import { applyEdits, describeEdit, migrateV1ToV2, planMigration, type WorkbookShape } from ".";

const v1: WorkbookShape = {
  tables: [
    { name: "Heures", sheet: "Heures", headers: ["Participant", "Entreprise", "Début", "Fin", "Heures", "Marché", "Commentaire"] },
    { name: "Marchés", sheet: "Marchés", headers: ["Marché", "Entreprise", "Début", "Fin", "Heures dues"] },
  ],
  sheets: ["Heures", "Marchés"],
};

describe("migration 1 → 2", () => {
  it("adds the two columns at the right end of their tables, in French words the pane shows", () => {
    const edits = migrateV1ToV2(v1);
    expect(edits.map(describeEdit)).toEqual([
      "Tableau Heures : ajout de la colonne « Montant facturé HT » (vide), à droite",
      "Tableau Marchés : ajout de la colonne « Nature du contrat » (vide), à droite",
    ]);
    const migrated = applyEdits(v1, edits);
    expect(migrated.tables[0]?.headers).toEqual([...v1.tables[0]!.headers, "Montant facturé HT"]);
    expect(migrated.tables[1]?.headers.at(-1)).toBe("Nature du contrat");
  });

  it("leaves a table that already has the column (by its header or a synonym), and one that is absent", () => {
    const had: WorkbookShape = {
      tables: [{ name: "Heures", sheet: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures", "Montant sous-traité"] }],
      sheets: ["Heures"],
    };
    expect(migrateV1ToV2(had)).toEqual([]);
    expect(planMigration(applyEdits(v1, migrateV1ToV2(v1)), 1).edits).toEqual([]);
  });

  it("gives tables the codec reads with the new columns", () => {
    const migrated = applyEdits(v1, migrateV1ToV2(v1));
    const hours = decodeTable(hoursTable, [migrated.tables[0]!.headers, ["P1", "X", "2026-03-01", "2026-03-31", null, "M1", "", 30000]]);
    expect(hours.errors).toEqual([]);
    expect(hours.rows[0]?.values).toMatchObject({ amountInvoiced: 30000, market: "M1" });
    const markets = decodeTable(marketsTable, [
      migrated.tables[1]!.headers,
      ["M1", "X", "2026-01-01", "2026-12-31", 1000, "Concession / DSP"],
    ]);
    expect(markets.rows[0]?.values).toMatchObject({ nature: "concession" });
  });
});
