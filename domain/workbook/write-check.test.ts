import { decodeTable, type DecodedRow } from "./codec";
import type { TablesByName } from "./integrity";
import { buyersTable, companiesTable, marketsTable } from "./tables";
import { checkAppends } from "./write-check";

function rows(table: Parameters<typeof decodeTable>[0], cells: unknown[][]): DecodedRow[] {
  const result = decodeTable(table, cells);
  expect(result.errors).toEqual([]);
  return result.rows;
}

const workbook: TablesByName = {
  Acheteurs: rows(buyersTable, [
    ["Acheteur", "Nom"],
    ["VILLE-VR", "Mairie de Valrivière"],
  ]),
  Entreprises: rows(companiesTable, [
    ["Entreprise", "Raison sociale"],
    ["BTP-RIVIERE", "BTP Rivière SAS"],
  ]),
  Marchés: rows(marketsTable, [
    ["Marché", "Acheteur", "Entreprise", "Début", "Fin", "Heures dues"],
    ["M1", "VILLE-VR", "BTP-RIVIERE", "2026-01-05", "2026-06-30", 600],
  ]),
};

describe("the guard before a write", () => {
  it("refuses a contract whose end comes before its start, as the readers would", () => {
    const check = checkAppends([{ table: marketsTable, records: [{ id: "M2", start: "2026-10-01", end: "2025-01-01" }] }], workbook);
    expect(check.errors.map((error) => [error.where.column, error.reason])).toEqual([
      ["Fin", "la fin (01/01/2025) précède le début (01/10/2026)"],
    ]);
    expect(check.conflicts).toEqual([]);
  });

  it("offers an existing key as an update (old → new in French) instead of a second row", () => {
    const check = checkAppends([{ table: marketsTable, records: [{ id: "M1", obligation: 833, end: "2026-12-31" }] }], workbook);
    expect(check.errors).toEqual([]);
    expect(check.conflicts).toHaveLength(1);
    expect(check.conflicts[0]).toMatchObject({ key: "M1", row: 2 });
    expect(check.conflicts[0]?.changes).toEqual([
      { column: "Heures dues", before: "600", after: "833" },
      { column: "Fin", before: "30/06/2026", after: "31/12/2026" },
    ]);
  });

  it("refuses two planned rows with the same key", () => {
    const check = checkAppends([{ table: marketsTable, records: [{ id: "M3" }, { id: "M3" }] }], workbook);
    expect(check.errors.map((error) => error.reason)).toEqual(["« M3 » est déjà utilisé ligne 3"]);
  });

  it("refuses a buyer that is not in Acheteurs, and suggests the code for its name", () => {
    const check = checkAppends([{ table: marketsTable, records: [{ id: "M4", buyer: "Mairie de Valrivière" }] }], workbook);
    expect(check.errors.map((error) => error.reason)).toEqual([
      "acheteur « Mairie de Valrivière » inconnu : il n'est pas dans le tableau Acheteurs (vouliez-vous dire « VILLE-VR » ?)",
    ]);
  });

  it("accepts a new buyer created in the same write", () => {
    const check = checkAppends(
      [
        { table: buyersTable, records: [{ id: "DEPT", name: "Département" }] },
        { table: marketsTable, records: [{ id: "M5", buyer: "DEPT" }] },
      ],
      workbook,
    );
    expect(check).toEqual({ errors: [], conflicts: [] });
  });

  it("refuses a value the readers could not read back (a fraction above 100 %)", () => {
    const check = checkAppends([{ table: marketsTable, records: [{ id: "M6", insertionRate: 5 }] }], workbook);
    expect(check.errors.map((error) => error.where.column)).toEqual(["Taux d'insertion"]);
  });
});
