import { hoursTable, marketsTable, ventilationTable, type Cell } from "../../domain";
import { fakeExcel, type ExcelFake } from "../../test/support/excel-mock";
import { hourRecords } from "../../test/support/hour-records";
import { OfficeWorkbook } from "./office-workbook";
import { STAGING_SHEET } from "./office-write";
import { SETTINGS_SHEET } from "./settings-sheet";
import { byteLength, PAYLOAD_LIMIT, READ_CELLS_PER_SYNC, VALUES_BUDGET } from "./payload";

const SIZES = [10, 1_000, 50_000];

const hourHeaders: Cell[] = hoursTable.columns.map((column) => column.header);

/**
 * An hour line as a facilitator's workbook holds it: 9 columns filled, about 110 bytes; the statement's
 * provenance (schema 3) and « Montant facturé HT » (schema 4) empty.
 */
function hourRow(index: number): Cell[] {
  return [...typedRow(index), "", "", "", ""];
}

function typedRow(index: number): Cell[] {
  return [
    `P${String(index).padStart(5, "0")}`,
    "BTP-RIVIERE",
    "ETTI Valrivière Intérim",
    "Mise à disposition (ETTI, AI, GEIQ)",
    "CDD",
    46023,
    46053,
    35.5,
    "M1",
  ];
}

/** Every request and response under Excel on the web's 5 MB, calculation suspended whenever the workbook changes. */
function expectDiscipline(excel: ExcelFake): void {
  for (const request of excel.requests) {
    expect(request.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(request.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    if (request.wrote) expect(request.suspended).toBe(true);
  }
}

/** Requests needed for `bytes` of values at 4 MB each (at least one). */
function slicesFor(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / VALUES_BUDGET));
}

describe("Office.js workbook adapter: reading tables", () => {
  it.each(SIZES)(
    "reads a table of %i rows in 3 syncs, plus one per block beyond 150 000 cells, each response under 5 MB",
    async (count) => {
      const rows = Array.from({ length: count }, (_, index) => hourRow(index));
      const excel = fakeExcel([{ name: "Heures", headers: hourHeaders, rows, rowIndex: 3 }]);
      const snapshot = await new OfficeWorkbook(excel.run).readTable(hoursTable);
      expect(snapshot?.headers).toEqual(hourHeaders);
      expect(snapshot?.rows).toHaveLength(count);
      expect(snapshot?.rows.at(-1)).toEqual(hourRow(count - 1));
      expect(snapshot?.headerRow).toBe(4);
      const cells = (count + 1) * hourHeaders.length;
      if (cells <= READ_CELLS_PER_SYNC) expect(excel.syncs()).toBe(3);
      else {
        // The first block is sized by cells, the next ones by the bytes it weighed: the count follows the payload.
        const bytes = byteLength([hourHeaders, ...rows]);
        expect(excel.syncs()).toBeGreaterThan(3);
        expect(excel.syncs()).toBeLessThanOrEqual(3 + slicesFor(bytes));
      }
      expectDiscipline(excel);
    },
  );

  it("answers null, in one sync, when the table does not exist", async () => {
    const excel = fakeExcel();
    expect(await new OfficeWorkbook(excel.run).readTable(marketsTable)).toBeNull();
    expect(excel.syncs()).toBe(1);
  });
});

