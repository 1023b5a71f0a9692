import { TextDecoder, TextEncoder } from "node:util";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clausesTable, decodeTable } from "../../../domain";
import { demoWorkbook } from "../../demo/demo-workbook";
import { renderPane } from "../../../test/support/render-pane";
import { SETTINGS } from "../../workbook/port";

// Browsers have TextEncoder (docx uses it to zip the document); this jsdom build does not.
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder });

async function openWizard(workbook = demoWorkbook()) {
  const rendered = renderPane(workbook);
  await userEvent.click(await screen.findByRole("tab", { name: "Rédiger" }));
  await screen.findByRole("button", { name: "Rédiger la clause" });
  return rendered;
}

function fill(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** Unfolds a step of the wizard (the check and the basis are folded by default, so the pane fits). */
async function openStep(name: RegExp): Promise<void> {
  await userEvent.click(screen.getByRole("button", { name }));
}

/** Picks a contract of the workbook by typing its code in the pick list (label and code shown). */
async function chooseContract(reference: string): Promise<void> {
  const list = screen.getByRole("combobox", { name: /^Marché du classeur/ });
  await userEvent.click(list);
  await userEvent.type(list, reference);
  await userEvent.click(await screen.findByRole("option", { name: new RegExp(`\\(${reference}\\)$`) }));
}

async function fillClause(): Promise<void> {
  fill("Périmètre de l'action d'insertion", "les travaux de réhabilitation de l'école, tous lots confondus");
  await openStep(/^4\. Publics et moyens/);
  await openStep(/^5\. Contact du facilitateur/);
  await openStep(/^6\. Suivi et pénalités/);
  fill("Facilitateur (nom)", "Camille Durand");
  fill("Structure du facilitateur", "PLIE de Valrivière");
  fill("Courriel du facilitateur", "clauses@plie.example");
  await userEvent.click(screen.getByRole("checkbox", { name: /demandeurs d'emploi de longue durée/ }));
  fill(/^Pénalité par heure non réalisée/, "50");
}

/** jsdom's Blob has no text()/arrayBuffer(): read it the older way. */
function read(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const plain = (text: string | null) => (text ?? "").replace(/[\u202f\u00a0]/g, " ");

describe("the « Rédiger » wizard", () => {
  it("offers the workbook's contracts as a pick list, label and code, filtered as the facilitator types", async () => {
    await openWizard();
    const list = screen.getByRole("combobox", { name: /^Marché du classeur/ });
    await userEvent.click(list);
    expect(await screen.findByRole("option", { name: "Réhabilitation de l'école Jean-Moulin — 600 h (M1)" })).toBeInTheDocument();
    await userEvent.type(list, "jean-moul");
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Réhabilitation de l'école Jean-Moulin — 600 h (M1)",
    ]);
    await userEvent.click(screen.getByRole("option", { name: /\(M1\)$/ }));
    expect(screen.getByRole("textbox", { name: /^Heures d'insertion/ })).toHaveValue("600");
    expect(screen.getByRole("textbox", { name: "Référence du marché" })).toHaveValue("M1");
  });

  it("takes the hours from the sizing in Marchés and checks the obligation for the contract", async () => {
    await openWizard();
    await chooseContract("M1");
    expect(screen.getByLabelText(/^Heures d'insertion/)).toHaveValue("600");
    expect(screen.getByText(/Repris du dimensionnement \(tableau Marchés, M1\) : 600 h\./)).toBeInTheDocument();
    expect(screen.getByLabelText("Intitulé du marché")).toHaveValue("Réhabilitation de l'école Jean-Moulin");
    await openStep(/^1\. La condition sociale/);
    expect(screen.getByLabelText("Type d'acheteur")).toHaveValue("collectivite");
    fireEvent.change(screen.getByLabelText("Nature du marché"), { target: { value: "works" } });
    fill(/^Date de lancement/, "2026-09-15");
    const result = await screen.findByLabelText("Résultat de la vérification");
    expect(result).toHaveTextContent("Condition sociale non obligatoire");
    expect(plain(result.textContent)).toContain("Valeur estimée de 1 440 000 € HT, sous le seuil européen de 5 404 000 € HT");
    fireEvent.change(screen.getByLabelText("Nature du marché"), { target: { value: "services" } });
    await waitFor(() => expect(screen.getByLabelText("Résultat de la vérification")).toHaveTextContent("Condition sociale obligatoire"));
  });

  it("drafts the clause with the four CCAG items and inserts it into the Clauses sheet in one batch, replacing a redraft", async () => {
    const { workbook } = await openWizard();
    await chooseContract("M1");
    await fillClause();
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    const text = plain((await screen.findByRole("document", { name: "Texte de la clause" })).textContent);
    expect(text).toContain("Le titulaire réalise au moins 600 heures de travail");
    expect(text).toContain("Périmètre de l'action d'insertion : les travaux de réhabilitation de l'école, tous lots confondus.");
    expect(text).toContain("Camille Durand, PLIE de Valrivière (courriel : clauses@plie.example)");
    expect(text).toContain("demandeurs d'emploi de longue durée");
    expect(text).toContain("une pénalité de 50 € HT par heure");
    const before = workbook.writes;
    await userEvent.click(screen.getByRole("button", { name: "Insérer dans le classeur" }));
    expect(await screen.findByText(/^\d+ sections inscrites dans la feuille Clauses\.$/)).toBeInTheDocument();
    expect(workbook.writes).toBe(before + 1);
    const rows = async () => {
      const snapshot = await workbook.readTable(clausesTable);
      return decodeTable(clausesTable, [snapshot!.headers, ...snapshot!.rows]).rows.map((row) => row.values);
    };
    const first = await rows();
    expect(first[0]).toMatchObject({ market: "M1", document: "CCAP", legalBasis: "L2112-2", hours: 600, draftedOn: "2026-11-26" });
    expect(first.at(-1)).toMatchObject({ market: "M1", document: "RC" });
    await userEvent.click(screen.getByRole("switch", { name: "Globalisation des heures avec d'autres marchés" }));
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    await userEvent.click(await screen.findByRole("button", { name: "Insérer dans le classeur" }));
    await screen.findByText(/sections inscrites dans la feuille Clauses\./);
    const second = await rows();
    expect(second).toHaveLength(first.length);
    expect(second.some((row) => row.section === "5. Globalisation des heures")).toBe(true);
  });

  it("says which required fields are empty under each field, not in a list under the button", async () => {
    await openWizard();
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    const outcome = await screen.findByText("La clause n'a pas été rédigée");
    // Under the button: how many fields, no list of their messages.
    expect(outcome.closest("[role=group], .fui-MessageBar")).toHaveTextContent("7 champs à corriger, signalés sous chaque champ.");
    expect(screen.queryByRole("listitem")).not.toBeInTheDocument();
    // The folded steps open, so every field named is on screen, its message under it (its description).
    for (const [label, expected] of [
      ["Intitulé du marché", "indiquez l'intitulé ou la référence du marché"],
      ["Périmètre de l'action d'insertion", "décrivez le périmètre de l'action d'insertion (CCAG 2021, art. 16.1)"],
      [/^Heures d'insertion/, "indiquez le volume horaire d'insertion à la charge du titulaire (CCAG 2021, art. 16.1)"],
      [
        /^Pénalité par heure non réalisée/,
        "indiquez le montant de la pénalité par heure non réalisée, fixé par l'acheteur (ou retirez les pénalités)",
      ],
    ] as const) {
      const field = screen.getByLabelText(label);
      expect(field).toHaveAttribute("aria-invalid", "true");
      expect(field).toHaveAccessibleDescription(expect.stringContaining(expected));
    }
    expect(screen.getByRole("group", { name: "Publics éligibles" })).toHaveAccessibleDescription(
      "choisissez au moins un public éligible (CCAG 2021, art. 16.1)",
    );
    expect(screen.getByLabelText("Facilitateur (nom)")).toBeInTheDocument();
    expect(screen.queryByRole("document", { name: "Texte de la clause" })).not.toBeInTheDocument();
    // Fixed, the message under the field goes with the next draft.
    fill("Intitulé du marché", "Réhabilitation de l'école");
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    await screen.findByText("6 champs à corriger, signalés sous chaque champ.");
    expect(screen.getByLabelText("Intitulé du marché")).not.toHaveAttribute("aria-invalid");
  });

  it("names the typing mistake of a number under its field", async () => {
    await openWizard();
    fill(/^Heures d'insertion/, "six cents");
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    await screen.findByText("La clause n'a pas été rédigée");
    expect(screen.getByLabelText(/^Heures d'insertion/)).toHaveAccessibleDescription(
      expect.stringContaining("« six cents » n'est pas un nombre"),
    );
  });

  it("refuses « préférence locale » wording and proposes the lawful levers", async () => {
    await openWizard();
    await chooseContract("M1");
    await fillClause();
    fill(/^Publics prioritaires/, "habitants de la commune");
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    await screen.findByText("La clause n'a pas été rédigée");
    const note = screen.getByLabelText(/^Publics prioritaires/);
    expect(note).toHaveAccessibleDescription(
      expect.stringMatching(/^« habitants de la commune » : réserver des emplois aux habitants d'un territoire/),
    );
    expect(note).toHaveAccessibleDescription(expect.stringContaining("Leviers licites : 1) cibler des publics prioritaires"));
    fill(/^Publics prioritaires/, "résidents des quartiers prioritaires de la politique de la ville (QPV)");
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    expect(plain((await screen.findByRole("document", { name: "Texte de la clause" })).textContent)).toContain(
      "sans que cela constitue une condition d'accès, aux personnes suivantes : résidents des quartiers prioritaires",
    );
  });

  it("asks only what a reserved contract needs", async () => {
    await openWizard();
    await openStep(/^2\. Base juridique/);
    await userEvent.click(screen.getByRole("radio", { name: /Marché réservé aux structures d'insertion \(SIAE\)/ }));
    expect(screen.queryByLabelText(/^Heures d'insertion/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Périmètre de l'action d'insertion")).not.toBeInTheDocument();
    fill("Référence du marché", "2026-200");
    fill("Intitulé du marché", "Entretien des espaces verts, lot 3");
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    const text = plain((await screen.findByRole("document", { name: "Texte de la clause" })).textContent);
    expect(text).toContain(
      "le marché n° 2026-200 « Entretien des espaces verts, lot 3 » est réservé aux structures d'insertion par l'activité économique",
    );
    expect(text).toContain("au moins 50 % de travailleurs défavorisés");
  });

  it("copies the clause with its formatting, and downloads it as .docx", async () => {
    const written: ClipboardItem[] = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {}
    }
    Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { write: async (items: ClipboardItem[]) => void written.push(...items) },
    });
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:clause"), revokeObjectURL: () => undefined });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    await openWizard();
    await chooseContract("M1");
    await fillClause();
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    await userEvent.click(await screen.findByRole("button", { name: "Copier" }));
    expect(await screen.findByText("Clause copiée avec sa mise en forme.")).toBeInTheDocument();
    const item = written[0] as unknown as FakeClipboardItem;
    expect(Object.keys(item.items)).toEqual(["text/html", "text/plain"]);
    expect(new TextDecoder().decode(await read(item.items["text/html"]!))).toMatch(
      /^<h2>Clause sociale d&#39;insertion<\/h2><h3>1\. Objet/,
    );
    await userEvent.click(screen.getByRole("button", { name: "Télécharger (.docx)" }));
    // The docx library is loaded on demand and builds a zip: give it more than the default second.
    expect(await screen.findByText("Document clause-sociale-M1.docx téléchargé.", {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(clicked).toHaveBeenCalledTimes(1);
    const bytes = await read(blobs[0]!);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    clicked.mockRestore();
  }, 30_000);

  it("proposes the mandatory basis when the check says so, and records an exemption only with its reason", async () => {
    await openWizard();
    await openStep(/^1\. La condition sociale/);
    await openStep(/^2\. Base juridique/);
    fill("Valeur estimée HT (€)", "300 000");
    fireEvent.change(screen.getByLabelText("Type d'acheteur"), { target: { value: "collectivite" } });
    fireEvent.change(screen.getByLabelText("Nature du marché"), { target: { value: "services" } });
    fill(/^Date de lancement/, "2026-09-15");
    await userEvent.click(await screen.findByRole("button", { name: "Retenir la condition sociale obligatoire" }));
    expect(screen.getByRole("radio", { name: /Condition sociale obligatoire au-dessus des seuils européens/ })).toBeChecked();
    fireEvent.change(screen.getByLabelText(/^Dérogation invoquée par l'acheteur/), { target: { value: "marche-sans-lien" } });
    expect(await screen.findByText("Motif de la dérogation : une dérogation doit être motivée : indiquez le motif")).toBeInTheDocument();
    fill(/^Motif de la dérogation/, "fourniture de licences, sans main-d'œuvre");
    const result = await screen.findByLabelText("Résultat de la vérification");
    expect(result).toHaveTextContent("Condition sociale non obligatoire");
    expect(result).toHaveTextContent(
      "mais l'acheteur invoque la dérogation « la condition n'a pas de lien suffisant avec l'objet du marché »",
    );
    expect(
      screen.getByText("La condition n'est pas obligatoire pour ce marché : la condition d'exécution (L2112-2) suffit."),
    ).toBeInTheDocument();
  });

  it("remembers the facilitator's contact details in the workbook, not in the browser", async () => {
    const workbook = demoWorkbook();
    await workbook.writeSetting(SETTINGS.facilitator, { name: "Camille Durand", email: "clauses@plie.example" });
    await openWizard(workbook);
    await openStep(/^4\. Publics et moyens/);
    await openStep(/^5\. Contact du facilitateur/);
    await openStep(/^6\. Suivi et pénalités/);
    await waitFor(() => expect(screen.getByLabelText("Facilitateur (nom)")).toHaveValue("Camille Durand"));
    expect(screen.getByLabelText("Courriel du facilitateur")).toHaveValue("clauses@plie.example");
    await chooseContract("M1");
    fill("Périmètre de l'action d'insertion", "les travaux");
    fill("Téléphone du facilitateur", "01 23 45 67 89");
    await userEvent.click(screen.getByRole("checkbox", { name: /demandeurs d'emploi de longue durée/ }));
    fill(/^Pénalité par heure non réalisée/, "50");
    await userEvent.click(screen.getByRole("button", { name: "Rédiger la clause" }));
    await screen.findByRole("document", { name: "Texte de la clause" });
    await waitFor(async () =>
      expect(await workbook.readSetting(SETTINGS.facilitator)).toEqual({
        name: "Camille Durand",
        email: "clauses@plie.example",
        phone: "01 23 45 67 89",
      }),
    );
    expect(window.localStorage.length).toBe(0);
  });
});
