import { hoursTable, marketsTable, type Cell } from "../../domain";
import { fakeExcel } from "../../test/support/excel-mock";
import { OfficeWorkbook } from "./office-workbook";

const marketHeaders: Cell[] = ["Marché", "Entreprise", "Heures dues", "Début", "Fin"];

function marketRows(count: number): Cell[][] {
  return Array.from({ length: count }, (_, index) => [`M${index + 1}`, "X", 100, 46027, 46203]);
}

function records(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `N${index + 1}`,
    company: "X",
    obligation: 50,
    start: "2026-01-05",
    end: "2026-06-30",
  }));
}

describe("Office.js workbook adapter", () => {
  it.each([10, 1000])("reads a table of %i rows in two round trips", async (count) => {
    const excel = fakeExcel([{ name: "Marchés", headers: marketHeaders, rows: marketRows(count), rowIndex: 3 }]);
    const snapshot = await new OfficeWorkbook(excel.run).readTable(marketsTable);
    expect(snapshot?.headers).toEqual(marketHeaders);
    expect(snapshot?.rows).toHaveLength(count);
    expect(snapshot?.headerRow).toBe(4);
    expect(excel.syncs()).toBe(2);
  });

  it("answers null, in one round trip, when the table does not exist", async () => {
    const excel = fakeExcel();
    expect(await new OfficeWorkbook(excel.run).readTable(marketsTable)).toBeNull();
    expect(excel.syncs()).toBe(1);
  });

  it.each([10, 1000])("appends %i rows under the table's own header order in one batch", async (count) => {
    const excel = fakeExcel([{ name: "Marchés", headers: ["Fin", "Marché", "Notes", "Heures dues"], rows: [] }]);
    await new OfficeWorkbook(excel.run).appendRecords(marketsTable, records(count));
    const added = excel.added["Marchés"] ?? [];
    expect(added).toHaveLength(count);
    // Serial 46203 = 2026-06-30; the facilitator's own "Notes" column gets an empty cell.
    expect(added[0]).toEqual([46203, "N1", "", 50]);
    expect(excel.syncs()).toBe(3);
  });

  it.each([10, 1000])("creates a missing table with its %i rows, headers and formats, in two round trips", async (count) => {
    const excel = fakeExcel();
    await new OfficeWorkbook(excel.run).appendRecords(
      hoursTable,
      Array.from({ length: count }, () => ({ company: "X", start: "2026-01-01", end: "2026-01-31", hours: 35 })),
    );
    expect(excel.createdTables).toEqual(["Heures"]);
    expect(excel.written[0]?.[0]).toEqual(hoursTable.columns.map((column) => column.header));
    expect(excel.written[0]).toHaveLength(count + 1);
    expect(excel.written[0]?.[1]?.slice(0, 8)).toEqual(["", "X", "", "", "", 46023, 46053, 35]);
    expect(excel.formats.length).toBeGreaterThan(0);
    expect(excel.syncs()).toBe(2);
  });

  it("replaces a table it owns by deleting and recreating it in the same batch", async () => {
    const excel = fakeExcel([{ name: "Ventilation", headers: ["Marché"], rows: [["old"]] }]);
    const { ventilationTable } = await import("../../domain");
    await new OfficeWorkbook(excel.run).replaceRecords(ventilationTable, [{ market: "M1", hours: 12 }]);
    expect(excel.deletedTables).toEqual(["Ventilation"]);
    expect(excel.createdTables).toEqual(["Ventilation"]);
    expect(excel.syncs()).toBe(2);
  });

  it("stores settings as JSON in the workbook", async () => {
    const excel = fakeExcel();
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeSetting("clauses.territoryPack", { meta: { id: "t" } });
    expect(excel.settings.get("clauses.territoryPack")).toBe('{"meta":{"id":"t"}}');
    await workbook.writeSetting("clauses.territoryPack", undefined);
    expect(excel.settings.has("clauses.territoryPack")).toBe(false);
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