describe("Office.js workbook adapter: appending to a user table", () => {
  it.each(SIZES)("appends %i short rows under the table's own header order in 3 syncs", async (count) => {
    const excel = fakeExcel([{ name: "Marchés", headers: ["Fin", "Marché", "Notes", "Heures dues"], rows: [] }]);
    const records = Array.from({ length: count }, (_, index) => ({ id: `N${index + 1}`, obligation: 50, end: "2026-06-30" }));
    await new OfficeWorkbook(excel.run).appendRecords(marketsTable, records);
    const added = excel.added["Marchés"] ?? [];
    expect(added).toHaveLength(count);
    // Serial 46203 = 2026-06-30; the facilitator's own "Notes" column gets an empty cell.
    expect(added[0]).toEqual([46203, "N1", "", 50]);
    // Under 4 MB of values (50 000 short rows weigh about 1.3 MB): lookups, headers, one write.
    expect(excel.syncs()).toBe(3);
    expect(excel.requests.filter((request) => request.wrote)).toHaveLength(1);
    expectDiscipline(excel);
  });

  it.each(SIZES)("appends %i full hour lines: 3 syncs under 4 MB, else one per 4 MB slice of rows.add", async (count) => {
    const excel = fakeExcel([{ name: "Heures", headers: hourHeaders, rows: [hourRow(0)] }]);
    excel.sheet("Heures"); // the table starts at A1
    const records = hourRecords(count);
    await new OfficeWorkbook(excel.run).appendRecords(hoursTable, records);
    const bytes = byteLength(Array.from({ length: count }, (_, index) => hourRow(index)));
    if (bytes <= VALUES_BUDGET) expect(excel.syncs()).toBe(3);
    else expect(excel.syncs()).toBe(2 + slicesFor(bytes));
    expect(excel.table("Heures")).toMatchObject({ rowIndex: 0, rowCount: count + 2, columnCount: hourHeaders.length });
    const grid = excel.sheet("Heures")!;
    expect(grid[1]).toEqual(hourRow(0));
    expect(grid[count + 1]).toEqual(hourRow(count - 1));
    expect(excel.sheetNames()).toEqual(["Heures"]); // no staging sheet left behind
    expectDiscipline(excel);
  });

  it("removes a statement's earlier lines and appends the new ones in the same 3 syncs, whatever the number of rows", async () => {
    const collected = (index: number, statement: string): Cell[] => [...typedRow(index), statement, 1, 46120, ""];
    const rows = [hourRow(0), collected(1, "X 2026-03"), hourRow(2), collected(3, "X 2026-03"), collected(4, "Y 2026-03")];
    const excel = fakeExcel([{ name: "Heures", headers: hourHeaders, rows }]);
    await new OfficeWorkbook(excel.run).writeTables([
      {
        table: hoursTable,
        records: hourRecords(1000).map((record) => ({ ...record, statement: "X 2026-03", statementVersion: 2 })),
        mode: "append",
        removeWhere: { column: "statement", values: ["X 2026-03"] },
      },
    ]);
    expect(excel.syncs()).toBe(3);
    const grid = excel.sheet("Heures")!;
    expect(grid.slice(1, 4)).toEqual([hourRow(0), hourRow(2), collected(4, "Y 2026-03")]);
    expect(excel.table("Heures")).toMatchObject({ rowCount: 1 + 3 + 1000 });
    expect(grid.slice(4, 4 + 1000).every((row) => row[9] === "X 2026-03" && row[10] === 2)).toBe(true);
    expectDiscipline(excel);
  });

  it("leaves the facilitator's table as it was when a large write fails on the way", async () => {
    const excel = fakeExcel([{ name: "Heures", headers: hourHeaders, rows: [hourRow(0)] }], { failAtSync: 4 });
    await expect(new OfficeWorkbook(excel.run).appendRecords(hoursTable, hourRecords(50_000))).rejects.toThrow(/simulated/);
    expect(excel.table("Heures")).toMatchObject({ rowCount: 2 });
    expect(excel.sheet("Heures")).toEqual([hourHeaders, hourRow(0)]);
    expect(excel.sheetNames()).toEqual(["Heures"]);
  });
});

