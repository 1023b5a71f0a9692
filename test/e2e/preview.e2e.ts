/**
 * The preview in a real browser: the task pane on the demo workbook, sizing a contract through the
 * wizard and writing it into the Marchés table; the formula bar calling the custom functions.
 */
import { harnessPerFile } from "./support/browser";

jest.setTimeout(90_000);

const harness = harnessPerFile();

describe("the preview", () => {
  it("sizes 1,000,000 € at 50 % labour, 5 %, 30 €/h as 833 h and writes it into Marchés", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Dimensionner" }).waitFor();
    await page.getByRole("textbox", { name: /^Référence du marché/ }).fill("2026-100");
    await page.getByLabel("Montant HT du lot 1").fill("1 000 000");
    await page.getByLabel("Part de main-d'œuvre du lot 1 (%)").fill("50");
    await page.getByRole("textbox", { name: /Taux d'insertion/ }).fill("5");
    await page.getByRole("textbox", { name: /Coût horaire/ }).fill("30");
    await expect(page.getByLabel("Total des heures d'insertion").textContent()).resolves.toBe("Total : 833 h");
    await page.getByRole("button", { name: "Insérer dans le classeur" }).click();
    await page.getByText("1 ligne ajoutée au tableau Marchés.").waitFor();
    await page.getByRole("tab", { name: "Marchés" }).click();
    const lastRow = page.getByRole("table", { name: "Tableau Marchés" }).locator("tbody tr").last();
    await expect(lastRow.locator("td").first().textContent()).resolves.toBe("2026-100");
    await expect(lastRow.textContent()).resolves.toContain("833");
  });

  it("computes =CLAUSES.HEURES and =CLAUSES.PART_MAIN_OEUVRE in the formula bar", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    const formula = page.getByRole("textbox", { name: "Formule" });
    await formula.fill("=CLAUSES.HEURES(1000000; 0,5; 5 %; 30)");
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(page.getByLabel("Résultat de la formule").textContent()).resolves.toBe("833");
    await formula.fill('=CLAUSES.PART_MAIN_OEUVRE("gros-oeuvre")');
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(page.getByLabel("Résultat de la formule").textContent()).resolves.toMatch(
      /^#N\/A métier : la part de main-d'œuvre du métier « Gros œuvre » est à confirmer/,
    );
  });
});

describe("the task pane page outside Excel", () => {
  it("loads office.js, waits for Office.onReady and points to the preview", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/taskpane.html`);
    await expect(page.getByRole("status").textContent()).resolves.toContain("Ce volet s'ouvre dans Excel");
  });
});
