/**
 * The « Commission » panel in a real browser, on the preview's demo workbook: the meeting of
 * 2 December 2026, a person positioned on a need (a new Positionnements row), the agenda and a
 * company's list downloaded as .docx — the company's list carries no eligibility criterion.
 */
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { harnessPerFile } from "./support/browser";

jest.setTimeout(90_000);

const harness = harnessPerFile();

async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("the commission in the preview", () => {
  it("positions a candidate, then gives the agenda for the partners and the company's list without criteria", async () => {
    const { page, origin } = harness();
    await page.goto(`${origin}/preview.html`);
    await page.getByRole("tab", { name: "Commission" }).click();
    await page.getByLabel("Date de la commission").fill("2026-12-02");
    const need = page.getByRole("region", { name: "Besoin B1" });
    await need.getByText("120 h du 01/12/2026 au 31/12/2026 (marché M3)").waitFor();
    const first = need.getByRole("button", { name: /^Positionner / }).first();
    const person = ((await first.textContent()) ?? "").replace("Positionner ", "");
    await first.click();
    await page.getByText(`${person} positionné(e) sur le besoin B1 (décision en attente).`).waitFor();

    await page.getByRole("tab", { name: "Positionnements" }).click();
    const lastRow = page.getByRole("table", { name: "Tableau Positionnements" }).locator("tbody tr").last();
    await expect(lastRow.textContent()).resolves.toContain(person);

    await page.getByRole("button", { name: "Documents" }).click();
    const [agenda] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ordre du jour (.docx)" }).click(),
    ]);
    const agendaText = await documentText(await agenda.path());
    expect(agendaText).toContain("Diffusion restreinte aux partenaires");
    expect(agendaText).toContain("B1 — BTP-RIVIERE, Maçonnerie");

    const [list] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Personnes proposées à BTP-RIVIERE" }).click(),
    ]);
    const listText = await documentText(await list.path());
    expect(listText).toContain(person);
    for (const word of ["QPV", "prioritaire", "JEUNE", "DELD", "RSA", "critère", "Mission locale"]) expect(listText).not.toContain(word);
  });
});
