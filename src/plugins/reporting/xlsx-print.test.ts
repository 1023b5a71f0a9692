/**
 * The buyer's and company's bilan as printed: LibreOffice converts the demo bilans to PDF and the
 * test counts the pages (A4 landscape, fitted to the width: ≤ 3 pages each), and reads the page
 * setup and the alignment of masked counts back with exceljs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Workbook } from "exceljs";
import { dayFromIso } from "../../../domain";
import { baseFromJson, buildBilans, reportView } from "../../../domain/reporting";
import { demoTerritoryJson } from "../../demo/territory-json";
import { nationalPack } from "../../composition/root";
import { bilanWorkbook } from "./xlsx-export";

jest.setTimeout(240_000);

const pack = nationalPack();
const base = baseFromJson(demoTerritoryJson(), pack, dayFromIso("2026-11-26"));

/** Pages of the PDF LibreOffice prints from an .xlsx (every sheet). */
function printedPages(bytes: Uint8Array): number {
  const work = mkdtempSync(path.join(tmpdir(), "clauses-print-"));
  try {
    const file = path.join(work, "bilan.xlsx");
    writeFileSync(file, bytes);
    const profile = pathToFileURL(path.join(work, "profile")).href;
    const run = spawnSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, file],
      {
        encoding: "utf8",
        timeout: 180_000,
      },
    );
    if (run.error) throw run.error;
    const pdf = readFileSync(path.join(work, "bilan.pdf"), "latin1");
    return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe("the bilan as printed", () => {
  it.each(["buyer", "company"] as const)("prints the demo %s bilans on at most 3 A4 landscape pages each", async (grouping) => {
    const view = reportView(buildBilans(base, pack, grouping, null), grouping);
    const pages = view.bilans.map((_, index) => index);
    const counts: number[] = [];
    for (const index of pages) counts.push(printedPages(await bilanWorkbook(view, index)));
    console.log(`${grouping} : pages imprimées par bilan ${JSON.stringify(counts)}`);
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toBeLessThanOrEqual(3);
  });

  it("sets A4 landscape fitted to the width, repeated title rows, page numbers, masked counts right-aligned", async () => {
    const view = reportView(buildBilans(base, pack, "buyer", null), "buyer");
    const book = new Workbook();
    await book.xlsx.load((await bilanWorkbook(view, 2)) as never);
    const sheet = book.getWorksheet("Bilan")!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe("1:2");
    expect(sheet.headerFooter.oddFooter).toContain("Page &P sur &N");
    let masked = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === "< 5") {
          masked += 1;
          expect(cell.alignment?.horizontal).toBe("right");
        }
      }),
    );
    expect(masked).toBeGreaterThan(0);
  });
});