describe("Office.js workbook adapter: creating and replacing tables", () => {
  it.each(SIZES)("creates a missing table with its %i rows, headers and formats: 2 syncs under 4 MB", async (count) => {
    const excel = fakeExcel();
    await new OfficeWorkbook(excel.run).appendRecords(hoursTable, hourRecords(count));
    expect(excel.createdTables).toEqual(["Heures"]);
    expect(excel.table("Heures")).toMatchObject({ rowIndex: 0, columnIndex: 0, rowCount: count + 1, columnCount: hourHeaders.length });
    const grid = excel.sheet("Heures")!;
    expect(grid[0]).toEqual(hourHeaders);
    expect(grid[count]).toEqual(hourRow(count - 1));
    // Number formats go as one value per column, whatever the number of rows.
    expect(excel.formats.every((format) => format.length === 1 && format[0]?.length === 1)).toBe(true);
    // Text columns get the text format (before their values); the others their own (« Montant facturé HT » in euros, schema 4).
    const formats = excel.formats.map((format) => format[0]?.[0]);
    expect(formats.filter((format) => format !== "@")).toEqual(["dd/mm/yyyy", "dd/mm/yyyy", "#,##0.00", "dd/mm/yyyy", "#,##0 €"]);
    // Seven text columns (Participant … Marché, and « Relevé » since schema 3).
    expect(formats.filter((format) => format === "@").length % 7).toBe(0);
    const bytes = byteLength(Array.from({ length: count }, (_, index) => hourRow(index)));
    expect(excel.syncs()).toBe(bytes <= VALUES_BUDGET ? 2 : 1 + slicesFor(bytes) + 1);
    expectDiscipline(excel);
  });

  it.each(SIZES)(
    "replaces a table it owns (%i rows) where it was: 4 syncs under 4 MB (one reads it back, for a failed write)",
    async (count) => {
      const excel = fakeExcel([{ name: "Ventilation", headers: ["Marché", "Heures"], rows: [["old", 1]], rowIndex: 2, columnIndex: 1 }]);
      const records = Array.from({ length: count }, (_, index) => ({
        market: `M${index}`,
        participant: "P1",
        month: "2026-01-01",
        kind: "comptée",
        hours: 12,
      }));
      await new OfficeWorkbook(excel.run).replaceRecords(ventilationTable, records);
      expect(excel.deletedTables).toEqual(["Ventilation"]);
      expect(excel.createdTables).toEqual(["Ventilation"]);
      expect(excel.table("Ventilation")).toMatchObject({ rowIndex: 2, columnIndex: 1, rowCount: count + 1 });
      const [header = [], first = []] = excel.sheet("Ventilation")!.slice(2, 4);
      const market = header.indexOf("Marché");
      expect(first.slice(market, market + 2)).toEqual(["M0", "P1"]);
      expect(excel.syncs()).toBe(4);
      expectDiscipline(excel);
    },
  );

  it("writes several tables in one batch, and nothing when a record is bad", async () => {
    const excel = fakeExcel([{ name: "Heures", headers: hourHeaders, rows: [] }]);
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeTables([
      { table: hoursTable, records: hourRecords(3), mode: "append" },
      { table: ventilationTable, records: [{ market: "M1", hours: 3 }], mode: "replace" },
    ]);
    expect(excel.syncs()).toBe(3);
    expect(excel.requests.filter((request) => request.wrote)).toHaveLength(1);
    const before = excel.syncs();
    await expect(
      workbook.writeTables([
        { table: hoursTable, records: hourRecords(2), mode: "append" },
        { table: marketsTable, records: [{ id: "M9", start: "2026-02-30" }], mode: "append" },
      ]),
    ).rejects.toThrow(/2026-02-30/);
    expect(excel.requests.slice(before).some((request) => request.wrote)).toBe(false);
    expect(excel.table("Heures")).toMatchObject({ rowCount: 4 });
  });

  it("refuses to rewrite a user table, or to write over a sheet that holds other data", async () => {
    const excel = fakeExcel([], { sheets: [{ name: "Bilans", cells: [["Mes notes"]] }] });
    const workbook = new OfficeWorkbook(excel.run);
    await expect(workbook.replaceRecords(marketsTable, [])).rejects.toThrow(/appartient au facilitateur/);
    expect(excel.syncs()).toBe(0);
    const { bilansTable } = await import("../../domain");
    await expect(workbook.replaceRecords(bilansTable, [])).rejects.toThrow(
      "La feuille « Bilans » contient déjà des données sans tableau Bilans : renommez-la, puis réessayez",
    );
    expect(excel.requests.some((request) => request.wrote)).toBe(false);
  });

  it("deletes a staging sheet left behind by an interrupted write", async () => {
    const excel = fakeExcel([], { sheets: [{ name: STAGING_SHEET, cells: [["reste"]] }] });
    await new OfficeWorkbook(excel.run).appendRecords(hoursTable, hourRecords(2));
    expect(excel.sheetNames()).toEqual(["Heures"]);
  });
});

