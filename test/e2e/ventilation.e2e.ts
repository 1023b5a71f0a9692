/**
 * The pooling capability in the preview, in a real browser: the Mutualisation panel on the demo
 * territory writes the Ventilation table; the formula bar computes =CLAUSES.HEURES_VENTILER.
 */
import { harnessPerFile } from "./support/browser";
import { internalWords } from "./support/pane-checks";

jest.setTimeout(90_000);

const harness = harnessPerFile();

describe("pooling in the preview", () => {
  it("shows BTP-RIVIERE's contracts in the Mutualisation panel and writes the Ventilation table", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Mutualisation" }).click();
    const panel = page.getByRole("region", { name: "Mutualisation" });
    await panel.getByRole("combobox", { name: "Entreprise" }).selectOption("BTP-RIVIERE");
    const contracts = panel.getByRole("table", { name: "Heures par marché" });
    await expect(contracts.getByRole("row", { name: /^Marché M\d$/ }).allTextContents()).resolves.toHaveLength(3);
    await expect(contracts.getByRole("row", { name: "Marché M3" }).textContent()).resolves.toMatch(/^M3300\s*0207,192,9/);
    await panel.getByRole("button", { name: "Écrire la ventilation" }).click();
    await page.getByText(/lignes écrites dans le tableau Ventilation/).waitFor();
    await page.getByRole("tab", { name: "Ventilation" }).click();
    const sheet = page.getByRole("table", { name: "Tableau Ventilation" });
    await expect(sheet.locator("thead th").allTextContents()).resolves.toEqual([
      "Entreprise",
      "Marché",
      "Participant",
      "Mois",
      "Nature",
      "Heures",
      "Règle de ventilation",
      "Répartition",
      "Paquet de règles",
      "Empreinte des données",
    ]);
    await expect(sheet.locator("tbody tr").first().locator("td").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["BTP-RIVIERE", "M1", "P001", "janvier 2026", "Ventilée", "Fin la plus proche d'abord"]),
    );
    // The Ventilation sheet reads as a person reads it: months in French, no ISO date.
    expect(await internalWords(page, '[aria-label="Tableau Ventilation"]')).toEqual([]);
  });

  it("computes =CLAUSES.HEURES_VENTILER and =CLAUSES.HEURES_EXCEDENTAIRES on the demo tables", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    const formula = page.getByRole("textbox", { name: "Formule" });
    const result = page.getByLabel("Résultat de la formule");
    await formula.fill('=CLAUSES.HEURES_VENTILER(Marchés; Heures; ; "M3")');
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(result.textContent()).resolves.toBe("207,0968");
    await formula.fill('=CLAUSES.HEURES_VENTILER(Marchés; Heures; "pro-rata")');
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(result.textContent()).resolves.toBe(
      ["0\t534,7891\t534,7891\t65,2109", "0\t355,6044\t355,6044\t44,3956", "0\t300\t300\t0", "350\t0\t350\t100", "196\t0\t196\t54"].join(
        "\n",
      ),
    );
    await formula.fill('=CLAUSES.HEURES_EXCEDENTAIRES(Marchés; Heures; "BTP-RIVIERE")');
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(result.textContent()).resolves.toBe("0\t12,9032");
  });
});
