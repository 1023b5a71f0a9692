/**
 * The statements in the preview, in a real browser: the month's forms generated and downloaded (one
 * .xlsx per company), two of them filled as the companies would (exceljs), chosen together in the
 * « Relevés » panel, checked (dry run), then written in one batch into the Heures table.
 */
import { Workbook } from "exceljs";
import { FORM_SHEET, formLayout, type SealedForm } from "../../domain/statements";
import { harnessPerFile } from "./support/browser";

jest.setTimeout(120_000);

const harness = harnessPerFile();

/** Fills a downloaded form: one line, signed; returns the bytes of the file the company sends back. */
async function fill(file: string, line: (string | Date | number | null)[]): Promise<Buffer> {
  const book = new Workbook();
  await book.xlsx.readFile(file);
  const model = JSON.parse(String(book.getWorksheet("Identification")!.getCell(1, 1).value)) as SealedForm;
  const layout = formLayout(model);
  const sheet = book.getWorksheet(FORM_SHEET)!;
  line.forEach((value, column) => (sheet.getCell(layout.firstLine, column + 1).value = value));
  sheet.getCell(layout.signatory, 2).value = "Claire Roux";
  sheet.getCell(layout.signedOn, 2).value = new Date(Date.UTC(2026, 10, 3));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the statements in the preview", () => {
  it("generates and downloads the forms, collects two filled ones after a dry run, and writes their lines into Heures", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tablist", { name: "Capacités du complément" }).getByRole("tab", { name: "Relevés" }).click();
    const panel = page.getByRole("region", { name: "Relevés", exact: true });
    await panel.getByLabel("Mois du relevé").fill("2026-10");
    const generate = panel.getByRole("region", { name: "Générer les relevés" });
    await generate.getByRole("checkbox", { name: "Jardins du Val (JARDINS-VAL)" }).uncheck();
    const downloads = new Map<string, string>();
    page.on("download", (download) => void download.path().then((file) => file && downloads.set(download.suggestedFilename(), file)));
    await generate.getByRole("button", { name: "Générer et télécharger" }).click();
    await panel.getByLabel("Relevés générés").waitFor();
    for (let waited = 0; downloads.size < 2 && waited < 20_000; waited += 100) await page.waitForTimeout(100);
    expect([...downloads.keys()].sort()).toEqual(["releve-BTP-RIVIERE-2026-10.xlsx", "releve-PROPRETE-VR-2026-10.xlsx"]);

    const btp = await fill(downloads.get("releve-BTP-RIVIERE-2026-10.xlsx")!, [
      "Léa Martin",
      null,
      null,
      "Mutualisé (heures sur vos marchés mutualisables)",
      "Embauche directe",
      "CDD",
      day("2026-10-05"),
      day("2026-10-16"),
      70,
    ]);
    const proprete = await fill(downloads.get("releve-PROPRETE-VR-2026-10.xlsx")!, [
      "Nadia Roux",
      null,
      null,
      "M4 — Nettoyage des bâtiments communaux",
      "Embauche directe",
      "CDD",
      day("2026-10-01"),
      day("2026-10-30"),
      35.5,
    ]);
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await panel.getByLabel("Relevés remplis (.xlsx)").setInputFiles([
      { name: "retour-btp.xlsx", mimeType: type, buffer: btp },
      { name: "retour-proprete.xlsx", mimeType: type, buffer: proprete },
    ]);
    await panel.getByRole("button", { name: "Vérifier (essai à blanc)" }).click();
    await expect(panel.getByLabel("Bilan de la vérification").textContent()).resolves.toContain("2 relevé(s) accepté(s) (2 lignes)");
    await panel.getByRole("button", { name: "Écrire dans le classeur" }).click();
    await expect(panel.getByLabel("Collecte écrite").textContent()).resolves.toBe("2 lignes écrites dans Heures (2 relevés).");

    await page.getByRole("tablist", { name: "Feuilles du classeur" }).getByRole("tab", { name: "Heures" }).click();
    const rows = page.getByRole("table", { name: "Tableau Heures" }).locator("tbody tr");
    const last = async (index: number) =>
      (
        await rows
          .nth((await rows.count()) - index)
          .locator("td")
          .allTextContents()
      ).filter(Boolean);
    await expect(last(2)).resolves.toEqual(
      expect.arrayContaining(["P001", "BTP-RIVIERE", "05/10/2026", "16/10/2026", "70", "BTP-RIVIERE 2026-10", "1"]),
    );
    await expect(last(1)).resolves.toEqual(expect.arrayContaining(["P007", "PROPRETE-VR", "35,5", "M4", "PROPRETE-VR 2026-10", "1"]));
  });
});