describe("Office.js workbook adapter: sheets, ranges, settings, migrations", () => {
  const legacy: Cell[][] = [["Suivi 2025"], [], ["Salarié", "Date début", "Nb heures"], ["P001", "02/03/2026", 35]];

  it("outlines sheets and tables in 2 syncs", async () => {
    const excel = fakeExcel([{ name: "Heures", headers: hourHeaders, rows: [hourRow(1), hourRow(2)] }], {
      sheets: [{ name: "Ancien suivi", cells: legacy }],
    });
    expect(await new OfficeWorkbook(excel.run).outline()).toEqual({
      sheets: [
        { name: "Ancien suivi", usedRange: "A1:C4", rowCount: 4, columnCount: 3 },
        { name: "Heures", usedRange: "A1:M3", rowCount: 3, columnCount: hourHeaders.length },
      ],
      tables: [{ name: "Heures", sheet: "Heures", headers: hourHeaders, rowCount: 2 }],
    });
    expect(excel.syncs()).toBe(2);
  });

  it("reads a sheet's used range in 3 syncs, a given range in 3 (bounded by the used range), and names what is wrong", async () => {
    const excel = fakeExcel([], { sheets: [{ name: "Ancien suivi", cells: legacy }] });
    const workbook = new OfficeWorkbook(excel.run);
    const used = await workbook.readRange("Ancien suivi");
    expect(used).toMatchObject({ address: "A1:C4", firstRow: 1, firstColumn: 1 });
    expect(used.values[3]).toEqual(["P001", "02/03/2026", 35]);
    expect(excel.syncs()).toBe(3);
    expect(await workbook.readRange("Ancien suivi", "A3:C4")).toMatchObject({ address: "A3:C4", firstRow: 3, values: legacy.slice(2) });
    expect(excel.syncs()).toBe(6);
    // A whole-sheet address loads the used cells only (a mapping with A1:XFD1048576 ran out of memory).
    const whole = await workbook.readRange("Ancien suivi", "A1:XFD1048576");
    expect(whole).toMatchObject({ address: "A1:C4", values: legacy.map((row) => [...row, ...Array(3 - row.length).fill("")]) });
    await expect(workbook.readRange("Suivi")).rejects.toThrow("La feuille « Suivi » n'existe pas");
    await expect(workbook.readRange("Ancien suivi", "A3:")).rejects.toThrow("« A3: » n'est pas une plage de cellules (exemple : A1:H40)");
  });

  it("applies a migration's renames in 2 syncs", async () => {
    const excel = fakeExcel([
      { name: "Hours", headers: ["Company", "Start", "End", "Hours", "Notes"], rows: [["X", 46023, 46053, 7, ""]] },
    ]);
    await new OfficeWorkbook(excel.run).applySchemaEdits([
      { kind: "renameHeader", table: "Hours", from: "Company", to: "Entreprise" },
      { kind: "renameHeader", table: "Hours", from: "Start", to: "Début" },
      { kind: "renameTable", table: "Hours", to: "Heures" },
      { kind: "renameHeader", table: "Heures", from: "End", to: "Fin" },
      { kind: "renameSheet", sheet: "Hours", to: "Heures" },
    ]);
    expect(excel.syncs()).toBe(2);
    expect(excel.table("Heures")).toMatchObject({ sheet: "Heures" });
    expect(excel.sheet("Heures")?.[0]).toEqual(["Entreprise", "Début", "Fin", "Hours", "Notes"]);
  });

  it("adds a schema-4 column at the right end of a table in the same batch", async () => {
    const excel = fakeExcel([{ name: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures"], rows: [["X", 46023, 46053, 7]] }]);
    await new OfficeWorkbook(excel.run).applySchemaEdits([{ kind: "addColumn", table: "Heures", header: "Montant facturé HT" }]);
    expect(excel.syncs()).toBe(2);
    expect(excel.table("Heures")).toMatchObject({ columnCount: 5 });
    expect(excel.sheet("Heures")?.[0]).toEqual(["Entreprise", "Début", "Fin", "Heures", "Montant facturé HT"]);
  });

  it("keeps settings in the very hidden settings sheet, the one `clauses run` reads in the saved file", async () => {
    const excel = fakeExcel();
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeSetting("clauses.schemaVersion", 1);
    await workbook.writeSetting("clauses.territoryPack", { meta: { id: "t" }, notes: "x".repeat(40_000) });
    const rows = excel.sheet(SETTINGS_SHEET)!;
    expect(rows.map((row) => row[0])).toEqual(["Clé", "clauses.schemaVersion", "clauses.territoryPack"]);
    expect((rows[2]?.[1] as string).length).toBe(32_000); // the rest of the value continues in the next cell
    expect(excel.sheetNames()).toEqual([SETTINGS_SHEET]);
    expect(await workbook.readSetting("clauses.territoryPack")).toEqual({ meta: { id: "t" }, notes: "x".repeat(40_000) });
    expect((await workbook.outline()).sheets).toEqual([]); // very hidden: not offered to the import wizard
    await workbook.writeSetting("clauses.territoryPack", undefined);
    expect(await workbook.readSetting("clauses.territoryPack")).toBeUndefined();
    expect(await workbook.readSetting("clauses.schemaVersion")).toBe(1);
    await workbook.writeSetting("clauses.schemaVersion", undefined);
    expect(excel.sheetNames()).toEqual([]);
  });

  it("still reads a setting Office kept itself (workbooks written before the settings sheet), and forgets it once rewritten", async () => {
    const excel = fakeExcel();
    excel.settings.set("clauses.territoryPack", '{"meta":{"id":"ancien"}}');
    const workbook = new OfficeWorkbook(excel.run);
    expect(await workbook.readSetting("clauses.territoryPack")).toEqual({ meta: { id: "ancien" } });
    await workbook.writeSetting("clauses.territoryPack", undefined);
    expect(await workbook.readSetting("clauses.territoryPack")).toBeUndefined();
    expect(excel.settings.size).toBe(0);
  });
});

describe("reading the selected row", () => {
  const headers: Cell[] = ["Participant", "Date de naissance", "QPV"];
  const rows: Cell[][] = Array.from({ length: 1000 }, (_, index) => [`P${index + 1}`, 37021, "Oui"]);

  it.each([
    [4, "P1", 5],
    [903, "P900", 904],
  ])("reads only the row under the selection (sheet row index %i) in three round trips", async (selectedRowIndex, id, sheetRow) => {
    const { participantsTable } = await import("../../domain");
    // Header on sheet row index 3 (row 4 in Excel): data starts at index 4.
    const excel = fakeExcel([{ name: "Participants", headers, rows, rowIndex: 3 }], { selectedRowIndex });
    const selected = await new OfficeWorkbook(excel.run).readSelectedRow(participantsTable);
    expect(selected).toEqual({ headers, cells: [id, 37021, "Oui"], row: sheetRow });
    expect(excel.syncs()).toBe(3);
  });

  it("answers null when the selection is outside the table, or the table is absent", async () => {
    const { participantsTable } = await import("../../domain");
    const outside = fakeExcel([{ name: "Participants", headers, rows: rows.slice(0, 3), rowIndex: 0 }], { selectedRowIndex: 10 });
    expect(await new OfficeWorkbook(outside.run).readSelectedRow(participantsTable)).toBeNull();
    expect(outside.syncs()).toBe(2);
    const onHeader = fakeExcel([{ name: "Participants", headers, rows: rows.slice(0, 3), rowIndex: 0 }], { selectedRowIndex: 0 });
    expect(await new OfficeWorkbook(onHeader.run).readSelectedRow(participantsTable)).toBeNull();
    const absent = fakeExcel([], { selectedRowIndex: 1 });
    expect(await new OfficeWorkbook(absent.run).readSelectedRow(participantsTable)).toBeNull();
    expect(absent.syncs()).toBe(1);
  });
});
