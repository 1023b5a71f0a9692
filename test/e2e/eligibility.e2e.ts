/**
 * The « Éligibilité » panel in a real browser, on the preview's demo workbook: the single
 * prescription form writes a Participants row; clicking that row selects it, the pane checks the
 * selected row, and the formula bar computes =CLAUSES.ELIGIBILITE on it.
 */
import { harnessPerFile } from "./support/browser";

jest.setTimeout(90_000);

const harness = harnessPerFile();

describe("eligibility in the preview", () => {
  it("writes the form's participant into Participants, then computes =CLAUSES.ELIGIBILITE on the selected row", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Éligibilité" }).click();
    await page.getByRole("textbox", { name: /^Identifiant/ }).fill("P100");
    await page.getByLabel("Date de naissance").fill("2001-05-10");
    await page.getByLabel("Niveau de qualification").selectOption("3");
    await page.getByLabel("Sortie du système scolaire").fill("2019-07-01");
    await page.getByLabel(/^Demandeur d'emploi depuis/).fill("2025-10-01");
    await page.getByRole("switch", { name: "Réside dans un quartier prioritaire (QPV)" }).check();
    await page.getByLabel(/^Première entrée dans une clause/).fill("2026-03-02");
    const result = page.getByRole("region", { name: "Éligibilité de P100" });
    await expect(result.getByText("Éligible", { exact: true }).textContent()).resolves.toBe("Éligible");
    await expect(result.getByLabel("Aide IAE").textContent()).resolves.toContain("éligible en ACI, AI, EI, EITI, ETTI");
    await page.getByRole("button", { name: "Enregistrer au tableau Participants" }).click();
    await page.getByText("P100 ajouté au tableau Participants.").waitFor();

    await page.getByRole("tab", { name: "Participants" }).click();
    const lastRow = page.getByRole("table", { name: "Tableau Participants" }).locator("tbody tr").last();
    await expect(lastRow.locator("td").first().textContent()).resolves.toBe("P100");
    await expect(lastRow.textContent()).resolves.toContain("10/05/2001");
    await lastRow.click();
    await expect(lastRow.getAttribute("aria-selected")).resolves.toBe("true");

    const formula = page.getByRole("textbox", { name: "Formule" });
    await formula.fill("=CLAUSES.ELIGIBILITE(Participants[@])");
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(page.getByLabel("Résultat de la formule").textContent()).resolves.toBe("JEUNE");
    await formula.fill('=CLAUSES.ELIGIBILITE(Participants[#Tout]; "02/03/2026")');
    await page.getByRole("button", { name: "Calculer" }).click();
    // The eight demo participants, then P100: Claire (P003) is not yet eligible on 2 March 2026.
    await expect(page.getByLabel("Résultat de la formule").textContent()).resolves.toBe(
      ["JEUNE", "DELD", "NON_ELIGIBLE", "MINIMA", "TH", "SIAE", "DETLD", "JEUNE", "JEUNE"].join("\n"),
    );

    await page.getByRole("tab", { name: "Ligne sélectionnée" }).click();
    await page.getByRole("button", { name: "Vérifier la ligne sélectionnée" }).click();
    await expect(page.getByRole("region", { name: "Éligibilité de P100" }).textContent()).resolves.toContain("JEUNE");
  });

  it("gives the day Claire becomes eligible with =CLAUSES.DATE_ELIGIBILITE on her row", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Participants" }).click();
    await page.getByRole("table", { name: "Tableau Participants" }).locator("tbody tr").nth(2).click();
    const formula = page.getByRole("textbox", { name: "Formule" });
    await formula.fill('=CLAUSES.DATE_ELIGIBILITE(Participants[@]; "02/03/2026")');
    await page.getByRole("button", { name: "Calculer" }).click();
    // 46204 is the Excel serial of 1 July 2026.
    await expect(page.getByLabel("Résultat de la formule").textContent()).resolves.toBe("46204");
  });
});
