/**
 * The « Commission » panel on the demo territory (2 December 2026): the open needs with their
 * ranked candidates, a proposal recorded in Positionnements, a need checked before it is written.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { decodeTable, needsTable, proposalsTable } from "../../../domain";
import { demoWorkbook } from "../../demo/demo-workbook";
import { renderPane } from "../../../test/support/render-pane";

async function openCommission(): Promise<void> {
  await userEvent.click(await screen.findByRole("tab", { name: "Commission" }));
  await screen.findByText(/Besoins ouverts et candidats/, undefined, { timeout: 10_000 });
}

async function rows(workbook: ReturnType<typeof demoWorkbook>, table: typeof proposalsTable | typeof needsTable) {
  const snapshot = await workbook.readTable(table);
  return snapshot ? decodeTable(table, [snapshot.headers, ...snapshot.rows]).rows.map((row) => row.values) : [];
}

describe("the « Commission » panel", () => {
  it("lists the open needs with candidates and their reasons, and records a proposal the facilitator makes", async () => {
    const workbook = demoWorkbook();
    renderPane(workbook, "2026-12-02");
    await openCommission();
    const need = await screen.findByRole("region", { name: "Besoin B1" });
    expect(within(need).getByText(/120 h du 01\/12\/2026 au 31\/12\/2026 \(marché M3\)/)).toBeInTheDocument();
    const before = (await rows(workbook, proposalsTable)).length;
    const buttons = within(need).getAllByRole("button", { name: /^Positionner / });
    const first = buttons[0]?.textContent?.replace("Positionner ", "") ?? "";
    await userEvent.click(buttons[0] as HTMLElement);
    await screen.findByText(`${first} positionné(e) sur le besoin B1 (décision en attente).`);
    const after = await rows(workbook, proposalsTable);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ need: "B1", participant: first, date: "2026-12-02", decision: "en-attente" });
  }, 30_000);

  it("refuses a need whose end comes before its start, writing nothing", async () => {
    const workbook = demoWorkbook();
    renderPane(workbook, "2026-12-02");
    await openCommission();
    await userEvent.click(screen.getByRole("button", { name: "Nouveau besoin" }));
    await userEvent.click(screen.getByRole("combobox", { name: "Entreprise" }));
    await userEvent.click(await screen.findByRole("option", { name: "Jardins du Val (JARDINS-VAL)" }));
    await userEvent.type(screen.getByLabelText(/^Heures/), "60");
    const end = screen.getByLabelText(/^Fin/);
    await userEvent.type(end, "2026-11-01");
    const before = (await rows(workbook, needsTable)).length;
    await userEvent.click(screen.getByRole("button", { name: "Ajouter le besoin" }));
    expect(await screen.findByText(/la fin \(01\/11\/2026\) précède le début \(02\/12\/2026\) du besoin/)).toBeInTheDocument();
    await waitFor(async () => expect(await rows(workbook, needsTable)).toHaveLength(before));
  }, 30_000);

  it("offers companies, their contracts and participants as pick lists, label and code, filtered as typed", async () => {
    const workbook = demoWorkbook();
    renderPane(workbook, "2026-12-02");
    await openCommission();
    await userEvent.click(screen.getByRole("button", { name: "Nouveau besoin" }));
    const company = screen.getByRole("combobox", { name: /^Entreprise/ });
    await userEvent.type(company, "jardins");
    expect((await screen.findAllByRole("option")).map((option) => option.textContent)).toEqual(["Jardins du Val (JARDINS-VAL)"]);
    await userEvent.click(screen.getByRole("option", { name: "Jardins du Val (JARDINS-VAL)" }));
    await userEvent.click(screen.getByRole("combobox", { name: "Marché" }));
    expect((await screen.findAllByRole("option")).map((option) => option.textContent)).toEqual([
      "Tous ses marchés (mutualisé)",
      "Entretien des espaces verts départementaux (M5)",
    ]);
    await userEvent.click(screen.getByRole("option", { name: /\(M5\)$/ }));
    expect(screen.getByRole("combobox", { name: "Marché" })).toHaveValue("Entretien des espaces verts départementaux (M5)");
    await userEvent.click(screen.getByRole("button", { name: "Parcours" }));
    const participant = screen.getByRole("combobox", { name: "Participant" });
    await userEvent.type(participant, "p00");
    expect((await screen.findAllByRole("option")).length).toBeGreaterThan(3);
    await userEvent.clear(participant);
    await userEvent.type(participant, "P001");
    await userEvent.click(await screen.findByRole("option", { name: "P001" }));
    expect(await screen.findByRole("list", { name: "Parcours de P001" })).toBeInTheDocument();
  }, 30_000);
});
