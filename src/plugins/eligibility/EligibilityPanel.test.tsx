import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { decodeTable, participantsTable, validationsTable } from "../../../domain";
import { currentWorkbook, renderPane } from "../../../test/support/render-pane";
import { demoWorkbook } from "../../demo/demo-workbook";
import { MemoryWorkbook } from "../../workbook/memory-workbook";

async function openPanel(workbook = currentWorkbook(), today = "2026-11-26") {
  const rendered = renderPane(workbook, today);
  await userEvent.click(await screen.findByRole("tab", { name: "Éligibilité" }));
  await screen.findByRole("region", { name: "Éligibilité" });
  return rendered;
}

function fill(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function rows(workbook: MemoryWorkbook, table: typeof participantsTable | typeof validationsTable) {
  const snapshot = await workbook.readTable(table);
  return decodeTable(table, [snapshot!.headers, ...snapshot!.rows]).rows.map((row) => row.values);
}

describe("the single prescription form", () => {
  it("shows no verdict on an empty form (no red « Non éligible » before anything is typed)", async () => {
    await openPanel();
    expect(screen.queryByText("Non éligible")).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /^Éligibilité de/ })).not.toBeInTheDocument();
  });

  it("checks Amina of example 2 as she is typed, then writes her row to Participants in one batch", async () => {
    const { workbook } = await openPanel();
    fill(/^Identifiant/, "P100");
    fill("Date de naissance", "2001-05-10");
    fill("Niveau de qualification", "3");
    fill("Sortie du système scolaire", "2019-07-01");
    fill(/^Demandeur d'emploi depuis/, "2025-10-01");
    await userEvent.click(screen.getByRole("switch", { name: "Réside dans un quartier prioritaire (QPV)" }));
    fill(/^Première entrée dans une clause/, "2026-03-02");
    const result = await screen.findByRole("region", { name: "Éligibilité de P100" });
    expect(within(result).getByText("Éligible")).toBeInTheDocument();
    expect(within(result).getByText(/P100, au 02\/03\/2026 \(date de première entrée\)/)).toBeInTheDocument();
    expect(within(result).getByText(/JEUNE — Jeune de moins de 26 ans .* \(critère principal\)/)).toBeInTheDocument();
    expect(within(result).getByText(/Priorité : Résident d'un quartier prioritaire/)).toBeInTheDocument();
    expect(within(result).getByLabelText("Aide IAE")).toHaveTextContent(
      "éligible en ACI, AI, EI, EITI, ETTI ; niveau 2 : JEUNE, NIVEAU_3, QPV.",
    );
    expect(within(result).getByLabelText("Durée de comptabilisation")).toHaveTextContent(/à confirmer/);

    const before = workbook.writes;
    await userEvent.click(screen.getByRole("button", { name: "Enregistrer au tableau Participants" }));
    expect(await screen.findByText("P100 ajouté au tableau Participants.")).toBeInTheDocument();
    expect(workbook.writes).toBe(before + 1);
    expect(await rows(workbook, participantsTable)).toEqual([
      {
        id: "P100",
        birthDate: "2001-05-10",
        qualificationLevel: 3,
        schoolLeftDate: "2019-07-01",
        jobSeekerSince: "2025-10-01",
        qpv: true,
        firstClauseEntry: "2026-03-02",
      },
    ]);
  });

  it("tells Claire of example 2 when she becomes eligible, and that a derogation is possible", async () => {
    await openPanel();
    fill(/^Identifiant/, "P101");
    fill("Date de naissance", "1979-09-20");
    fill("Niveau de qualification", "5");
    fill(/^Demandeur d'emploi depuis/, "2025-07-01");
    fill(/^Première entrée dans une clause/, "2026-03-02");
    const result = await screen.findByRole("region", { name: "Éligibilité de P101" });
    expect(within(result).getByText("Non éligible")).toBeInTheDocument();
    expect(within(result).getByText("Éligible à partir du 01/07/2026")).toBeInTheDocument();
    expect(within(result).getByText(/Dérogation possible sur avis motivé/)).toBeInTheDocument();
    expect(within(result).getByLabelText("Aide IAE")).toHaveTextContent("pas de critères suffisants");
  });

  it("records a benefit with its dates and a derogation only once validated", async () => {
    const { workbook } = await openPanel();
    fill(/^Identifiant/, "P102");
    await userEvent.click(screen.getByRole("checkbox", { name: "Revenu de solidarité active (RSA)" }));
    fill("RSA du", "2025-02-01");
    fill(/^Motif de dérogation/, "Avis motivé de la Mission locale");
    fill("Dérogation validée le", "2026-03-05");
    fill(/^Première entrée dans une clause/, "2026-03-02");
    const result = await screen.findByRole("region", { name: "Éligibilité de P102" });
    expect(within(result).getByText(/MINIMA — Allocataire d'un minimum social/)).toBeInTheDocument();
    expect(within(result).getByText("Dérogation enregistrée, pas encore validée à cette date.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Enregistrer au tableau Participants" }));
    await screen.findByText("P102 ajouté au tableau Participants.");
    expect((await rows(workbook, participantsTable))[0]).toMatchObject({
      benefits: ["RSA du 01/02/2025"],
      derogationReason: "Avis motivé de la Mission locale",
      derogationValidatedOn: "2026-03-05",
    });
  });

  it("says what is wrong under the field, and writes nothing for an existing identifier", async () => {
    const workbook = demoWorkbook();
    await openPanel(workbook);
    fill(/^Identifiant/, "P003");
    fill("Date de naissance", "2030-01-01");
    expect(await screen.findByText("la date de naissance est dans le futur (aujourd'hui : 2026-11-26)")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Enregistrer au tableau Participants" })).toBeDisabled();
    fill("Date de naissance", "1979-09-20");
    const before = workbook.writes;
    await userEvent.click(screen.getByRole("button", { name: "Enregistrer au tableau Participants" }));
    expect(await screen.findByText(/« P003 » existe déjà \(ligne 4 du tableau Participants\)/)).toBeInTheDocument();
    expect(workbook.writes).toBe(before);
  });
});

describe("checking the selected row", () => {
  it("says a purged row has nothing left to evaluate", async () => {
    const workbook = new MemoryWorkbook({
      [participantsTable.name]: { headers: ["Participant", "Sexe", "Données purgées le"], rows: [["P9", "F", "2031-12-01"]] },
    });
    workbook.selectRow(participantsTable.name, 0);
    await openPanel(workbook);
    await userEvent.click(screen.getByRole("tab", { name: "Ligne sélectionnée" }));
    await userEvent.click(screen.getByRole("button", { name: "Vérifier la ligne sélectionnée" }));
    expect(await screen.findByText(/Données personnelles purgées le 01\/12\/2031 \(conservation\)/)).toBeInTheDocument();
  });

  it("asks for a selection when there is none", async () => {
    await openPanel(demoWorkbook());
    await userEvent.click(screen.getByRole("tab", { name: "Ligne sélectionnée" }));
    await userEvent.click(screen.getByRole("button", { name: "Vérifier la ligne sélectionnée" }));
    expect(await screen.findByText(/Sélectionnez une cellule d'une ligne du tableau Participants/)).toBeInTheDocument();
  });

  it("evaluates Claire's row on her first entry, shows her validations, and appends a new one that closes the last", async () => {
    const workbook = demoWorkbook();
    workbook.selectRow(participantsTable.name, 2);
    await openPanel(workbook);
    await userEvent.click(screen.getByRole("tab", { name: "Ligne sélectionnée" }));
    await userEvent.click(screen.getByRole("button", { name: "Vérifier la ligne sélectionnée" }));
    const result = await screen.findByRole("region", { name: "Éligibilité de P003" });
    expect(within(result).getByText(/P003, au 01\/07\/2026 \(date de première entrée\)/)).toBeInTheDocument();
    expect(within(result).getByText(/DELD — Demandeur d'emploi de longue durée/)).toBeInTheDocument();
    const history = screen.getByRole("region", { name: "Historique des validations" });
    expect(within(history).getByText(/01\/07\/2026 par PLIE Valrivière : DELD/)).toBeInTheDocument();

    const form = screen.getByRole("group", { name: "Validation de P003" });
    fireEvent.change(within(form).getByLabelText(/^Validé par/), { target: { value: "Facilitatrice PLIE" } });
    fireEvent.change(within(form).getByLabelText(/^Validé le/), { target: { value: "2026-11-20" } });
    await userEvent.click(within(form).getByRole("button", { name: "Ajouter un justificatif vu" }));
    expect(within(form).getByLabelText("Justificatif 1")).toHaveValue("Attestation d'inscription à France Travail");
    fireEvent.change(within(form).getByLabelText("Daté du (justificatif 1)"), { target: { value: "2026-11-18" } });
    fireEvent.change(within(form).getByLabelText("Valide jusqu'au"), { target: { value: "2027-05-19" } });
    await userEvent.click(within(form).getByRole("button", { name: "Enregistrer la validation" }));
    expect(await within(form).findByText(/Validation du 20\/11\/2026 ajoutée au tableau Validations/)).toBeInTheDocument();

    const validations = (await rows(workbook, validationsTable)).filter((row) => row.participant === "P003");
    expect(validations).toEqual([
      expect.objectContaining({ validatedOn: "2026-07-01" }),
      expect.objectContaining({
        validatedOn: "2026-11-20",
        validatedBy: "Facilitatrice PLIE",
        criteria: ["DELD"],
        proofs: ["Attestation d'inscription à France Travail du 18/11/2026"],
        validUntil: "2027-05-19",
        rulePack: expect.stringMatching(/^national@/),
      }),
    ]);
    await waitFor(() =>
      expect(
        within(screen.getByRole("region", { name: "Historique des validations" })).getByText(/remplacée le 20\/11\/2026/),
      ).toBeInTheDocument(),
    );
  });

  it("refuses a validation without its author, and writes nothing", async () => {
    const workbook = demoWorkbook();
    workbook.selectRow(participantsTable.name, 0);
    await openPanel(workbook);
    await userEvent.click(screen.getByRole("tab", { name: "Ligne sélectionnée" }));
    await userEvent.click(screen.getByRole("button", { name: "Vérifier la ligne sélectionnée" }));
    const form = await screen.findByRole("group", { name: "Validation de P001" });
    const before = workbook.writes;
    await userEvent.click(within(form).getByRole("button", { name: "Enregistrer la validation" }));
    // Under « Validé par », in words: the key « validatedBy » is never shown.
    expect(await within(form).findByText("indiquez qui valide (nom ou structure)")).toBeInTheDocument();
    expect(within(form).queryByText(/validatedBy/)).not.toBeInTheDocument();
    expect(workbook.writes).toBe(before);
  });
});

describe("deadlines", () => {
  it("lists the validations and counting windows ending within 60 days, soonest first", async () => {
    await openPanel(demoWorkbook(), "2026-11-26");
    await userEvent.click(screen.getByRole("tab", { name: "Échéances" }));
    const table = await screen.findByRole("table", { name: "Échéances" });
    const lines = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    expect(lines).toEqual(["P001Fin de validation31/12/202635", "P006Fin de validation31/12/202635", "P002Fin de validation04/01/202739"]);
    fill("Échéances dans les (jours)", "36");
    await waitFor(() => expect(within(screen.getByRole("table", { name: "Échéances" })).getAllByRole("row")).toHaveLength(3));
  });
});
