/**
 * The « Commande publique » panel in the preview, in a real browser: a DECP file chosen on disk
 * (the generated file of known content, its town moved to the demo town's SIRET), the radar with
 * its Fluent chart, the renewals, a clause contract written to Marchés, the plan screened.
 */
import { territoryDecp } from "../../domain/procurement/test-decp";
import { openHarness, type Harness } from "./support/browser";

jest.setTimeout(120_000);

const DEMO_TOWN = "99901000200114";

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

function decpBuffer(): Buffer {
  const town = (territoryDecp().marches.marche[0]!.acheteur as { id: string }).id;
  return Buffer.from(JSON.stringify(territoryDecp()).replaceAll(town, DEMO_TOWN));
}

describe("the « Commande publique » panel in the preview", () => {
  it("reads a DECP file from disk, draws the radar, lists renewals, and writes a ticked contract to Marchés", async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Commande publique" }).click();
    await page.getByLabel("Fichier DECP (JSON)").setInputFiles({ name: "decp.json", mimeType: "application/json", buffer: decpBuffer() });
    await expect(page.getByLabel("Lecture du fichier").textContent()).resolves.toBe(
      "24 enregistrement(s) lus : 17 retenu(s), 5 hors du territoire, 2 rejeté(s).",
    );
    const chart = page.getByRole("figure", { name: "VILLE-VR : marchés avec une considération sociale" });
    await expect(chart.locator("svg").first().isVisible()).resolves.toBe(true);
    await expect(chart.textContent()).resolves.toContain("2026 : 2 sur 7 (28,57 %)");
    await expect(
      page.getByRole("list", { name: "Marchés sans condition sociale obligatoire" }).getByRole("listitem").count(),
    ).resolves.toBe(2);
    await expect(page.getByRole("list", { name: "Renouvellements à préparer" }).textContent()).resolves.toContain(
      "V24-PEI (CPV 45442100) : fin estimée le 30/06/2027 ; environ 233 h d'insertion",
    );

    await page.getByRole("checkbox", { name: /V26-01 – Réhabilitation du gymnase/ }).check();
    await page.getByRole("button", { name: "Inscrire au tableau Marchés" }).click();
    await page.getByText(/^1 marché\(s\) ajouté\(s\) au tableau Marchés/).waitFor();
    await page.getByRole("tablist", { name: "Feuilles du classeur" }).getByRole("tab", { name: "Marchés" }).click();
    const sheet = page.getByRole("table", { name: "Tableau Marchés" });
    await expect(sheet.textContent()).resolves.toContain("Réhabilitation du gymnase");
  });

  it("screens the demo plan of purchases, best first, and downloads the note d'opportunité", async () => {
    const { page, origin } = harness;
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Commande publique" }).click();
    await page.getByLabel(/Métiers recherchés/).fill("peinture");
    await page.getByRole("button", { name: "Examiner la programmation" }).click();
    const items = page.getByRole("list", { name: "Achats prévus, par priorité" }).getByRole("listitem");
    await items.first().waitFor();
    const texts = await items.allTextContents();
    // Painting: 70 % labour (25) + 24 months (15) + 490 h (10) + wanted (10); cleaning: mandatory (40) + 48 months (15).
    expect(texts[0]).toMatch(/^P2027-01 – Peinture des écoles \(programme 2027\) : 60\/100/);
    expect(texts[1]).toMatch(/^P2027-02 – Nettoyage des bâtiments départementaux : 55\/100 Condition sociale obligatoire\./);
    expect(texts).toHaveLength(3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Note d'opportunité (.docx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("note-opportunite.docx");
  });
});
