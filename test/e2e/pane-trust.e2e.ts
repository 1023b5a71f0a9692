/**
 * The pane a facilitator can trust, in a real browser: with the keyboard only, wrong data gets a
 * French message next to its field and nothing is written; every panel passes axe-core (no serious
 * or critical violation), shows no internal word, and fits two screens at 350 px.
 */
import { harnessPerFile } from "./support/browser";
import { axeViolations, internalWords, tabTo } from "./support/pane-checks";

jest.setTimeout(180_000);

const harness = harnessPerFile();

async function openPreview() {
  const { page, origin } = harness();
  await page.goto(`${origin}/preview.html`);
  const tabs = page.getByRole("tablist", { name: "Capacités du complément" });
  await tabs.getByRole("tab", { name: "Dimensionner" }).waitFor();
  return { page, tabs };
}

/** Rows of the Marchés sheet as the preview shows them. */
async function marketRows(page: Awaited<ReturnType<typeof openPreview>>["page"]): Promise<number> {
  await page
    .getByRole("tablist", { name: /Feuilles/ })
    .getByRole("tab", { name: "Marchés" })
    .click();
  return page.getByRole("table", { name: "Tableau Marchés" }).locator("tbody tr").count();
}

describe("Dimensionner with the keyboard only", () => {
  it("refuses reversed dates, a duplicate reference and asks about 0,05 %, next to each field, writing nothing", async () => {
    const { page } = await openPreview();
    const before = await marketRows(page);
    const pane = page.getByRole("region", { name: "Dimensionner" });
    await tabTo(page, /^Référence du marché/);
    await page.keyboard.type("M1");
    await tabTo(page, /^Montant HT du lot 1$/);
    await page.keyboard.type("1.000.000");
    await tabTo(page, /^Part de main-d'œuvre du lot 1/);
    await page.keyboard.type("50");
    await pane.getByText("Total : 833 h").waitFor();
    // The demo workbook already has M1: offered as an update, never a second row.
    await pane.getByText(/« M1 » existe déjà \(ligne \d+\)/).waitFor();
    expect(await pane.getByRole("button", { name: "Insérer dans le classeur" }).count()).toBe(0);

    await page.keyboard.press("Shift+Tab");
    await tabTo(page, /^Référence du marché/);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2026-900");
    await tabTo(page, /^Début/);
    // Day = month, so the test does not depend on the order the browser's date input uses.
    await page.keyboard.type("10102026");
    await tabTo(page, /^Fin/);
    await page.keyboard.type("01012025");
    await pane.getByText("la fin (01/01/2025) précède le début (10/10/2026)").waitFor();
    expect(await pane.getByRole("button", { name: "Insérer dans le classeur" }).isDisabled()).toBe(true);

    await tabTo(page, /^Taux d'insertion/);
    await page.keyboard.type("0,05");
    await pane.getByText("0,05 % : vouliez-vous dire 5 % ?").first().waitFor();
    // The error states pass axe too (messages under their fields, the conflict notice, the question).
    expect(await axeViolations(page)).toEqual([]);
    await pane.getByText("Total : 833 h").waitFor({ state: "detached" });
    expect(await marketRows(page)).toBe(before);

    // Then the wizard is completed with the keyboard alone: answer the question, fix the end, insert.
    await tabTo(page, /^Utiliser 5 %$/);
    await page.keyboard.press("Enter");
    await pane.getByText("Total : 833 h").waitFor();
    await tabTo(page, /^Fin/);
    await page.keyboard.type("10102027");
    await pane.getByText("la fin (01/01/2025) précède le début (10/10/2026)").waitFor({ state: "detached" });
    await tabTo(page, /^Insérer dans le classeur$/);
    await page.keyboard.press("Enter");
    await pane.getByText("1 ligne ajoutée au tableau Marchés.").waitFor();
    expect(await marketRows(page)).toBe(before + 1);
  });
});

describe("Rédiger with the keyboard only", () => {
  it("shows each missing field's message under it, with no serious axe violation", async () => {
    const { page, tabs } = await openPreview();
    await tabs.getByRole("tab", { name: "Rédiger" }).click();
    const pane = page.getByRole("region", { name: "Rédiger" });
    await tabTo(page, /^Rédiger la clause$/);
    await page.keyboard.press("Enter");
    await pane.getByText(/\d+ champs à corriger, signalés sous chaque champ\./).waitFor();
    const title = pane.getByLabel("Intitulé du marché");
    await expect(title.getAttribute("aria-invalid")).resolves.toBe("true");
    const described = (await title.getAttribute("aria-describedby")) ?? "";
    await expect(page.locator(`[id="${described.split(" ")[0]}"]`).innerText()).resolves.toContain(
      "indiquez l'intitulé ou la référence du marché",
    );
    expect(await pane.locator("li").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("the preview's formula bar", () => {
  it("names Excel errors as French Excel does (#NOM?, #VALEUR!)", async () => {
    const { page } = await openPreview();
    const formula = page.getByRole("textbox", { name: "Formule" });
    const result = page.getByLabel("Résultat de la formule");
    await formula.fill("=CLAUSES.INCONNUE(1)");
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(result.textContent()).resolves.toMatch(/^#NOM\? Fonction inconnue/);
    await formula.fill("=CLAUSES.HEURES(-5; 0,5; 5 %; 30)");
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(result.textContent()).resolves.toMatch(/^#VALEUR! /);
    expect(await internalWords(page, "body")).toEqual([]);
  });
});

describe("Bilans with the keyboard only", () => {
  it("explains a reversed period under « Au mois », and keeps working once fixed", async () => {
    const { page, tabs } = await openPreview();
    await tabs.getByRole("tab", { name: "Bilans" }).click();
    const pane = page.getByRole("region", { name: "Bilans" });
    await pane.getByRole("region", { name: /^Bilan Territoire/ }).waitFor();
    await tabTo(page, /^Du mois/);
    await page.keyboard.type("octobre");
    await tabTo(page, /^Au mois/);
    await page.keyboard.type("mars");
    await pane.getByText("« Au mois » (mars 2026) précède « Du mois » (octobre 2026) : choisissez un mois de fin après le début").waitFor();
    expect(await pane.getByText(/Une erreur inattendue/).count()).toBe(0);
    expect((await axeViolations(page)).filter((violation) => violation.id !== "scrollable-region-focusable")).toEqual([]);
    expect(await pane.getByRole("button", { name: "Écrire la feuille Bilans" }).count()).toBe(0);
    await page.waitForTimeout(1200); // a select's type-ahead starts over after a pause
    await page.keyboard.type("novembre");
    await pane.getByRole("button", { name: "Écrire la feuille Bilans" }).waitFor();
  });
});

const PANELS = [
  "Dimensionner",
  "Rédiger",
  "Éligibilité",
  "Importer",
  "Règles",
  "Mutualisation",
  "Commission",
  "Commande publique",
  "Relevés",
  // Opens on its result, every detail folded (was about 4 250 px at 350 px before its sections folded).
  "Bilans",
];

describe("every panel of the preview", () => {
  const figures: Record<string, { axe: number; height: number; words: string[] }> = {};

  afterAll(() => {
    // The figures quoted in the report: serious/critical axe nodes, height at 350 px, internal words.
    console.log(JSON.stringify(figures, null, 1));
  });

  const check = async (title: string) => {
    const { page, tabs } = await openPreview();
    await page.evaluate(() => {
      const pane = document.querySelector("main")?.parentElement;
      if (pane) pane.style.width = "350px";
    });
    await tabs.getByRole("tab", { name: title }).click();
    const panel = page.getByRole("region", { name: title, exact: true });
    await panel.waitFor();
    await page.waitForTimeout(1500); // panels read the workbook on mount
    const violations = await axeViolations(page);
    const words = await internalWords(page, "main");
    const height = Math.round((await panel.boundingBox())?.height ?? 0);
    figures[title] = { axe: violations.reduce((sum, violation) => sum + violation.nodes, 0), height, words };
    expect({ title, violations }).toEqual({ title, violations: [] });
    expect(words).toEqual([]);
    expect(height).toBeLessThanOrEqual(1600);
  };

  it.each(PANELS)("%s: no serious axe violation, no internal word, ≤ 1 600 px at 350 px", check);
});
