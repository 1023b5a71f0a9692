/**
 * The preview in a real browser: the demo workbook opened from assets/demo-territoire.xlsx, and its old
 * spreadsheet (headers in another order, French variants, four bad rows) imported through the
 * « Importer » wizard, with the report of the rejected rows, into the Heures table.
 */
import { openHarness, type Harness } from "./support/browser";

jest.setTimeout(120_000);

let harness: Harness;

beforeAll(async () => {
  harness = await openHarness();
});

afterAll(async () => {
  await harness?.close();
});

afterEach(() => {
  expect(harness.pageErrors).toEqual([]);
  expect(harness.outside).toEqual([]);
});

describe("the demo workbook in the preview", () => {
  it("is opened from the .xlsx asset, plain sheets included, dates shown as dates", async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/preview.html`);
    const tabs = page.getByRole("tablist", { name: "Feuilles du classeur" });
    await tabs.getByRole("tab", { name: "Ancien suivi" }).click();
    const sheet = page.getByRole("table", { name: "Feuille Ancien suivi" });
    await expect(sheet.locator("tr").nth(2).textContent()).resolves.toBe(
      "Date de finSalariéNb heuresSociétéChantierCommentaireDate débutType contrat",
    );
    await expect(sheet.locator("tr").nth(3).locator("td").first().textContent()).resolves.toBe("30/11/2026");
    await expect(page.getByRole("link", { name: "télécharger le classeur" }).getAttribute("href")).resolves.toBe(
      "assets/demo-territoire.xlsx",
    );
  });

  it("imports the messy old spreadsheet: proposed mapping, dry run with every rejected row, then the valid rows", async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Importer" }).click();
    await expect(page.getByLabel("Feuille à importer").inputValue()).resolves.toBe("Ancien suivi");
    await page.getByRole("button", { name: "Lire la feuille" }).click();
    await page.getByText("Plage A1:H13 : en-têtes lus ligne 3.").waitFor();
    await expect(page.getByLabel("Tableau de destination").inputValue()).resolves.toBe("Heures");
    await expect(page.getByLabel("Colonne « Nb heures »").inputValue()).resolves.toBe("hours");
    await expect(page.getByLabel("Colonne « Date début »").inputValue()).resolves.toBe("start");
    await expect(page.getByLabel("Colonne « Commentaire »").inputValue()).resolves.toBe("");

    await page.getByRole("button", { name: "Vérifier (essai à blanc)" }).click();
    await expect(page.getByLabel("Bilan de la vérification").textContent()).resolves.toBe(
      "5 lignes prêtes à importer dans Heures, 0 déjà présente, 4 rejetées.",
    );
    await expect(page.getByRole("list", { name: "Lignes rejetées" }).getByRole("listitem").allTextContents()).resolves.toEqual([
      "Ligne 7 : « Nb heures » (Heures) : « -28 » : doit être positif ou nul",
      "Ligne 8 : « Date de fin » (Fin) : la date « 31/11/2026 » n'existe pas",
      "Ligne 9 : « Société » (Entreprise) : entreprise « BTP RIVIERE » inconnue : elle n'est pas dans le tableau Entreprises (vouliez-vous dire « BTP-RIVIERE » ?)",
      "Ligne 11 : « Date de fin » (Fin) : la fin (15/12/2026) précède le début (20/12/2026)",
    ]);

    await page.getByRole("button", { name: "Importer les 5 lignes valides" }).click();
    await page.getByText(/^5 lignes ajoutées au tableau Heures\./).waitFor();
    await page.getByRole("tablist", { name: "Feuilles du classeur" }).getByRole("tab", { name: "Heures" }).click();
    const rows = page.getByRole("table", { name: "Tableau Heures" }).locator("tbody tr");
    await expect(rows.count()).resolves.toBe(53 + 5);
    await expect(rows.last().locator("td").allTextContents()).resolves.toEqual([
      "P005",
      "PROPRETE-VR",
      "",
      "",
      "CDD",
      "01/12/2026",
      "31/12/2026",
      "21",
      "M4",
      "", // « Relevé », « Version du relevé », « Reçu le » (schema 3), empty for a line typed in
      "",
      "",
      "", // « Montant facturé HT » (schema 4), empty for an hour line
    ]);
  });
});
