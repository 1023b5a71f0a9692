/**
 * The three adapters of the workbook port behave alike: the same calls on Office.js (office-addin-mock),
 * in memory and on an .xlsx file give the same tables, sheets, settings and refusals. The panels and the
 * CLI cannot tell them apart.
 */
import {
  decodeTable,
  hoursTable,
  marketsTable,
  migrateV0ToV1,
  migrateV2ToV3,
  migrateV3ToV4,
  planMigration,
  V3_COLUMNS,
  ventilationTable,
  type Cell,
  type TableDef,
  type TableRecord,
} from "../../domain";
import { fakeExcel } from "../../test/support/excel-mock";
import { MemoryWorkbook } from "./memory-workbook";
import { OfficeWorkbook } from "./office-workbook";
import { shapeOf, type WorkbookPort } from "./port";
import { SETTINGS_SHEET } from "./settings-sheet";
import { XlsxWorkbook } from "./xlsx-workbook";

const exportSheet: Cell[][] = [["Suivi"], [null, "Entreprise", "Heures"], [null, "BTP-RIVIERE", 35]];

const adapters: [string, () => WorkbookPort][] = [
  ["Office.js", () => new OfficeWorkbook(fakeExcel([], { sheets: [{ name: "Export", cells: exportSheet }] }).run)],
  ["mémoire", () => new MemoryWorkbook({}, {}, { Export: exportSheet })],
  [
    ".xlsx",
    () => {
      const workbook = XlsxWorkbook.create();
      workbook.addPlainSheet("Export", exportSheet);
      return workbook;
    },
  ],
];

const line = (hours: number): TableRecord => ({ company: "BTP-RIVIERE", start: "2026-01-01", end: "2026-01-31", hours });

/** A table of version 0, to migrate. */
const v0Hours: TableDef = {
  name: "Hours",
  sheet: "Hours",
  owner: "user",
  columns: [
    { key: "company", header: "Company", type: "text" },
    { key: "start", header: "Start", type: "date" },
    { key: "end", header: "End", type: "date" },
    { key: "hours", header: "Hours", type: "number" },
  ],
};

async function records(workbook: WorkbookPort, table: TableDef): Promise<TableRecord[] | null> {
  const snapshot = await workbook.readTable(table);
  if (!snapshot) return null;
  const decoded = decodeTable(table, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1 });
  expect(decoded.errors).toEqual([]);
  return decoded.rows.map((row) => row.values);
}

/** Office.js gives "" for an empty cell, the others null: the core reads both as blank. */
function blanksAsNull(values: Cell[][]): Cell[][] {
  return values.map((row) => row.map((cell) => (cell === "" ? null : cell)));
}

