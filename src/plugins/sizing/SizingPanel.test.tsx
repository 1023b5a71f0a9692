import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buyersTable, decodeTable, marketsTable } from "../../../domain";
import { renderPane } from "../../../test/support/render-pane";

async function fill(label: string | RegExp, value: string): Promise<void> {
  // The panel is loaded lazily: on a busy machine the first render takes more than the default second.
  const input = await screen.findByLabelText(label, {}, { timeout: 10_000 });
  fireEvent.change(input, { target: { value } });
}

jest.setTimeout(20_000);

describe("the « Dimensionner » wizard", () => {
  it("sizes 1,000,000 € at 50 % labour, 5 %, 30 €/h as 833 h and explains it", async () => {
    renderPane();
    await fill("Montant HT du lot 1", "1 000 000");
    await fill("Part de main-d'œuvre du lot 1 (%)", "50");
    await fill(/Taux d'insertion/, "5");
    await fill(/Coût horaire/, "30");
    expect(await screen.findByLabelText("Total des heures d'insertion", {}, { timeout: 10_000 })).toHaveTextContent("Total : 833 h");
    expect(
      screen.getByText(/1\s000\s000 € HT × 50 % de main-d'œuvre × 5 % d'insertion ÷ 30 €\/h = 833,33 h, soit 833 h\./),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Équivalents temps plein")).toHaveTextContent("0,52 ETP");
  });

  it("shows a French message under a field typed wrong, and no result", async () => {
    renderPane();
    await fill("Montant HT du lot 1", "beaucoup");
    await fill("Part de main-d'œuvre du lot 1 (%)", "50");
    expect(await screen.findByText("« beaucoup » n'est pas un nombre")).toBeInTheDocument();
    expect(screen.queryByLabelText("Total des heures d'insertion")).not.toBeInTheDocument();
  });

  it("sums rounded lots, and writes one Marchés row per lot in one batch", async () => {
    const { workbook } = renderPane();
    await fill(/^Référence du marché/, "2026-014");
    await fill("Montant HT du lot 1", "1000000");
    await fill("Part de main-d'œuvre du lot 1 (%)", "50");
    await userEvent.click(screen.getByRole("button", { name: "Ajouter un lot" }));
    await fill("Montant HT du lot 2", "300000");
    await userEvent.click(screen.getByRole("combobox", { name: "Métier du lot 2" }));
    await userEvent.click(await screen.findByRole("option", { name: /Peinture intérieure/ }));
    expect(await screen.findByLabelText("Total des heures d'insertion")).toHaveTextContent(/Total : 1\s183 h/);
    const writesBefore = workbook.writes;
    await userEvent.click(screen.getByRole("button", { name: "Insérer dans le classeur" }));
    expect(await screen.findByText("2 lignes ajoutées au tableau Marchés.")).toBeInTheDocument();
    expect(workbook.writes).toBe(writesBefore + 1);
    const snapshot = await workbook.readTable(marketsTable);
    const rows = decodeTable(marketsTable, [snapshot!.headers, ...snapshot!.rows]).rows.map((row) => row.values);
    expect(rows).toEqual([
      expect.objectContaining({
        id: "2026-014-1",
        lot: "1",
        amount: 1000000,
        labourShare: 0.5,
        obligation: 833,
        method: "labour-cost",
        pooled: true,
      }),
      expect.objectContaining({ id: "2026-014-2", lot: "2", amount: 300000, trade: "peinture", labourShare: 0.7, obligation: 350 }),
    ]);
  });

  it("asks for a labour share when the chosen trade has no sourced one", async () => {
    renderPane();
    await fill("Montant HT du lot 1", "1000000");
    await userEvent.click(screen.getByRole("combobox", { name: "Métier du lot 1" }));
    await userEvent.click(await screen.findByRole("option", { name: /Gros œuvre \(à confirmer\)/ }));
    expect(await screen.findByText(/Aucune source : saisissez la part\./)).toBeInTheDocument();
    expect(screen.getByText("à confirmer")).toBeInTheDocument();
    expect(screen.queryByLabelText("Total des heures d'insertion")).not.toBeInTheDocument();
    await fill("Part de main-d'œuvre du lot 1 (%)", "45");
    await waitFor(() => expect(screen.getByLabelText("Total des heures d'insertion")).toHaveTextContent("750 h"));
  });
});

describe("the guard before « Insérer dans le classeur »", () => {
  async function sized(reference: string): Promise<void> {
    await fill(/^Référence du marché/, reference);
    await fill("Montant HT du lot 1", "1.000.000");
    await fill("Part de main-d'œuvre du lot 1 (%)", "50");
    expect(await screen.findByLabelText("Total des heures d'insertion")).toHaveTextContent("Total : 833 h");
  }

  it("reads « 1.000.000 » as a million and says so", async () => {
    renderPane();
    await fill("Montant HT du lot 1", "1.000.000");
    expect(await screen.findByText(/Compris : 1\s000\s000 € HT/)).toBeInTheDocument();
  });

  it("puts « la fin précède le début » under « Fin » and writes nothing", async () => {
    const { workbook } = renderPane();
    await sized("2026-200");
    await fill("Début", "2026-10-01");
    await fill("Fin", "2025-01-01");
    expect(await screen.findByText("la fin (01/01/2025) précède le début (01/10/2026)")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Insérer dans le classeur" })).toBeDisabled();
    expect(await workbook.readTable(marketsTable)).toBeNull();
  });

  it("offers a reference already in Marchés as an update (old → new), never as a second row", async () => {
    const { workbook } = renderPane();
    await sized("2026-300");
    await userEvent.click(screen.getByRole("button", { name: "Insérer dans le classeur" }));
    expect(await screen.findByText("1 ligne ajoutée au tableau Marchés.")).toBeInTheDocument();
    await fill("Part de main-d'œuvre du lot 1 (%)", "60");
    expect(await screen.findByText(/« 2026-300 » existe déjà \(ligne 2\)/)).toBeInTheDocument();
    expect(screen.getByText(/2026-300, Heures dues : 833 → 1\s000/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Insérer dans le classeur" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Mettre à jour cette ligne" }));
    expect(await screen.findByText("1 ligne mise à jour dans le tableau Marchés.")).toBeInTheDocument();
    const snapshot = await workbook.readTable(marketsTable);
    const rows = decodeTable(marketsTable, [snapshot!.headers, ...snapshot!.rows]).rows.map((row) => row.values);
    expect(rows).toEqual([expect.objectContaining({ id: "2026-300", obligation: 1000, labourShare: 0.6 })]);
  });

  it("asks « 0,05 % : vouliez-vous dire 5 % ? » before computing, and computes once answered", async () => {
    renderPane();
    await fill("Montant HT du lot 1", "1000000");
    await fill("Part de main-d'œuvre du lot 1 (%)", "50");
    await fill(/Taux d'insertion/, "0,05");
    expect(await screen.findAllByText("0,05 % : vouliez-vous dire 5 % ?")).not.toHaveLength(0);
    expect(screen.queryByLabelText("Total des heures d'insertion")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Utiliser 5 %" }));
    expect(await screen.findByLabelText("Total des heures d'insertion")).toHaveTextContent("Total : 833 h");
    expect(screen.getByText("Compris : 5 % des heures de main-d'œuvre")).toBeInTheDocument();
  });

  it("reads a percent field as percent: « 500 » is refused as a percentage, not as a fraction", async () => {
    renderPane();
    await fill(/Taux d'insertion/, "500");
    expect(await screen.findByText("500 % : un pourcentage est compris entre 0 et 100 %")).toBeInTheDocument();
  });

  it("creates a buyer with « Nouveau… » in the same write as the contract", async () => {
    const { workbook } = renderPane();
    await sized("2026-400");
    await userEvent.click(screen.getByRole("combobox", { name: "Acheteur" }));
    await userEvent.click(await screen.findByRole("option", { name: "Nouveau…" }));
    await fill(/^Code du nouvel acheteur/, "DEPT");
    await fill("Nom de l'acheteur", "Département");
    const writesBefore = workbook.writes;
    await userEvent.click(screen.getByRole("button", { name: "Insérer dans le classeur" }));
    expect(await screen.findByText("1 ligne ajoutée au tableau Marchés.")).toBeInTheDocument();
    expect(workbook.writes).toBe(writesBefore + 1);
    const buyers = await workbook.readTable(buyersTable);
    expect(decodeTable(buyersTable, [buyers!.headers, ...buyers!.rows]).rows.map((row) => row.values)).toEqual([
      { id: "DEPT", name: "Département" },
    ]);
  });
});
