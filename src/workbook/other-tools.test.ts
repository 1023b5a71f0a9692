/**
 * Workbooks from other tools (issue 17): a workbook saved by LibreOffice (made here with
 * `soffice --convert-to xlsx`) is read and written like Excel's; a 1904 calendar is refused in
 * every spelling instead of dates read four years off.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { DEMO_XLSX_PATH } from "../demo/demo-xlsx";
import { memoryIo } from "../../test/support/memory-io";
import { withOversizedSheet } from "../../test/support/oversized-sheet";
import { main } from "../cli/main";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "..", "..");

/** The demo workbook as LibreOffice saves it (its tables have no style info, `date1904="false"`). */
function savedByLibreOffice(dir: string): string {
  const input = path.join(dir, "demo.xlsx");
  copyFileSync(path.join(ROOT, DEMO_XLSX_PATH), input);
  const profile = pathToFileURL(path.join(dir, "profile")).href;
  const out = path.join(dir, "lo");
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      input,
    ],
    { encoding: "utf8", timeout: 150_000 },
  );
  if (run.error) throw new Error(`LibreOffice introuvable (soffice) : ${run.error.message}`);
  return path.join(out, "demo.xlsx");
}

async function cli(args: string[]) {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe("workbooks saved by LibreOffice crashed run and import --into (« Cannot read properties of null (reading 'theme') »)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "clauses-lo-"));
  let file: string;
  beforeAll(() => {
    file = savedByLibreOffice(dir);
  });

  it("runs the pipeline on it with the same results as on the original", async () => {
    const fromLibreOffice = await cli(["run", file, "--out", path.join(dir, "r-lo.xlsx")]);
    expect([fromLibreOffice.code, fromLibreOffice.err]).toEqual([0, ""]);
    const original = await cli(["run", path.join(ROOT, DEMO_XLSX_PATH), "--out", path.join(dir, "r.xlsx")]);
    expect(JSON.parse(fromLibreOffice.out).steps).toEqual(JSON.parse(original.out).steps);
  });

  it("imports into it", async () => {
    const result = await cli([
      "import",
      file,
      "--sheet",
      "Ancien suivi",
      "--table",
      "Heures",
      "--into",
      file,
      "--out",
      path.join(dir, "i.xlsx"),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).written).toBeGreaterThan(0);
  });
});

describe('date1904="true" (LibreOffice\'s spelling) was missed: every date read four years off, exit 0', () => {
  it.each(["1", "true"])('refuses a workbook whose workbook part says date1904="%s"', async (spelling) => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-1904-"));
    const zip = await JSZip.loadAsync(readFileSync(path.join(ROOT, DEMO_XLSX_PATH)));
    const part = (await zip.file("xl/workbook.xml")!.async("string")).replace(
      /<workbookPr\b([^>]*?)\/?>/,
      (_, attributes: string) => `<workbookPr${attributes.replace(/\s*date1904="[^"]*"/, "")} date1904="${spelling}"/>`,
    );
    zip.file(
      "xl/workbook.xml",
      part.includes("workbookPr") ? part : part.replace("<sheets>", `<workbookPr date1904="${spelling}"/><sheets>`),
    );
    const file = path.join(dir, "1904.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
    const result = await cli(["run", file, "--out", path.join(dir, "r.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/calendrier 1904/);
  });
});

describe("memory: a 1,000,000-row sheet ran past 7 minutes at 4.4 GB", () => {
  it("is refused in French before it is opened when it would not fit (here a budget of 1 GB and 30 MB of sheet XML)", async () => {
    const { XlsxWorkbook } = await import("./xlsx-workbook");
    const bytes = await withOversizedSheet(readFileSync(path.join(ROOT, DEMO_XLSX_PATH)));
    const saved = XlsxWorkbook.memoryBudget;
    XlsxWorkbook.memoryBudget = 1e9;
    try {
      await expect(XlsxWorkbook.load(bytes)).rejects.toThrow(
        /ce classeur est trop grand pour être ouvert ici \(environ [\d,]+ Go de mémoire nécessaires, 1,0 Go disponibles\)/i,
      );
    } finally {
      XlsxWorkbook.memoryBudget = saved;
    }
  });
});

describe("merged cells were read differently from Excel (a merge over Heures A2:A5 gave three lines to the first participant)", () => {
  it("reads a merge as Excel does, the value in its first cell only, and names the range in a warning", async () => {
    const { XlsxWorkbook } = await import("./xlsx-workbook");
    const { hoursTable } = await import("../../domain");
    const { hourRecords } = await import("../../test/support/hour-records");
    const created = XlsxWorkbook.create();
    await created.appendRecords(hoursTable, hourRecords(4));
    const workbook = await XlsxWorkbook.load(await created.toBytes());
    (workbook as unknown as { book: import("exceljs").Workbook }).book.getWorksheet("Heures")!.mergeCells("A2:A5");
    const rows = (await workbook.readTable(hoursTable))!.rows;
    expect(rows.map((row) => row[0])).toEqual(["P00000", null, null, null]);
    expect(workbook.warnings).toEqual([
      "Feuille « Heures », cellules fusionnées A2:A5 : lues comme dans Excel, la valeur dans A2 seulement (les autres cellules sont vides)",
    ]);
  });
});

describe("formulas whose cached value may be stale", () => {
  it("are named in a warning when the file holds no calculated value for them", async () => {
    const { XlsxWorkbook } = await import("./xlsx-workbook");
    const { hoursTable } = await import("../../domain");
    const { hourRecords } = await import("../../test/support/hour-records");
    const created = XlsxWorkbook.create();
    await created.appendRecords(hoursTable, hourRecords(2));
    const workbook = await XlsxWorkbook.load(await created.toBytes());
    (workbook as unknown as { book: import("exceljs").Workbook }).book.getWorksheet("Heures")!.getCell("H3").value = {
      formula: "H2*2",
    } as never;
    await workbook.readTable(hoursTable);
    expect(workbook.warnings).toEqual([expect.stringMatching(/^Feuille « Heures », formules sans valeur calculée \(H3\)/)]);
  });
});
