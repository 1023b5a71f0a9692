/**
 * Schema 5 (issue 18): the register of releases « Diffusions ».
 */
import { decodeTable } from "../codec";
import { WORKBOOK_SCHEMA_VERSION } from "../tables";
import { releasesTable } from "../../reporting/releases-table";
import { applyEdits, describeEdit, migrateV4ToV5, MIGRATIONS, planMigration, V5_RELEASES, type WorkbookShape } from ".";

const v4: WorkbookShape = {
  tables: [{ name: "Heures", sheet: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures"] }],
  sheets: ["Heures"],
};

describe("migration 4 → 5", () => {
  it("changes nothing in a workbook without « Diffusions » (the table is created by the first release recorded)", () => {
    expect(migrateV4ToV5(v4)).toEqual([]);
    expect(MIGRATIONS[4]?.label).toMatch(/Diffusions/);
    expect(WORKBOOK_SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
  });

  it("completes a « Diffusions » table made by hand, at its right, in French words the pane shows", () => {
    const shape: WorkbookShape = {
      tables: [{ name: "Diffusions", sheet: "Diffusions", headers: ["Destinataire", "Periode", "Note"] }],
      sheets: ["Diffusions"],
    };
    const edits = migrateV4ToV5(shape);
    expect(edits.map(describeEdit)).toEqual(expect.arrayContaining([expect.stringContaining("Cases cachées")]));
    const headers = applyEdits(shape, edits).tables[0]?.headers;
    expect(headers?.slice(0, 3)).toEqual(["Destinataire", "Periode", "Note"]);
    expect(headers).toHaveLength(3 + V5_RELEASES.headers.length - 2);
    expect(planMigration(applyEdits(shape, edits), 4, 5).edits).toEqual([]);
  });

  it("writes the headers the add-in's table reads (the step is self-contained, the table's definition must agree)", () => {
    expect(releasesTable.columns.map((column) => column.header)).toEqual([...V5_RELEASES.headers]);
    const decoded = decodeTable(releasesTable, [
      [...V5_RELEASES.headers],
      ["buyer:VILLE-VR", "buyer", "territory:", "", "2026-11-26", "{}", "sha256:0"],
    ]);
    expect(decoded.errors).toEqual([]);
    expect(decoded.rows[0]?.values).toMatchObject({ recipient: "buyer:VILLE-VR", reference: "2026-11-26" });
  });
});
