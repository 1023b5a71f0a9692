/**
 * The bilans in the preview, in a real browser: the charts render (SVG bars drawn by Fluent's
 * charts), the Bilans sheet is written, and the buyer's .xlsx export carries no small count.
 */
import { readFileSync } from "node:fs";
import { Workbook } from "exceljs";
import { harnessPerFile } from "./support/browser";
import { axeViolations, tabTo } from "./support/pane-checks";

jest.setTimeout(90_000);

const harness = harnessPerFile();

async function openBilans() {
  const { page, origin } = harness();
  await page.goto(`${origin}/preview.html`);
  await page.getByRole("tab", { name: "Bilans" }).click();
  const panel = page.getByRole("region", { name: "Bilans" });
  await panel.getByRole("region", { name: /^Bilan Territoire/ }).waitFor();
  return { page, panel };
}

describe("the bilans in the preview", () => {
  it("opens every folding section with the keyboard, with no serious axe violation once open", async () => {
    const { page, panel } = await openBilans();
    const headers = ["Graphiques", "Marchés (5)", "Participants", "Contrats de travail et modes de réalisation", "Origine d'un chiffre"];
    for (const name of [...headers, "Conservation des données personnelles"]) {
      await tabTo(page, new RegExp(`^${name.replace(/[()]/g, "\\$&")}$`), 300);
      await page.keyboard.press("Enter");
      await expect(panel.getByRole("button", { name, exact: true }).getAttribute("aria-expanded")).resolves.toBe("true");
    }
    await panel.locator('figure[aria-label="Participants par tranche d\'âge"] svg rect').first().waitFor();
    await panel.getByRole("table", { name: "Participants du bilan" }).waitFor();
    await panel.getByLabel("Expliquer un chiffre").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("renders the three charts with their bars", async () => {
    const { panel } = await openBilans();
    await panel.getByRole("button", { name: "Graphiques" }).click();
    const bars = (title: string) => panel.locator(`figure[aria-label="${title}"] svg rect`);
    // Five contracts, due and realised side by side.
    await bars("Heures réalisées et dues par marché").nth(9).waitFor();
    expect(await bars("Heures réalisées et dues par marché").count()).toBeGreaterThanOrEqual(10);
    // Twelve months, direct and ventilated stacked (November and December have no direct hours).
    expect(await bars("Heures réalisées par mois").count()).toBeGreaterThanOrEqual(22);
    expect(await bars("Participants par tranche d'âge").count()).toBeGreaterThanOrEqual(3);
    await expect(panel.getByRole("row", { name: "Heures réalisées" }).textContent()).resolves.toMatch(/1\s753,1\sh$/);
  });

  it("writes the Bilans sheet, which the preview's workbook shows", async () => {
    const { page, panel } = await openBilans();
    await panel.getByRole("button", { name: "Écrire la feuille Bilans" }).click();
    await page.getByText(/lignes écrites dans la feuille Bilans, avec les graphiques de « Territoire »/).waitFor();
    await page.getByRole("tab", { name: "Bilans", exact: true }).last().click();
    const sheet = page.getByRole("table", { name: "Tableau Bilans" });
    await expect(sheet.locator("thead th").allTextContents()).resolves.toEqual([
      "Périmètre",
      "Indicateur",
      "Valeur",
      "Période",
      "Paquet de règles",
      "Unité",
      "Source",
      "Diffusion",
    ]);
    await expect(sheet.locator("tbody tr").nth(1).locator("td").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["Territoire", "Heures réalisées", "h", "national@2026.11.1"]),
    );
  });

  it("shows the buyer's view without small counts and exports the buyer's .xlsx without any", async () => {
    const { page, panel } = await openBilans();
    await panel.getByRole("combobox", { name: "Périmètre" }).selectOption({ label: "Ville de Valrivière" });
    await panel.getByRole("combobox", { name: "Vue" }).selectOption("buyer");
    await panel.getByRole("button", { name: "Participants", exact: true }).click();
    const people = panel.getByRole("table", { name: "Participants du bilan" });
    await people.getByRole("row", { name: "Sexe : Femme" }).waitFor();
    const counts = await people.locator("td:nth-child(2)").allTextContents();
    expect(counts.length).toBeGreaterThan(10);
    for (const count of counts) expect(count.trim()).not.toMatch(/^[1-4]$/);
    await expect(panel.textContent()).resolves.not.toMatch(/P00\d/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Exporter pour l'acheteur (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("bilan-acheteur-VILLE-VR.xlsx");
    const book = new Workbook();
    await book.xlsx.load(readFileSync((await download.path()) as string) as never);
    const cells: unknown[][] = [];
    book.getWorksheet("Bilan")?.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    const row = (label: string) => cells.find((line) => line[0] === label);
    expect(row("Bilan de la clause sociale — Ville de Valrivière")).toBeDefined();
    expect(row("Heures réalisées")?.[1]).toBe(950);
    // Below « Participants », every count is 0, 5 or more, « < 5 » or « masqué » (headers and titles are text).
    const exported = cells.slice(cells.findIndex((line) => line[0] === "Participants") + 1).map((line) => line[1]);
    expect(exported.filter((count) => count === "< 5" || count === "masqué").length).toBeGreaterThan(5);
    expect(exported.filter((count) => typeof count === "number" && count > 0 && count < 5)).toEqual([]);
    expect(JSON.stringify(cells)).not.toMatch(/P00\d|JEUNE|Critère/);
  });
});
