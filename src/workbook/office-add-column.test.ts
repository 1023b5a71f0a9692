/**
 * The schema 1 → 2 migration through Office.js (office-addin-mock): the SIRET column added at the
 * right of Acheteurs in the same two syncs as the renames, whatever the number of edits.
 */
import { fakeExcel } from "../../test/support/excel-mock";
import { OfficeWorkbook } from "./office-workbook";

describe("adding columns in Excel", () => {
  it("adds each new column at the right of its table, renames included, in two syncs", async () => {
    const excel = fakeExcel([
      { name: "Acheteurs", headers: ["Acheteur", "Nom", "Type d'acheteur", "Contact"], rows: [["VILLE", "Ville", null, null]] },
      { name: "Marchés", headers: ["Marché", "Intitulé"], rows: [["M1", "École"]] },
    ]);
    await new OfficeWorkbook(excel.run).applySchemaEdits([
      { kind: "addColumn", table: "Acheteurs", header: "SIRET" },
      { kind: "addColumn", table: "Marchés", header: "Code CPV" },
      { kind: "addColumn", table: "Marchés", header: "Nature" },
    ]);
    expect(excel.syncs()).toBe(2);
    expect(excel.sheet("Acheteurs")?.[0]).toEqual(["Acheteur", "Nom", "Type d'acheteur", "Contact", "SIRET"]);
    expect(excel.sheet("Acheteurs")?.[1]?.slice(0, 1)).toEqual(["VILLE"]);
    expect(excel.sheet("Marchés")?.[0]).toEqual(["Marché", "Intitulé", "Code CPV", "Nature"]);
  });
});