describe.each(adapters)("the %s adapter", (_name, create) => {
  it("creates a table, appends to it, and reads back the same records", async () => {
    const workbook = create();
    await workbook.appendRecords(hoursTable, [line(35)]);
    await workbook.appendRecords(hoursTable, [line(28), line(7)]);
    expect(await records(workbook, hoursTable)).toEqual([line(35), line(28), line(7)]);
    expect((await workbook.readTable(hoursTable))?.headerRow).toBe(1);
  });

  it("replaces a table it owns, and refuses to replace the facilitator's", async () => {
    const workbook = create();
    await workbook.replaceRecords(ventilationTable, [
      { market: "M1", hours: 1 },
      { market: "M2", hours: 2 },
    ]);
    await workbook.replaceRecords(ventilationTable, [{ market: "M3", hours: 3 }]);
    expect(await records(workbook, ventilationTable)).toEqual([{ market: "M3", hours: 3 }]);
    await expect(workbook.replaceRecords(marketsTable, [])).rejects.toThrow(/appartient au facilitateur/);
  });

  it("refuses to create a table over a sheet that holds other data", async () => {
    const workbook = create();
    await expect(workbook.appendRecords({ ...hoursTable, sheet: "Export" }, [line(1)])).rejects.toThrow(
      "La feuille « Export » contient déjà des données sans tableau Heures : renommez-la, puis réessayez",
    );
    expect(await workbook.readTable(hoursTable)).toBeNull();
  });

  it("writes a batch all or nothing", async () => {
    const workbook = create();
    await expect(
      workbook.writeTables([
        { table: hoursTable, records: [line(1)], mode: "append" },
        { table: marketsTable, records: [{ id: "M1", end: "2026-13-01" }], mode: "append" },
      ]),
    ).rejects.toThrow(/2026-13-01/);
    expect(await workbook.readTable(hoursTable)).toBeNull();
  });

  it("lists sheets and tables, and reads a sheet's used range or a given range", async () => {
    const workbook = create();
    await workbook.appendRecords(hoursTable, [line(35)]);
    const outline = await workbook.outline();
    expect(outline.sheets).toEqual(
      expect.arrayContaining([
        { name: "Export", usedRange: "A1:C3", rowCount: 3, columnCount: 3 },
        { name: "Heures", usedRange: "A1:M2", rowCount: 2, columnCount: hoursTable.columns.length }, // 13 columns since schema 4 (« Montant facturé HT »)
      ]),
    );
    expect(outline.tables).toEqual([
      { name: "Heures", sheet: "Heures", headers: hoursTable.columns.map((column) => column.header), rowCount: 1 },
    ]);
    const used = await workbook.readRange("Export");
    expect({ ...used, values: blanksAsNull(used.values) }).toEqual({
      sheet: "Export",
      address: "A1:C3",
      values: [
        ["Suivi", null, null],
        [null, "Entreprise", "Heures"],
        [null, "BTP-RIVIERE", 35],
      ],
      firstRow: 1,
      firstColumn: 1,
    });
    const part = await workbook.readRange("Export", "B2:C3");
    expect([part.firstRow, part.firstColumn, part.values]).toEqual([
      2,
      2,
      [
        ["Entreprise", "Heures"],
        ["BTP-RIVIERE", 35],
      ],
    ]);
    await expect(workbook.readRange("Absente")).rejects.toThrow("La feuille « Absente » n'existe pas");
  });

  it("applies a migration's edits to a version 0 table", async () => {
    const workbook = create();
    await workbook.appendRecords(v0Hours, [line(35)]);
    await workbook.applySchemaEdits(migrateV0ToV1(shapeOf(await workbook.outline())));
    expect(await records(workbook, hoursTable)).toEqual([line(35)]);
    expect((await workbook.outline()).tables.map((table) => [table.name, table.sheet])).toEqual([["Heures", "Heures"]]);
  });

  it("renames and adds columns in one migration from version 0 to the current version", async () => {
    const workbook = create();
    await workbook.appendRecords(v0Hours, [line(35)]);
    await workbook.applySchemaEdits(planMigration(shapeOf(await workbook.outline()), 0).edits);
    expect((await workbook.readTable(hoursTable))?.headers).toEqual([
      "Entreprise",
      "Début",
      "Fin",
      "Heures",
      ...V3_COLUMNS.Heures!,
      "Montant facturé HT",
    ]);
    expect(await records(workbook, hoursTable)).toEqual([line(35)]);
  });

  it("adds the migrations' new columns to a version 2 table, empty, keeping its rows", async () => {
    const workbook = create();
    const v1Hours: TableDef = {
      ...hoursTable,
      columns: hoursTable.columns.filter((column) => !V3_COLUMNS.Heures!.includes(column.header) && column.key !== "amountInvoiced"),
    };
    await workbook.appendRecords(v1Hours, [line(35), line(7)]);
    await workbook.applySchemaEdits(migrateV2ToV3(shapeOf(await workbook.outline())));
    await workbook.applySchemaEdits(migrateV3ToV4(shapeOf(await workbook.outline())));
    expect((await workbook.readTable(hoursTable))?.headers).toEqual(hoursTable.columns.map((column) => column.header));
    expect(await records(workbook, hoursTable)).toEqual([line(35), line(7)]);
  });

  it("removes a statement's earlier lines and appends its new ones in one write, leaving the other rows in order", async () => {
    const workbook = create();
    const collected = (hours: number, statement: string): TableRecord => ({ ...line(hours), statement, statementVersion: 1 });
    await workbook.appendRecords(hoursTable, [
      line(35),
      collected(10, "X 2026-03"),
      line(28),
      collected(11, "X 2026-03"),
      collected(5, "Y"),
    ]);
    await workbook.writeTables([
      {
        table: hoursTable,
        records: [collected(12, "X 2026-03")],
        mode: "append",
        removeWhere: { column: "statement", values: ["X 2026-03"] },
      },
    ]);
    expect(await records(workbook, hoursTable)).toEqual([line(35), line(28), collected(5, "Y"), collected(12, "X 2026-03")]);
    expect((await workbook.readTable(hoursTable))?.rows.filter((row) => row.some((cell) => cell !== null && cell !== ""))).toHaveLength(4);
  });

  it("keeps settings as JSON", async () => {
    const workbook = create();
    await workbook.writeSetting("clauses.schemaVersion", 1);
    await workbook.writeSetting("clauses.territoryPack", { meta: { id: "plie-sud" } });
    expect(await workbook.readSetting("clauses.schemaVersion")).toBe(1);
    expect(await workbook.readSetting("clauses.territoryPack")).toEqual({ meta: { id: "plie-sud" } });
    await workbook.writeSetting("clauses.territoryPack", undefined);
    expect(await workbook.readSetting("clauses.territoryPack")).toBeUndefined();
  });
});

describe("settings across Excel and files", () => {
  it("a territory pack chosen in Excel is read from the saved file, and the other way round", async () => {
    const pack = { meta: { id: "plie-sud", version: "1" }, notes: "é".repeat(33_000) };
    // Written by the CLI (exceljs), opened in Excel: the sheet's cells as Excel would give them.
    const file = XlsxWorkbook.create();
    await file.writeSetting("clauses.territoryPack", pack);
    const { Workbook } = await import("exceljs");
    const book = new Workbook();
    await book.xlsx.load((await file.toBytes()) as unknown as ArrayBuffer);
    const cells: Cell[][] = [];
    book.getWorksheet(SETTINGS_SHEET)!.eachRow((row, number) => (cells[number - 1] = (row.values as Cell[]).slice(1)));
    const excel = fakeExcel([], { sheets: [{ name: SETTINGS_SHEET, cells }] });
    expect(await new OfficeWorkbook(excel.run).readSetting("clauses.territoryPack")).toEqual(pack);
    // Written in Excel, saved, read by the CLI.
    const inExcel = fakeExcel();
    await new OfficeWorkbook(inExcel.run).writeSetting("clauses.schemaVersion", 1);
    const saved = XlsxWorkbook.create();
    saved.addPlainSheet(SETTINGS_SHEET, inExcel.sheet(SETTINGS_SHEET)!);
    expect(await saved.readSetting("clauses.schemaVersion")).toBe(1);
  });
});
