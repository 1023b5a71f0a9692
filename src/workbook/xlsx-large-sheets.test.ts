/**
 * Large sheets in bounded memory (issue 17: 200 000 Heures rows took 2.8 GB in `clauses run`, because
 * exceljs built every cell): their cells are streamed, and their rows copied to the output as they
 * were. Here every sheet is treated as large (a threshold of 1 byte), so the demo workbook exercises
 * the path that `clauses run` takes on a big file; the figures live in `npm run bench:xlsx`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Workbook as ExcelWorkbook, type Workbook } from "exceljs";
import { dayFromIso, decodeTable, hoursTable, ventilationTable } from "../../domain";
import { openInLibreOffice } from "../../test/support/libreoffice";
import { hourRecords } from "../../test/support/hour-records";
import { DEMO_XLSX_PATH } from "../demo/demo-xlsx";
import { workbookFiles, progressLine } from "../cli/workbook-files";
import { main, progressSink } from "../cli/main";
import { memoryIo } from "../../test/support/memory-io";
import { withOversizedSheet } from "../../test/support/oversized-sheet";
import { nationalPack, plugins } from "../composition/root";
import { runCommand } from "../plugins/workbook/cli-run";
import type { CommandContext, WorkbookFiles } from "../plugins/types";
import { largeSheets } from "./xlsx-large-sheets";
import { XlsxWorkbook } from "./xlsx-workbook";

jest.setTimeout(180_000);

const DEMO = path.join(__dirname, "..", "..", DEMO_XLSX_PATH);
const demoBytes = () => new Uint8Array(readFileSync(DEMO));
const everySheetLarge = () => largeSheets({ threshold: 1 });

/** `clauses run` in process on the demo, with the given way of opening files; returns the output's bytes. */
async function runOn(workbooks: WorkbookFiles, input = DEMO): Promise<{ bytes: Uint8Array; stdout: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "clauses-large-"));
  const out = path.join(dir, "resultat.xlsx");
  let stdout = "";
  const context: CommandContext = {
    values: { out },
    positionals: [input],
    readJson: async () => ({}),
    readBytes: async (file) => new Uint8Array(readFileSync(file)),
    writeBytes: async (file, bytes) => writeFileSync(file, bytes),
    stdout: (text) => void (stdout += text),
    stderr: () => undefined,
    pack: nationalPack(),
    today: dayFromIso("2026-11-26"),
    plugins,
    workbooks: workbooks,
  };
  expect(await runCommand().run(context)).toBe(0);
  return { bytes: new Uint8Array(readFileSync(out)), stdout };
}

const streaming: WorkbookFiles = {
  ...workbookFiles,
  open: (bytes, options) => XlsxWorkbook.load(bytes, options?.largeSheets ? { large: everySheetLarge() } : {}),
};

/** Every sheet's cells and every table (name, sheet, range) of a file, read by exceljs whole. */
async function contentOf(bytes: Uint8Array) {
  const workbook = await XlsxWorkbook.load(bytes);
  const outline = await workbook.outline();
  const sheets = await Promise.all(outline.sheets.map(async (sheet) => [sheet.name, (await workbook.readRange(sheet.name)).values]));
  return { outline, sheets, schema: await workbook.readSetting("clauses.schemaVersion") };
}

