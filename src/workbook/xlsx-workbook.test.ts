import { Workbook } from "exceljs";
import {
  decodeTable,
  digestOf,
  hoursTable,
  marketsTable,
  migrateV0ToV1,
  ventilationTable,
  type TableDef,
  type TableRecord,
} from "../../domain";
import { shapeOf, type WorkbookPort } from "./port";
import { XlsxWorkbook } from "./xlsx-workbook";
import { SETTINGS_SHEET } from "./xlsx-settings";

const hourLines: TableRecord[] = [
  {
    participant: "P001",
    company: "BTP-RIVIERE",
    mode: "embauche-directe",
    contractType: "CDD",
    start: "2026-01-01",
    end: "2026-01-31",
    hours: 35.5,
  },
  { participant: "P002", company: "BTP-RIVIERE", start: "2026-02-01", end: "2026-02-28", hours: 28, market: "M1" },
];

async function reopen(workbook: XlsxWorkbook): Promise<{ workbook: XlsxWorkbook; book: Workbook }> {
  const bytes = await workbook.toBytes();
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { workbook: await XlsxWorkbook.load(bytes), book };
}

async function records(workbook: WorkbookPort, table: TableDef): Promise<TableRecord[]> {
  const snapshot = await workbook.readTable(table);
  const decoded = decodeTable(table, [snapshot!.headers, ...snapshot!.rows], { firstRow: snapshot!.headerRow + 1 });
  expect(decoded.errors).toEqual([]);
  return decoded.rows.map((row) => row.values);
}

