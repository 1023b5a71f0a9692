/**
 * The .xlsx adapter under hostile names and beside the facilitator's cells (issue 17).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import { hoursTable, ventilationTable, type TableRecord } from "../../domain";
import { hourRecords } from "../../test/support/hour-records";
import { openInLibreOffice } from "../../test/support/libreoffice";
import { XlsxWorkbook } from "./xlsx-workbook";

jest.setTimeout(120_000);

const HOSTILE = ['=HYPERLINK("http://exemple.invalid","clic")', "+cmd|' /C calc'!A0", "-", "@SUM(A1)", "\tP1", "\rP2", "'déjà cité"];

function ventilation(count: number): TableRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    market: `M${index}`,
    participant: "P1",
    month: "2026-01-01",
    kind: "comptée",
    hours: 12,
  }));
}

describe("text stays text in the .xlsx files the CLI writes", () => {
  it("writes hostile names as strings (no formula), which exceljs and LibreOffice read back unchanged", async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.appendRecords(
      hoursTable,
      HOSTILE.map((name) => ({ ...hourRecords(1)[0], participant: name })),
    );
    const bytes = await workbook.toBytes();
    const book = new Workbook();
    await book.xlsx.load(bytes as never);
    const cells = HOSTILE.map((_, index) => book.getWorksheet("Heures")!.getCell(index + 2, 1));
    expect(cells.map((cell) => cell.formula)).toEqual(HOSTILE.map(() => undefined));
    // XML turns a bare carriage return into a line feed when the file is read (exceljs writes it raw): still text.
    const asRead = HOSTILE.map((name) => name.replace(/\r/g, "\n"));
    expect(cells.map((cell) => cell.value)).toEqual(asRead);
    expect((await (await XlsxWorkbook.load(bytes)).readTable(hoursTable))!.rows.map((row) => row[0])).toEqual(asRead);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "clauses-xlsx-")), "hostile.xlsx");
    writeFileSync(file, bytes);
    const shown = openInLibreOffice(file)
      ["Heures"]!.slice(1, 5)
      .map((row) => row[0]);
    // What LibreOffice shows is the text, not a computed value (« clic ») or an error.
    expect(shown).toEqual(HOSTILE.slice(0, 4));
  });
});

describe("the facilitator's cells under an add-in table are erased when it grows (defect, .xlsx)", () => {
  it("refuses to grow Ventilation over a note below it, naming the cell, and changes nothing", async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.replaceRecords(ventilationTable, ventilation(1));
    const loaded = await XlsxWorkbook.load(await workbook.toBytes());
    const sheet = (loaded as unknown as { book: Workbook }).book.getWorksheet("Ventilation")!;
    sheet.getCell("B5").value = "ma note";
    const before = await loaded.readRange("Ventilation");
    await expect(loaded.replaceRecords(ventilationTable, ventilation(6))).rejects.toThrow(
      /le tableau Ventilation doit s'agrandir sur des cellules qui contiennent des données \(feuille « Ventilation », B5\)/i,
    );
    expect(await loaded.readRange("Ventilation")).toEqual(before);
    await loaded.replaceRecords(ventilationTable, ventilation(2)); // a smaller growth that fits is written
    expect((await loaded.readTable(ventilationTable))!.rows).toHaveLength(2);
  });
});
