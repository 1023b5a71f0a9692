/**
 * The schema 1 → 2 migration applied by the memory and the .xlsx adapters: the new column arrives
 * empty at the right of the table, every existing cell stays where it was.
 */
import { buyersTable, type Cell, type TableDef } from "../../domain";
import { MemoryWorkbook } from "./memory-workbook";
import { readSchemaStatus, upgradeSchema } from "./schema-service";
import { XlsxWorkbook } from "./xlsx-workbook";

const v1Buyers = ["Acheteur", "Nom", "Type d'acheteur", "Contact", "Notes"];
const rows: Cell[][] = [
  ["VILLE", "Ville de Valrivière", "Collectivité ou autre pouvoir adjudicateur", "marches@valriviere.fr", "à relancer"],
  ["DEPT", "Département", null, null, null],
];

/** Acheteurs as version 1 laid it out, plus a column of the facilitator's. */
const v1Table: TableDef = {
  ...buyersTable,
  columns: [...buyersTable.columns.filter((column) => column.key !== "siret"), { key: "notes", header: "Notes", type: "text" }],
};

describe("adding the SIRET column to Acheteurs (schema 1 → 2)", () => {
  it("in memory", async () => {
    const workbook = new MemoryWorkbook({ Acheteurs: { headers: v1Buyers, rows } }, { "clauses.schemaVersion": 1 });
    const status = await readSchemaStatus(workbook);
    expect(status.edits).toEqual([{ kind: "addColumn", table: "Acheteurs", header: "SIRET" }]);
    await upgradeSchema(workbook, status);
    const table = await workbook.readTable(buyersTable);
    expect(table?.headers).toEqual([...v1Buyers, "SIRET"]);
    expect(table?.rows).toEqual(rows.map((row) => [...row, null]));
    expect((await readSchemaStatus(workbook)).state).toBe("current");
  });

  it("in an .xlsx file, which reopens with the column and the rows intact", async () => {
    const built = XlsxWorkbook.create();
    const records = [
      { id: "VILLE", name: "Ville de Valrivière", buyerType: "collectivite", contact: "marches@valriviere.fr", notes: "à relancer" },
      { id: "DEPT", name: "Département" },
    ];
    await built.writeTables([{ table: v1Table, records, mode: "append" }]);
    await built.writeSetting("clauses.schemaVersion", 1);
    const status = await readSchemaStatus(built);
    await upgradeSchema(built, status);
    const reopened = await XlsxWorkbook.load(await built.toBytes());
    const table = await reopened.readTable(buyersTable);
    expect(table?.headers).toEqual([...v1Buyers, "SIRET"]);
    expect(table?.rows).toEqual(rows.map((row) => [...row, null]));
    expect((await readSchemaStatus(reopened)).state).toBe("current");
  });

  it("refuses, in an .xlsx file, to push aside cells the facilitator wrote at the right of the table", async () => {
    const built = XlsxWorkbook.create();
    await built.writeTables([{ table: v1Table, records: [{ id: "VILLE" }], mode: "append" }]);
    const blocked = await XlsxWorkbook.load(await built.toBytes());
    // A note typed just right of the table, on its first data row.
    (blocked as unknown as { book: { getWorksheet(name: string): { getCell(row: number, column: number): { value: unknown } } } }).book
      .getWorksheet("Acheteurs")
      .getCell(2, 6).value = "ne pas effacer";
    await expect(blocked.applySchemaEdits([{ kind: "addColumn", table: "Acheteurs", header: "SIRET" }])).rejects.toThrow(
      "Impossible d'ajouter la colonne « SIRET » au tableau Acheteurs : des cellules à sa droite ne sont pas vides (F1:F2)",
    );
  });
});