describe("large sheets read by streaming (defect: 200 000 Heures rows took 2.8 GB in clauses run)", () => {
  it("keeps no cell of a streamed sheet in exceljs's model, and reads its tables the same (fails on the old code: every cell was in the model)", async () => {
    const workbook = await XlsxWorkbook.load(demoBytes(), { large: everySheetLarge() });
    const book = (workbook as unknown as { book: Workbook }).book;
    expect(book.getWorksheet("Heures")?.actualRowCount).toBe(0);
    const whole = await XlsxWorkbook.load(demoBytes());
    expect(await workbook.readTable(hoursTable)).toEqual(await whole.readTable(hoursTable));
    expect(await workbook.outline()).toEqual(await whole.outline());
  });

  it("writes with clauses run the same workbook as the whole model: same cells, tables, formats and settings", async () => {
    const streamed = await runOn(streaming);
    const whole = await runOn(workbookFiles);
    const report = (stdout: string) => ({ ...JSON.parse(stdout), out: "resultat.xlsx" });
    expect(report(streamed.stdout)).toEqual(report(whole.stdout));
    expect(await contentOf(streamed.bytes)).toEqual(await contentOf(whole.bytes));
    // The facilitator's dates keep their date format (the original styles are written first, at their indices).
    const read = async (bytes: Uint8Array) => {
      const book = (await XlsxWorkbook.load(bytes)) as unknown as { book: Workbook };
      const sheet = book.book.getWorksheet("Heures")!;
      return [sheet.getCell("F2").numFmt, sheet.getCell("F2").value, sheet.getCell("A2").value];
    };
    expect(await read(streamed.bytes)).toEqual(await read(demoBytes()));
  });

  it("writes a file LibreOffice opens with the facilitator's rows intact", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-large-lo-"));
    const file = path.join(dir, "resultat.xlsx");
    writeFileSync(file, (await runOn(streaming)).bytes);
    const input = path.join(dir, "demo.xlsx");
    writeFileSync(input, demoBytes());
    const [after, before] = [openInLibreOffice(file), openInLibreOffice(input)];
    expect(after["Heures"]).toEqual(before["Heures"]);
    expect(after["Marchés"]).toEqual(before["Marchés"]);
    expect(after["Ventilation"]?.length).toBeGreaterThan(1);
  });

  it("still refuses, in French and before streaming it, a sheet too large for the memory (the 1,000,000-row refusal kept)", async () => {
    const bytes = await withOversizedSheet(demoBytes());
    const saved = XlsxWorkbook.memoryBudget;
    XlsxWorkbook.memoryBudget = 0.5e9;
    try {
      await expect(XlsxWorkbook.load(bytes, { large: everySheetLarge() })).rejects.toThrow(
        /ce classeur est trop grand pour être ouvert ici/i,
      );
    } finally {
      XlsxWorkbook.memoryBudget = saved;
    }
  });

  it("carries a workbook saved by LibreOffice (its own styles, shared strings and sheet markup) the same way", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-large-lo-"));
    const input = path.join(dir, "demo.xlsx");
    writeFileSync(input, demoBytes());
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    const args = [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML"];
    const run = spawnSync("soffice", [...args, "--outdir", path.join(dir, "lo"), input], { encoding: "utf8", timeout: 150_000 });
    if (run.error) throw new Error(`LibreOffice introuvable (soffice) : ${run.error.message}`);
    const saved = path.join(dir, "lo", "demo.xlsx");
    const streamed = await runOn(streaming, saved);
    expect(await contentOf(streamed.bytes)).toEqual(await contentOf((await runOn(workbookFiles, saved)).bytes));
    const file = path.join(dir, "resultat.xlsx");
    writeFileSync(file, streamed.bytes);
    expect(openInLibreOffice(file)["Heures"]).toEqual(openInLibreOffice(saved)["Heures"]);
  });

  it("reads merges and formulas without a value on a streamed sheet as on the whole model, with the same warnings", async () => {
    const created = XlsxWorkbook.create();
    await created.appendRecords(hoursTable, hourRecords(4));
    const book = (created as unknown as { book: Workbook }).book.getWorksheet("Heures")!;
    book.mergeCells("A2:A5");
    book.getCell("H3").value = { formula: "H2*2" } as never;
    const bytes = await created.toBytes();
    const [streamed, whole] = [await XlsxWorkbook.load(bytes, { large: everySheetLarge() }), await XlsxWorkbook.load(bytes)];
    expect((await streamed.readTable(hoursTable))!.rows.map((row) => row[0])).toEqual(["P00000", null, null, null]);
    expect(await streamed.readTable(hoursTable)).toEqual(await whole.readTable(hoursTable));
    expect(streamed.warnings).toEqual(whole.warnings);
    expect(streamed.warnings).toHaveLength(2);
  });

  it("keeps text as text: hostile names copied in a streamed sheet and written in the add-in's table are never formulas", async () => {
    const hostile = ['=HYPERLINK("http://exemple.invalid","clic")', "+cmd|' /C calc'!A0", "@SUM(A1)", "-"];
    const created = XlsxWorkbook.create();
    await created.appendRecords(
      hoursTable,
      hostile.map((name) => ({ ...hourRecords(1)[0], participant: name })),
    );
    const workbook = await XlsxWorkbook.load(await created.toBytes(), { large: everySheetLarge() });
    await workbook.replaceRecords(
      ventilationTable,
      hostile.map((name, index) => ({ market: `M${index}`, participant: name, month: "2026-01-01", kind: "comptée", hours: 12 })),
    );
    const book = new ExcelWorkbook();
    await book.xlsx.load((await workbook.toBytes()) as never);
    for (const sheet of ["Heures", "Ventilation"]) {
      const cells = hostile.map((_, index) => book.getWorksheet(sheet)!.getCell(index + 2, sheet === "Heures" ? 1 : 3));
      expect([sheet, cells.map((cell) => cell.formula)]).toEqual([sheet, hostile.map(() => undefined)]);
      expect([sheet, cells.map((cell) => cell.value)]).toEqual([sheet, hostile]);
    }
  });

  it("opens whole a workbook of an older layout whose migration renames headers of a large sheet, and migrates it", async () => {
    const book = new ExcelWorkbook();
    book.addWorksheet("Hours").addTable({
      name: "Hours",
      ref: "A1",
      columns: ["Company", "Start", "End", "Hours"].map((name) => ({ name })),
      rows: [["X", new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 0, 31)), 35]],
    });
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-large-v0-"));
    const input = path.join(dir, "ancien.xlsx");
    writeFileSync(input, new Uint8Array(await book.xlsx.writeBuffer()));
    const { bytes, stdout } = await runOn(streaming, input);
    expect(JSON.parse(stdout).schema.edits).toContain("Tableau Hours : la colonne « Start » devient « Début »");
    const migrated = await XlsxWorkbook.load(bytes);
    expect((await migrated.readTable(hoursTable))!.headers.slice(0, 4)).toEqual(["Entreprise", "Début", "Fin", "Heures"]);
  });

  it("refuses to write to a streamed sheet, in French, and leaves the workbook as it was", async () => {
    const workbook = await XlsxWorkbook.load(demoBytes(), { large: everySheetLarge() });
    const before = await workbook.readTable(hoursTable);
    await expect(workbook.appendRecords(hoursTable, [{ company: "X" }])).rejects.toMatchObject({ code: "xlsx.sheet.streamed" });
    expect(await workbook.readTable(hoursTable)).toEqual(before);
  });
});

