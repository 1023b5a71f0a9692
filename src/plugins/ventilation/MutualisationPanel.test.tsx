import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { decodeTable, encodeTable, hoursTable, marketsTable, ventilationTable, type TableRecord } from "../../../domain";
import { demoWorkbook } from "../../demo/demo-workbook";
import { demoHours, demoMarkets } from "../../demo/territory";
import { MemoryWorkbook } from "../../workbook/memory-workbook";
import { renderPane } from "../../../test/support/render-pane";

async function openPooling(): Promise<void> {
  await userEvent.click(await screen.findByRole("tab", { name: "Mutualisation" }));
  await screen.findByRole("table", { name: "Heures par marché" }, { timeout: 5000 });
}

function cells(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole("cell")
    .map((cell) => cell.textContent?.replace(/\s/g, " ") ?? "");
}

describe("the « Mutualisation » panel on the demo territory (26 November 2026)", () => {
  it("shows each contract of the chosen company against its obligation and its time, and what was set aside", async () => {
    renderPane(demoWorkbook());
    await openPooling();
    await userEvent.selectOptions(screen.getByLabelText("Entreprise"), "BTP-RIVIERE");
    expect(screen.getAllByRole("row", { name: /^Marché M\d$/ }).map((row) => row.getAttribute("aria-label"))).toEqual([
      "Marché M1",
      "Marché M2",
      "Marché M3",
    ]);
    expect(cells(screen.getByRole("row", { name: "Marché M1" }))).toEqual(["M1", "600", "0", "600", "0", "100 % / 100 %"]);
    expect(cells(screen.getByRole("row", { name: "Marché M3" }))).toEqual(["M3", "300", "0", "207,1", "92,9", "69 % / 86 %"]);
    expect(cells(screen.getByRole("row", { name: "Entreprise BTP-RIVIERE" }))).toEqual(["BTP-RIVIERE", "0", "12,9", "0"]);
    expect(screen.getByText(/M3 se termine le 31\/12\/2026 \(dans 35 jours\) : il manque 92,9 h\./)).toBeInTheDocument();
  });

  it("compares the four rules side by side and recomputes under the one chosen", async () => {
    renderPane(demoWorkbook());
    await openPooling();
    await userEvent.selectOptions(screen.getByLabelText("Entreprise"), "BTP-RIVIERE");
    // Three more ventilations: computed only when asked.
    expect(screen.queryByRole("row", { name: "Comparaison M1" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Comparer les quatre règles" }));
    expect(cells(screen.getByRole("row", { name: "Comparaison M1" }))).toEqual(["M1", "600", "600", "534,8", "454,3"]);
    expect(cells(screen.getByRole("row", { name: "Comparaison excédent" }))).toEqual(["Excédent", "0", "0", "16,7", "92,3"]);
    expect(cells(screen.getByRole("row", { name: "Comparaison marchés non soldés" }))).toEqual(["Non soldés", "1", "1", "2", "2"]);
    await userEvent.selectOptions(screen.getByLabelText(/Règle de ventilation/), "pro-rata");
    expect(cells(screen.getByRole("row", { name: "Marché M1" }))).toEqual(["M1", "600", "0", "534,8", "65,2", "89 % / 100 %"]);
  });

  it("explains a contract's figure: the rule, its periods, the Heures rows it came from", async () => {
    renderPane(demoWorkbook());
    await openPooling();
    // A searchable combobox: type, then pick among the contracts that match.
    await userEvent.type(screen.getByRole("combobox", { name: "Expliquer le marché" }), "M3");
    await userEvent.click(screen.getByRole("option", { name: "M3" }));
    const explanation = screen.getByRole("region", { name: "Explication du marché M3" });
    expect(within(explanation).getByText(/^M3 \(BTP-RIVIERE\) : 207,1 h sur 300 h dues \(69 %\)/)).toHaveTextContent(
      /Règle « Fin la plus proche d'abord » : chaque jour, les heures mutualisées vont d'abord au marché actif qui se termine le plus tôt/,
    );
    const periods = within(explanation).getByRole("table", { name: "Périodes du marché M3" });
    expect(within(periods).getAllByRole("row").slice(1).map(cells)).toEqual([
      ["01/05/2026 – 30/06/2026", "M1, M2, M3", "320", "0"],
      ["01/07/2026 – 30/09/2026", "M2, M3", "240", "67,1"],
      ["01/10/2026 – 31/12/2026", "M3", "140", "140"],
    ]);
    // September's lines are on rows 26–28 of Heures, October's on 29–31.
    const lines = within(explanation).getByRole("table", { name: "Lignes d'heures du marché M3" });
    expect(within(lines).getAllByRole("row")[1]).toHaveTextContent(/^26Ventilée/);
  });

  it("writes the Ventilation table in one batch: every company, rows adding up to each contract's figure", async () => {
    const { workbook } = renderPane(demoWorkbook());
    await openPooling();
    await userEvent.selectOptions(screen.getByLabelText("Entreprise"), "BTP-RIVIERE");
    const before = workbook.writes;
    await userEvent.click(screen.getByRole("button", { name: "Écrire la ventilation" }));
    expect(
      await screen.findByText(/lignes écrites dans le tableau Ventilation \(règle « Fin la plus proche d'abord »\)\./),
    ).toBeInTheDocument();
    expect(workbook.writes).toBe(before + 1);
    const snapshot = await workbook.readTable(ventilationTable);
    const { rows, errors } = decodeTable(ventilationTable, [snapshot!.headers, ...snapshot!.rows]);
    expect(errors).toEqual([]);
    const total = (market: string) =>
      rows.filter((row) => row.values.market === market).reduce((sum, row) => sum + (row.values.hours as number), 0);
    expect(total("M3")).toBeCloseTo(207.0968, 4);
    expect(total("M4")).toBeCloseTo(350, 4);
    expect(rows.find((row) => row.values.kind === "Hors période")?.values).toMatchObject({ company: "BTP-RIVIERE", month: "2026-01-01" });
    expect(new Set(rows.map((row) => row.values.policy))).toEqual(new Set(["Fin la plus proche d'abord"]));
    expect(rows[0]?.values).toMatchObject({
      company: "BTP-RIVIERE",
      market: "M1",
      participant: "P001",
      month: "2026-01-01",
      kind: "Ventilée",
    });
  });

  it("names the cells to fix, shows no figure and writes nothing while the tables are wrong", async () => {
    const markets = demoMarkets.map((market) => (market.id === "M2" ? { ...market, end: undefined } : market));
    const hours = [...demoHours, { company: "BTP-RIVIERE", start: "2026-03-01", end: "2026-03-31", hours: 10, market: "M9" }];
    const table = (def: typeof marketsTable | typeof hoursTable, records: TableRecord[]) => {
      const [headers = [], ...rows] = encodeTable(def, records);
      return { headers, rows };
    };
    const tables = { [marketsTable.name]: table(marketsTable, markets), [hoursTable.name]: table(hoursTable, hours) };
    const workbook = new MemoryWorkbook(tables);
    renderPane(workbook);
    await userEvent.click(await screen.findByRole("tab", { name: "Mutualisation" }));
    expect(await screen.findByText("À corriger dans le classeur avant de ventiler")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Marchés, ligne 3, colonne « Fin » : valeur obligatoire pour la mutualisation (entreprise, dates et heures dues de chaque marché)",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `Heures, ligne ${demoHours.length + 2}, colonne « Marché » : marché « M9 » inconnu (il n'est pas dans la liste des marchés)`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Écrire la ventilation" })).not.toBeInTheDocument();
    await waitFor(() => expect(workbook.writes).toBe(0));
  });
});
