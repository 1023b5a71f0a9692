import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { decodeTable, encodeTable, marketsTable, programmingTable } from "../../../domain";
import { territoryDecp } from "../../../domain/procurement/test-decp";
import { renderPane } from "../../../test/support/render-pane";
import { demoWorkbook } from "../../demo/demo-workbook";
import { MemoryWorkbook } from "../../workbook/memory-workbook";

const VILLE = "99901000200114";

// Each test reads a DECP file and renders the radar: a few seconds, more on a machine shared by several runs.
jest.setTimeout(20_000);

// Fluent's charts do not load in jsdom (ESM d3): the chart shows its title and figures instead; the browser test draws it.
jest.mock("./BuyerChart", () => ({
  __esModule: true,
  default: ({ title, rows }: { title: string; rows: { year: number; withSocial: number; contracts: number }[] }) => {
    const { createElement } = jest.requireActual<typeof import("react")>("react");
    return createElement(
      "figure",
      { "aria-label": title },
      rows.map((row) => `${row.year} : ${row.withSocial} sur ${row.contracts}`).join(" · "),
    );
  },
}));

/** The generated DECP file, its town's markets moved to the demo town's SIRET. */
function decpFile(): File {
  const text = JSON.stringify(territoryDecp()).replaceAll(
    territoryDecp().marches.marche[0]!.acheteur ? (territoryDecp().marches.marche[0]!.acheteur as { id: string }).id : "",
    VILLE,
  );
  return new File([text], "decp.json", { type: "application/json" });
}

async function openPanel(workbook: MemoryWorkbook) {
  const rendered = renderPane(workbook, "2026-12-01");
  await userEvent.click(await screen.findByRole("tab", { name: "Commande publique" }));
  return rendered;
}

describe("the « Commande publique » panel", () => {
  it("reads a DECP file for the workbook's buyers, shows the radar and renewals, and writes the ticked contracts to Marchés", async () => {
    const workbook = demoWorkbook();
    await openPanel(workbook);
    await userEvent.upload(await screen.findByLabelText("Fichier DECP (JSON)"), decpFile());
    expect(await screen.findByLabelText("Lecture du fichier")).toHaveTextContent(
      "24 enregistrement(s) lus : 17 retenu(s), 5 hors du territoire, 2 rejeté(s).",
    );
    expect(screen.getByRole("figure", { name: "VILLE-VR : marchés avec une considération sociale" })).toHaveTextContent("2026 : 2 sur 7");
    const renewals = screen.getByRole("list", { name: "Renouvellements à préparer" });
    expect(
      within(renewals)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining("V23-NET (CPV 90919200) : fin estimée le 31/12/2026"),
      expect.stringContaining("V24-PEI (CPV 45442100) : fin estimée le 30/06/2027 ; environ 233 h d'insertion"),
    ]);
    const before = (await workbook.readTable(marketsTable))!.rows.length;
    await userEvent.click(screen.getByRole("checkbox", { name: /V26-01 – Réhabilitation du gymnase/ }));
    await userEvent.click(screen.getByRole("button", { name: "Inscrire au tableau Marchés" }));
    expect(await screen.findByText(/^1 marché\(s\) ajouté\(s\) au tableau Marchés, 1 entreprise\(s\) ajoutée\(s\)\./)).toBeInTheDocument();
    const snapshot = (await workbook.readTable(marketsTable))!;
    const rows = decodeTable(marketsTable, [snapshot.headers, ...snapshot.rows]).rows.map((row) => row.values);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      id: "V26-01",
      buyer: "VILLE-VR",
      amount: 130000,
      start: "2026-02-02",
      end: "2028-02-01",
      datesEstimated: true,
      decpId: "V26-01",
    });
    // Followed now: no longer offered.
    await waitFor(() => expect(screen.queryByRole("checkbox", { name: /V26-01/ })).not.toBeInTheDocument());
  });

  it("screens the Programmation table, best first, with the reasons", async () => {
    const workbook = demoWorkbook();
    const plan = encodeTable(programmingTable, [
      {
        id: "P1",
        label: "Peinture du groupe scolaire",
        buyer: "VILLE-VR",
        cpv: "45442100",
        amount: 500000,
        months: 24,
        launch: "2027-01-15",
      },
      { id: "P2", label: "Nettoyage des bâtiments", buyer: "VILLE-VR", cpv: "90911200", amount: 300000, months: 36, launch: "2027-03-01" },
    ]);
    const withPlan = new MemoryWorkbook(
      {
        ...Object.fromEntries(workbook.tableNames().map((name) => [name, workbook.snapshot(name)!])),
        Programmation: { headers: plan[0]!, rows: plan.slice(1) },
      },
      { "clauses.schemaVersion": 2 },
    );
    await openPanel(withPlan);
    await userEvent.type(await screen.findByLabelText(/Métiers recherchés/), "peinture");
    await userEvent.click(screen.getByRole("button", { name: "Examiner la programmation" }));
    const list = await screen.findByRole("list", { name: "Achats prévus, par priorité" });
    const items = within(list)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(items[0]).toMatch(/^P1 – Peinture du groupe scolaire : 60\/100/);
    expect(items[1]).toMatch(/^P2 – Nettoyage des bâtiments : 55\/100 Condition sociale obligatoire\./);
    expect(screen.getByRole("button", { name: "Note d'opportunité (.docx)" })).toBeInTheDocument();
  });

  it("asks for the buyers' SIRET instead of reading the whole file", async () => {
    await openPanel(new MemoryWorkbook({}, { "clauses.schemaVersion": 2 }));
    await userEvent.upload(await screen.findByLabelText("Fichier DECP (JSON)"), decpFile());
    expect(await screen.findByText(/aucun acheteur du tableau Acheteurs n'a de SIRET/)).toBeInTheDocument();
  });
});