describe("progress of long reads and writes (on a terminal's stderr only)", () => {
  it("says rows read of how many, then the share written, in French", async () => {
    const seen: string[] = [];
    const large = largeSheets({ threshold: 1, progress: (done, total, phase) => seen.push(progressLine(done, total, phase)) });
    const workbook = await XlsxWorkbook.load(demoBytes(), { large });
    await workbook.toBytes();
    expect(progressLine(120_000, 200_000, "read")).toBe("lecture : 120\u202f000 lignes sur 200\u202f000");
    expect(seen.at(-1)).toBe("écriture : 100 %");
  });

  it("is shown by clauses run on a 12 000-row Heures sheet when stderr is a terminal, never on stdout, and not otherwise", async () => {
    const grown = await XlsxWorkbook.load(demoBytes());
    const snapshot = (await grown.readTable(hoursTable))!;
    const records = decodeTable(hoursTable, [snapshot.headers, ...snapshot.rows]).rows.map((row) => row.values);
    await grown.appendRecords(
      hoursTable,
      Array.from({ length: 12_000 - records.length }, (_, index) => records[index % records.length]!),
    );
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-progress-"));
    const file = path.join(dir, "heures.xlsx");
    writeFileSync(file, await grown.toBytes());
    const shown: string[] = [];
    const terminal = memoryIo();
    terminal.progress = (text) => void shown.push(text);
    expect(await main(["run", file, "--out", path.join(dir, "a.xlsx")], terminal)).toBe(0);
    expect(shown[0]).toBe("lecture : 10\u202f000 lignes sur 12\u202f001");
    expect(shown).toContain("lecture : 12\u202f001 lignes sur 12\u202f001");
    expect(shown.at(-1)).toBe("écriture : 100 %");
    expect(JSON.parse(terminal.out).read).toContainEqual({ table: "Heures", rows: 12_000 });
    expect(terminal.err).toBe("\n"); // the last progress line ended
    const piped = memoryIo();
    expect(await main(["run", file, "--out", path.join(dir, "b.xlsx")], piped)).toBe(0);
    expect(piped.err).toBe("");
    expect(JSON.parse(piped.out).out).toBe(path.join(dir, "b.xlsx"));
  });

  it("goes to stderr when it is a terminal, nowhere otherwise (fake TTY flag)", () => {
    const written: string[] = [];
    progressSink({ isTTY: true, write: (text: string) => written.push(text) })?.("lecture : 10 000 lignes sur 20 000");
    expect(written).toEqual(["\rlecture : 10 000 lignes sur 20 000\x1b[K"]);
    expect(progressSink({ isTTY: false, write: (text: string) => written.push(text) })).toBeUndefined();
    expect(progressSink({ write: (text: string) => written.push(text) })).toBeUndefined();
  });
});
