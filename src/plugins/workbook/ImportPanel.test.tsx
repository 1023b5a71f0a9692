import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { companiesTable, decodeTable, hoursTable, WORKBOOK_SCHEMA_VERSION, type Cell } from "../../../domain";
import { renderPane } from "../../../test/support/render-pane";
import { demoWorkbook } from "../../demo/demo-workbook";
import { demoHours } from "../../demo/territory";
import { MemoryWorkbook } from "../../workbook/memory-workbook";

async function openImporter(workbook: MemoryWorkbook): Promise<void> {
  renderPane(workbook);
  await userEvent.click(await screen.findByRole("tab", { name: "Importer" }));
  await screen.findByRole("button", { name: "Lire la feuille" });
}

async function hourRows(workbook: MemoryWorkbook) {
  const snapshot = (await workbook.readTable(hoursTable))!;
  return decodeTable(hoursTable, [snapshot.headers, ...snapshot.rows]).rows;
}

function rejectedLines(): string[] {
  return within(screen.getByRole("list", { name: "Lignes rejetées" }))
    .getAllByRole("listitem")
    .map((item) => item.textContent ?? "");
}

describe("the « Importer » wizard", () => {
  it("reads the old spreadsheet, proposes Heures and the mapping, lists every rejected row, and writes the valid ones in one batch", async () => {
    const workbook = demoWorkbook();
    await openImporter(workbook);
    await waitFor(() => expect(screen.getByLabelText("Feuille à importer")).toHaveValue("Ancien suivi"));
    await userEvent.click(screen.getByRole("button", { name: "Lire la feuille" }));
    expect(await screen.findByText("Plage A1:H13 : en-têtes lus ligne 3.")).toBeInTheDocument();
    expect(screen.getByLabelText("Tableau de destination")).toHaveValue("Heures");
    expect(screen.getByLabelText("Colonne « Salarié »")).toHaveValue("participant");
    expect(screen.getByLabelText("Colonne « Société »")).toHaveValue("company");
    expect(screen.getByLabelText("Colonne « Commentaire »")).toHaveValue("");
    expect(screen.getByText("ex. : P007")).toBeInTheDocument();
    // A date column's example is a French date, not the Excel serial the cell holds (46 356).
    expect(screen.getByText("ex. : 30/11/2026")).toBeInTheDocument();
    expect(screen.queryByText(/ex\. : 46\s?356/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Vérifier (essai à blanc)" }));
    expect(await screen.findByLabelText("Bilan de la vérification")).toHaveTextContent(
      "5 lignes prêtes à importer dans Heures, 0 déjà présente, 4 rejetées.",
    );
    expect(rejectedLines()).toEqual([
      "Ligne 7 : « Nb heures » (Heures) : « -28 » : doit être positif ou nul",
      "Ligne 8 : « Date de fin » (Fin) : la date « 31/11/2026 » n'existe pas",
      "Ligne 9 : « Société » (Entreprise) : entreprise « BTP RIVIERE » inconnue : elle n'est pas dans le tableau Entreprises (vouliez-vous dire « BTP-RIVIERE » ?)",
      "Ligne 11 : « Date de fin » (Fin) : la fin (15/12/2026) précède le début (20/12/2026)",
    ]);
    expect(await hourRows(workbook)).toHaveLength(demoHours.length);

    const writes = workbook.writes;
    await userEvent.click(screen.getByRole("button", { name: "Importer les 5 lignes valides" }));
    expect(
      await screen.findByText(/5 lignes ajoutées au tableau Heures\. Les lignes rejetées restent dans la feuille « Ancien suivi »/),
    ).toBeInTheDocument();
    expect(workbook.writes).toBe(writes + 1); // the version is already recorded: one batch, the rows
    const rows = await hourRows(workbook);
    expect(rows).toHaveLength(demoHours.length + 5);
    expect(rows.slice(-5).map((row) => [row.values.participant, row.values.hours, row.values.start])).toEqual([
      ["P007", 35, "2026-11-01"],
      ["P007", 35, "2026-12-01"],
      ["P004", 28, "2026-11-01"],
      ["P006", 30, "2026-12-01"],
      ["P005", 21, "2026-12-01"],
    ]);

    // Verifying again: the five rows are recognised, nothing is offered twice.
    await userEvent.click(screen.getByRole("button", { name: "Vérifier (essai à blanc)" }));
    expect(await screen.findByLabelText("Bilan de la vérification")).toHaveTextContent(
      "0 ligne prête à importer dans Heures, 5 déjà présentes, 4 rejetées.",
    );
    expect(screen.queryByRole("button", { name: /^Importer / })).not.toBeInTheDocument();
  });

  it("lets the facilitator correct the mapping, and blocks while a required column is fed by nothing", async () => {
    const workbook = demoWorkbook();
    await openImporter(workbook);
    await userEvent.click(await screen.findByRole("button", { name: "Lire la feuille" }));
    fireEvent.change(await screen.findByLabelText("Colonne « Société »"), { target: { value: "" } });
    expect(
      await screen.findByText("la colonne obligatoire « Entreprise » n'est alimentée par aucune colonne de la feuille"),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Vérifier (essai à blanc)" })).toBeDisabled();
    fireEvent.change(screen.getByLabelText("Colonne « Société »"), { target: { value: "company" } });
    fireEvent.change(screen.getByLabelText("Colonne « Chantier »"), { target: { value: "" } });
    await userEvent.click(screen.getByRole("button", { name: "Vérifier (essai à blanc)" }));
    expect(await screen.findByLabelText("Bilan de la vérification")).toHaveTextContent("5 lignes prêtes");
    await userEvent.click(screen.getByRole("button", { name: "Importer les 5 lignes valides" }));
    await screen.findByText(/5 lignes ajoutées/);
    expect((await hourRows(workbook)).slice(-5).every((row) => row.values.market === undefined)).toBe(true);
  });

  it("asks for the order of ambiguous text dates instead of guessing, and reads a given range", async () => {
    const sheet: Cell[][] = [
      ["Notes"],
      ["Entreprise", "Du", "Au", "Heures"],
      ["PROPRETE-VR", "02/03/2026", "06/03/2026", 14],
      ["PROPRETE-VR", 46088, 46092, 14],
    ];
    const base = demoWorkbook();
    const workbook = new MemoryWorkbook(
      { Entreprises: (await base.readTable(companiesTable))!, Heures: (await base.readTable(hoursTable))! },
      { "clauses.schemaVersion": 1 },
      { Export: sheet },
    );
    await openImporter(workbook);
    await userEvent.type(screen.getByLabelText(/^Plage/), "A2:D4");
    await userEvent.click(screen.getByRole("button", { name: "Lire la feuille" }));
    expect(await screen.findByText("Plage A2:D4 : en-têtes lus ligne 2.")).toBeInTheDocument();
    expect(screen.getByText(/« 02\/03\/2026 » peut se lire 2 mars ou 3 février 2026 : le complément ne devine pas\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Vérifier (essai à blanc)" }));
    expect(await screen.findByLabelText("Bilan de la vérification")).toHaveTextContent(
      "1 ligne prête à importer dans Heures, 0 déjà présente, 1 rejetée.",
    );
    expect(rejectedLines()).toEqual([
      "Ligne 3 : « Du » (Début) : « 02/03/2026 » peut se lire 2 mars ou 3 février 2026 : précisez l'ordre des dates (jour/mois ou mois/jour)",
      "Ligne 3 : « Au » (Fin) : « 06/03/2026 » peut se lire 6 mars ou 3 juin 2026 : précisez l'ordre des dates (jour/mois ou mois/jour)",
    ]);
    await userEvent.click(screen.getByRole("radio", { name: "Jour/mois (JJ/MM/AAAA)" }));
    await userEvent.click(screen.getByRole("button", { name: "Vérifier (essai à blanc)" }));
    expect(await screen.findByLabelText("Bilan de la vérification")).toHaveTextContent("2 lignes prêtes");
  });

  it("proposes to bring a version 0 workbook up to date, and renames only once the facilitator agrees", async () => {
    const workbook = new MemoryWorkbook(
      { Hours: { headers: ["Company", "Start", "End", "Hours"], rows: [["X", 46023, 46053, 7]], sheet: "Hours" } },
      {},
      { Notes: [["à importer"]] },
    );
    await openImporter(workbook);
    const changes = await screen.findByRole("list", { name: "Changements proposés" });
    expect(
      within(changes)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Tableau Hours : la colonne « Company » devient « Entreprise »",
      "Tableau Hours : la colonne « Start » devient « Début »",
      "Tableau Hours : la colonne « End » devient « Fin »",
      "Tableau Hours : la colonne « Hours » devient « Heures »",
      "Le tableau Hours devient Heures",
      "La feuille « Hours » devient « Heures »",
      "Tableau Heures : ajout de la colonne « Relevé » (vide)",
      "Tableau Heures : ajout de la colonne « Version du relevé » (vide)",
      // Then « Reçu le » (schema 3) and « Montant facturé HT » (schema 4, issue 12: the column the counting rules read).
      "… et 2 autres",
    ]);
    expect(workbook.tableNames()).toEqual(["Hours"]);
    await userEvent.click(screen.getByRole("button", { name: "Mettre à jour le classeur" }));
    expect(await screen.findByText(`Classeur mis à jour (organisation version ${WORKBOOK_SCHEMA_VERSION}).`)).toBeInTheDocument();
    expect(workbook.tableNames()).toEqual(["Heures"]);
    expect((await hourRows(workbook)).map((row) => row.values)).toEqual([
      { company: "X", start: "2026-01-01", end: "2026-01-31", hours: 7 },
    ]);
    expect(await workbook.readSetting("clauses.schemaVersion")).toBe(WORKBOOK_SCHEMA_VERSION);
    await waitFor(() => expect(screen.getByRole("option", { name: "Heures (A1:H2)" })).toBeInTheDocument());
    expect(screen.queryByRole("option", { name: /^Hours/ })).not.toBeInTheDocument();
  });

  it("says in French what went wrong, and writes nothing", async () => {
    const workbook = new MemoryWorkbook(
      {},
      {},
      {
        Export: [
          ["Entreprise", "Début", "Fin", "Heures"],
          ["X", "2026-01-01", "2026-01-31", 7],
        ],
      },
    );
    await openImporter(workbook);
    await userEvent.type(screen.getByLabelText(/^Plage/), "A1:");
    await userEvent.click(screen.getByRole("button", { name: "Lire la feuille" }));
    expect(await screen.findByText("« A1: » n'est pas une plage de cellules (exemple : A1:H40)")).toBeInTheDocument();
    expect(workbook.writes).toBe(0);
  });

  describe("a long sheet", () => {
    /** 12 000 distinct hour lines of one company (serial dates: no day/month question). */
    async function longSheet(): Promise<MemoryWorkbook> {
      const rows: Cell[][] = [["Entreprise", "Du", "Au", "Heures"]];
      for (let index = 0; index < 12_000; index += 1) {
        const start = 46023 + (index % 700);
        rows.push(["PROPRETE-VR", start, start + Math.floor(index / 700), 7]);
      }
      const base = demoWorkbook();
      return new MemoryWorkbook(
        { Entreprises: (await base.readTable(companiesTable))!, Heures: (await base.readTable(hoursTable))! },
        { "clauses.schemaVersion": WORKBOOK_SCHEMA_VERSION },
        { Export: rows },
      );
    }

    it("shows the dry run's progress with counts, then its report", async () => {
      await openImporter(await longSheet());
      await userEvent.click(screen.getByRole("button", { name: "Lire la feuille" }));
      await userEvent.click(await screen.findByRole("button", { name: "Vérifier (essai à blanc)" }));
      expect(await screen.findByText(/^[\d\s]+ lignes sur 12\s000$/)).toBeInTheDocument();
      expect(screen.getByRole("progressbar")).toBeInTheDocument();
      expect(await screen.findByLabelText("Bilan de la vérification", undefined, { timeout: 20_000 })).toHaveTextContent(
        /^12\s000 lignes prêtes à importer dans Heures/,
      );
      expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    }, 60_000);

    it("stops the dry run when asked, writing nothing and showing no report", async () => {
      const workbook = await longSheet();
      await openImporter(workbook);
      await userEvent.click(screen.getByRole("button", { name: "Lire la feuille" }));
      await userEvent.click(await screen.findByRole("button", { name: "Vérifier (essai à blanc)" }));
      const writes = workbook.writes;
      await userEvent.click(await screen.findByRole("button", { name: "Arrêter" }));
      expect(await screen.findByText("Vérification arrêtée : rien n'a été écrit. Relancez-la quand vous voulez.")).toBeInTheDocument();
      expect(screen.queryByLabelText("Bilan de la vérification")).not.toBeInTheDocument();
      expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
      expect(workbook.writes).toBe(writes);
    }, 60_000);
  });
});
