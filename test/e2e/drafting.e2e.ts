/**
 * The « Rédiger » wizard in the preview, in a real browser: a clause drafted for the demo contract M1
 * (600 h from its sizing), copied with its formatting, written into the Clauses sheet and downloaded
 * as .docx; the formula bar computing the check.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { harnessPerFile } from "./support/browser";

jest.setTimeout(120_000);

const harness = harnessPerFile();

beforeAll(async () => {
  const { context, origin } = harness();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
});

const plain = (text: string | null) => (text ?? "").replace(/[\u202f\u00a0]/g, " ");

describe("the « Rédiger » wizard in the preview", () => {
  it("drafts the clause of M1 with its 600 sized hours, copies it, writes it into Clauses and downloads it as .docx", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Rédiger" }).click();
    const contract = page.getByRole("combobox", { name: /^Marché du classeur/ });
    await contract.click();
    await contract.pressSequentially("M1");
    await page.getByRole("option", { name: "Réhabilitation de l'école Jean-Moulin — 600 h (M1)" }).click();
    await expect(page.getByRole("textbox", { name: /^Heures d'insertion/ }).inputValue()).resolves.toBe("600");
    await page.getByRole("textbox", { name: "Périmètre de l'action d'insertion" }).fill("les travaux de réhabilitation de l'école");
    await page.getByRole("button", { name: /^4\. Publics et moyens/ }).click();
    await page.getByRole("button", { name: /^5\. Contact du facilitateur/ }).click();
    await page.getByRole("button", { name: /^6\. Suivi et pénalités/ }).click();
    await page.getByRole("textbox", { name: "Facilitateur (nom)" }).fill("Camille Durand");
    await page.getByRole("textbox", { name: "Courriel du facilitateur" }).fill("clauses@plie.example");
    await page.getByRole("checkbox", { name: /demandeurs d'emploi de longue durée/ }).check();
    await page.getByRole("textbox", { name: /^Pénalité par heure non réalisée/ }).fill("50");
    await page.getByRole("button", { name: "Rédiger la clause" }).click();

    const text = plain(await page.getByRole("document", { name: "Texte de la clause" }).textContent());
    expect(text).toContain("Le titulaire réalise au moins 600 heures de travail");
    expect(text).toContain("Camille Durand (courriel : clauses@plie.example)");

    await page.getByRole("button", { name: "Copier" }).click();
    await page.getByText("Clause copiée avec sa mise en forme.").waitFor();
    const copied = plain(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied).toContain("3. Publics éligibles\nSont éligibles");

    await page.getByRole("button", { name: "Insérer dans le classeur" }).click();
    await page.getByText(/sections inscrites dans la feuille Clauses\./).waitFor();
    await page.getByRole("tab", { name: "Clauses" }).click();
    const rows = page.getByRole("table", { name: "Tableau Clauses" }).locator("tbody tr");
    await expect(rows.first().locator("td").first().textContent()).resolves.toBe("M1");
    await expect(rows.count()).resolves.toBeGreaterThan(5);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger (.docx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("clause-sociale-M1.docx");
    const saved = path.join(mkdtempSync(path.join(tmpdir(), "clauses-e2e-")), "clause.docx");
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("computes the check and the threshold in the formula bar", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    const formula = page.getByRole("textbox", { name: "Formule" });
    const result = page.getByLabel("Résultat de la formule");
    await formula.fill('=CLAUSES.CONDITION_SOCIALE_OBLIGATOIRE(216000; "collectivité"; "services"; "2026-09-15")');
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(result.textContent()).resolves.toBe("VRAI");
    await formula.fill('=CLAUSES.CONDITION_SOCIALE_OBLIGATOIRE(216000; "collectivité"; "services"; "2026-08-21")');
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(result.textContent()).resolves.toBe("FAUX");
    await formula.fill('=CLAUSES.SEUIL_EUROPEEN("État"; "travaux"; "2026-09-15")');
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(result.textContent()).resolves.toBe("5404000");
  });
});