async function fileWith(build: (book: Workbook) => void): Promise<Uint8Array> {
  const book = new Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("the .xlsx workbook adapter", () => {
  it("creates real Excel tables with French headers, number formats and widths, and reads them back", async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.writeTables([
      { table: hoursTable, records: hourLines, mode: "append" },
      {
        table: ventilationTable,
        records: [{ market: "M1", participant: "P001", month: "2026-01-01", kind: "comptée", hours: 35.5 }],
        mode: "replace",
      },
    ]);
    const { workbook: reopened, book } = await reopen(workbook);
    expect(await records(reopened, hoursTable)).toEqual(hourLines);
    const sheet = book.getWorksheet("Heures")!;
    const [table] = sheet.getTables() as unknown as { table: { name: string; tableRef: string } }[];
    expect(table?.table).toMatchObject({ name: "Heures", tableRef: "A1:M3" }); // 13 columns since schema 4 (« Montant facturé HT »)
    expect(sheet.getCell("A1").value).toBe("Participant");
    expect(sheet.getCell("F2").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("H2").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("F2").value).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(book.getWorksheet("Ventilation")!.getColumn(1).width).toBe(16);
    // The month is a real date, the first of the month, that Excel shows « janvier 2026 » (was the text « 2026-01 »).
    expect(book.getWorksheet("Ventilation")!.getCell("D2").value).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(book.getWorksheet("Ventilation")!.getCell("D2").numFmt).toBe("mmmm yyyy");
  });

  it("appends under the facilitator's header order, keeps their columns and formulas, and extends the table", async () => {
    const bytes = await fileWith((book) => {
      const sheet = book.addWorksheet("Heures");
      sheet.getCell("A1").value = "Suivi 2026";
      sheet.addTable({
        name: "Heures",
        ref: "B3",
        columns: [{ name: "Heures" }, { name: "Notes" }, { name: "Entreprise" }, { name: "Début" }, { name: "Fin" }],
        rows: [
          [{ formula: "5*7", result: 35 }, "à vérifier", "BTP-RIVIERE", new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 0, 31))],
        ],
      });
    });
    const workbook = await XlsxWorkbook.load(bytes);
    await workbook.appendRecords(hoursTable, [{ company: "PROPRETE-VR", start: "2026-02-01", end: "2026-02-28", hours: 21 }]);
    const { workbook: reopened, book } = await reopen(workbook);
    const sheet = book.getWorksheet("Heures")!;
    expect((sheet.getTables() as unknown as { table: { tableRef: string } }[])[0]?.table.tableRef).toBe("B3:F5");
    expect(sheet.getCell("B4").value).toEqual({ formula: "5*7", result: 35 });
    expect(sheet.getCell("C4").value).toBe("à vérifier");
    expect([sheet.getCell("B5").value, sheet.getCell("C5").value, sheet.getCell("D5").value]).toEqual([21, null, "PROPRETE-VR"]);
    expect(sheet.getCell("E5").numFmt).toBe("dd/mm/yyyy");
    expect((await reopened.readTable(hoursTable))?.headerRow).toBe(3);
    expect((await records(reopened, hoursTable)).map((record) => record.hours)).toEqual([35, 21]);
  });

  it("refuses to grow a table over cells that are not empty, and writes nothing", async () => {
    const bytes = await fileWith((book) => {
      const sheet = book.addWorksheet("Heures");
      sheet.addTable({
        name: "Heures",
        ref: "A1",
        columns: [{ name: "Entreprise" }, { name: "Début" }, { name: "Fin" }, { name: "Heures" }],
        rows: [["X", 46023, 46053, 7]],
      });
      sheet.getCell("B4").value = "total";
    });
    const workbook = await XlsxWorkbook.load(bytes);
    const lines = [1, 2].map(() => ({ company: "X", start: "2026-02-01", end: "2026-02-28", hours: 7 }));
    await expect(workbook.appendRecords(hoursTable, lines)).rejects.toThrow(
      "Impossible d'agrandir le tableau Heures : des cellules sous le tableau ne sont pas vides (A3:D4)",
    );
    expect(await records(workbook, hoursTable)).toHaveLength(1);
  });

  it("writes a batch all or nothing: a bad record in the second table leaves the first unwritten", async () => {
    const workbook = XlsxWorkbook.create();
    await expect(
      workbook.writeTables([
        { table: hoursTable, records: hourLines, mode: "append" },
        { table: marketsTable, records: [{ id: "M1", start: "2026-02-30" }], mode: "append" },
      ]),
    ).rejects.toThrow(/2026-02-30/);
    expect(await workbook.readTable(hoursTable)).toBeNull();
    expect((await workbook.outline()).sheets).toEqual([]);
  });

  it("never rewrites a table of the facilitator's", async () => {
    await expect(XlsxWorkbook.create().replaceRecords(marketsTable, [])).rejects.toThrow(
      "Le tableau Marchés appartient au facilitateur : le complément y ajoute des lignes, il ne le réécrit jamais",
    );
  });

  it("replaces a table it owns where it was, clearing the old rows", async () => {
    const workbook = XlsxWorkbook.create();
    const line = (hours: number) => ({ market: "M1", participant: "P001", month: "2026-01-01", kind: "comptée", hours });
    await workbook.replaceRecords(ventilationTable, [line(1), line(2), line(3)]);
    await workbook.replaceRecords(ventilationTable, [line(9)]);
    const { workbook: reopened, book } = await reopen(workbook);
    expect((await records(reopened, ventilationTable)).map((record) => record.hours)).toEqual([9]);
    expect(book.getWorksheet("Ventilation")!.getCell("E3").value).toBeNull();
  });

  it("keeps settings in a very hidden sheet, long values included", async () => {
    const workbook = XlsxWorkbook.create();
    const pack = { meta: { id: "plie-sud" }, notes: "x".repeat(70_000) };
    await workbook.writeSetting("clauses.schemaVersion", 1);
    await workbook.writeSetting("clauses.territoryPack", pack);
    const { workbook: reopened, book } = await reopen(workbook);
    expect(book.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    expect(await reopened.readSetting("clauses.schemaVersion")).toBe(1);
    expect(await reopened.readSetting("clauses.territoryPack")).toEqual(pack);
    await reopened.writeSetting("clauses.territoryPack", undefined);
    expect(await reopened.readSetting("clauses.territoryPack")).toBeUndefined();
    expect(await reopened.readSetting("clauses.schemaVersion")).toBe(1);
    expect((await reopened.outline()).sheets.map((sheet) => sheet.name)).toEqual([]);
  });

  it("lists sheets and tables, and reads a sheet's used range or a given range", async () => {
    const bytes = await fileWith((book) => {
      const sheet = book.addWorksheet("Ancien suivi");
      sheet.getCell("B2").value = "Salarié";
      sheet.getCell("C2").value = "Date début";
      sheet.getCell("B3").value = "P001";
      sheet.getCell("C3").value = new Date(Date.UTC(2026, 2, 2));
      sheet.getCell("C4").value = { richText: [{ text: "02/03/" }, { text: "2026" }] };
      book.addWorksheet("Vide");
    });
    const workbook = await XlsxWorkbook.load(bytes);
    expect(await workbook.outline()).toEqual({
      sheets: [
        { name: "Ancien suivi", usedRange: "B2:C4", rowCount: 3, columnCount: 2 },
        { name: "Vide", usedRange: null, rowCount: 0, columnCount: 0 },
      ],
      tables: [],
    });
    expect(await workbook.readRange("Ancien suivi")).toEqual({
      sheet: "Ancien suivi",
      address: "B2:C4",
      values: [
        ["Salarié", "Date début"],
        ["P001", 46083],
        [null, "02/03/2026"],
      ],
      firstRow: 2,
      firstColumn: 2,
    });
    // A given range is bounded by the used range (B2:C4): column D holds nothing and is not read.
    expect(await workbook.readRange("Ancien suivi", "C3:D3")).toMatchObject({ address: "C3", values: [[46083]] });
    expect((await workbook.readRange("Ancien suivi", "A1:XFD1048576")).address).toBe("B2:C4");
    await expect(workbook.readRange("Suivi")).rejects.toThrow("La feuille « Suivi » n'existe pas");
    await expect(workbook.readRange("Ancien suivi", "B2:")).rejects.toThrow("« B2: » n'est pas une plage de cellules (exemple : A1:H40)");
  });

  it("applies a migration's edits to a version 0 workbook: tables, sheets and headers renamed", async () => {
    const bytes = await fileWith((book) => {
      const sheet = book.addWorksheet("Hours");
      sheet.addTable({
        name: "Hours",
        ref: "A1",
        columns: ["Company", "Start", "End", "Hours", "Notes"].map((name) => ({ name })),
        rows: [["BTP-RIVIERE", new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 0, 31)), 35, "ok"]],
      });
    });
    const workbook = await XlsxWorkbook.load(bytes);
    await workbook.applySchemaEdits(migrateV0ToV1(shapeOf(await workbook.outline())));
    const { workbook: reopened } = await reopen(workbook);
    expect(await records(reopened, hoursTable)).toEqual([{ company: "BTP-RIVIERE", start: "2026-01-01", end: "2026-01-31", hours: 35 }]);
    expect((await reopened.outline()).tables).toEqual([
      { name: "Heures", sheet: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures", "Notes"], rowCount: 1 },
    ]);
  });

  it("never modifies the bytes it was given", async () => {
    const bytes = await fileWith((book) => (book.addWorksheet("Feuil1").getCell("A1").value = "x"));
    const before = digestOf([...bytes]);
    const workbook = await XlsxWorkbook.load(bytes);
    await workbook.appendRecords(hoursTable, hourLines);
    await workbook.writeSetting("clauses.schemaVersion", 1);
    await workbook.toBytes();
    expect(digestOf([...bytes])).toBe(before);
  });

  it("says in French when a file is not a workbook, or uses the 1904 calendar", async () => {
    await expect(XlsxWorkbook.load(new TextEncoder().encode("Participant;Heures"))).rejects.toThrow(
      "Ce fichier n'est pas un classeur Excel .xlsx lisible (enregistrez-le au format .xlsx)",
    );
    const mac = await fileWith((book) => {
      book.properties.date1904 = true;
      book.addWorksheet("Feuil1");
    });
    await expect(XlsxWorkbook.load(mac)).rejects.toThrow(/calendrier 1904/);
  });
});
