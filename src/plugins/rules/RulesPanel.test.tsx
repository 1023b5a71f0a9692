import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../../../test/support/render-pane";
import { SETTINGS } from "../../workbook/port";
import { territoryPack } from "../../../test/support/territory-pack";

const territory = territoryPack(
  { sizing: { trades: [{ code: "nettoyage", labourShare: 0.8, source: "Grille PLIE Sud", confirmed: true }] } },
  { version: "2", label: "Règles du PLIE Sud" },
);

const downloads: { bytes: Uint8Array; name: string; type: string }[] = [];
jest.mock("../drafting/browser-output", () => ({
  downloadFile: (bytes: Uint8Array, name: string, type: string) => void downloads.push({ bytes, name, type }),
}));

function jsonFile(content: unknown, name = "paquet.json"): File {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  const file = new File([text], name, { type: "application/json" });
  // jsdom's File has no text(); the browser's does.
  Object.defineProperty(file, "text", { value: async () => text });
  return file;
}

async function openRules(): Promise<void> {
  await userEvent.click(await screen.findByRole("tab", { name: "Règles" }));
}

describe("the « Règles » panel", () => {
  it("imports a territory pack into the workbook and puts it in force", async () => {
    const { workbook } = renderPane();
    await openRules();
    expect(await screen.findByText("Règles nationales par défaut")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Fichier du paquet de règles"), { target: { files: [jsonFile(territory)] } });
    // First the diff, nothing stored yet; then « Appliquer ».
    const changes = await screen.findByRole("list", { name: "Changements du paquet" });
    expect(changes).toHaveTextContent(
      /^Dimensionnement, Nettoyage, propreté : à saisir \(à confirmer\) — .* → 80 % \(confirmé\) — Grille PLIE Sud$/,
    );
    expect(await workbook.readSetting(SETTINGS.territoryPack)).toBeUndefined();
    await userEvent.click(screen.getByRole("button", { name: "Appliquer ce paquet" }));
    expect(await screen.findByText(/Paquet plie-sud@2\+national@.* importé et enregistré dans le classeur\./)).toBeInTheDocument();
    expect(await workbook.readSetting(SETTINGS.territoryPack)).toEqual(territory);
    expect(screen.getByText("Règles du PLIE Sud")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Exporter le paquet du territoire (JSON)" }));
    expect(await screen.findByText(/^paquet-plie-sud-2\.json téléchargé/)).toBeInTheDocument();
    expect(JSON.parse(new TextDecoder().decode(downloads[0]?.bytes))).toEqual(territory);
    await userEvent.click(screen.getByRole("button", { name: "Revenir au paquet national" }));
    expect(await workbook.readSetting(SETTINGS.territoryPack)).toBeUndefined();
  });

  it("refuses an invalid pack with every reason and stores nothing", async () => {
    const { workbook } = renderPane();
    await openRules();
    const broken = { ...territory, sections: { sizing: { trades: [{ code: "nettoyage", labourShare: 80 }] } } };
    fireEvent.change(await screen.findByLabelText("Fichier du paquet de règles"), { target: { files: [jsonFile(broken)] } });
    expect(await screen.findByText("Le paquet n'a pas été importé (rien n'a changé)")).toBeInTheDocument();
    expect(screen.getByText(/sections\.sizing\.trades\[\d+\]\.labourShare : doit être inférieur ou égal à 1/)).toBeInTheDocument();
    expect(await workbook.readSetting(SETTINGS.territoryPack)).toBeUndefined();
    fireEvent.change(screen.getByLabelText("Fichier du paquet de règles"), { target: { files: [jsonFile("{pas du json", "notes.json")] } });
    expect(await screen.findByText("« notes.json » n'est pas un fichier JSON lisible")).toBeInTheDocument();
  });
});

describe("every rule value, readable", () => {
  it("shows each value with its source, validity and « confirmé / à confirmer », and filters them", async () => {
    renderPane();
    await openRules();
    await userEvent.type(await screen.findByLabelText(/^Filtrer les valeurs/), "taux d'insertion");
    const item = (await screen.findByText("Taux d'insertion")).closest("li") as HTMLElement;
    expect(item).toHaveTextContent("5 % — en vigueur depuis le 01/01/2013");
    expect(item).toHaveTextContent("Source : MEF Sud 77 (exemple à 5 %)");
    expect(item).toHaveTextContent("confirmé");
    await userEvent.clear(screen.getByLabelText(/^Filtrer les valeurs/));
    await userEvent.click(screen.getByRole("switch", { name: "À confirmer seulement" }));
    const shown = screen.getAllByRole("listitem");
    expect(shown.length).toBeGreaterThan(0);
    for (const each of shown) expect(each).toHaveTextContent("à confirmer");
    expect(screen.queryByText("docs/domaine", { exact: false })).not.toBeInTheDocument();
  }, 30_000);
});

describe("a value set for the territory", () => {
  it("writes the territory pack into the workbook with its reason and source, the national value closed the day before", async () => {
    const { workbook } = renderPane();
    await openRules();
    await userEvent.type(await screen.findByLabelText(/^Filtrer les valeurs/), "coût horaire");
    await userEvent.click(await screen.findByRole("button", { name: "Valeur du territoire pour « Coût horaire moyen »" }));
    const form = await screen.findByRole("group", { name: "Valeur du territoire pour « Coût horaire moyen »" });
    fireEvent.change(within(form).getByLabelText("Nouvelle valeur"), { target: { value: "32" } });
    fireEvent.change(within(form).getByLabelText(/^À partir du/), { target: { value: "2027-01-01" } });
    fireEvent.change(within(form).getByLabelText(/^Motif/), { target: { value: "salaires du bassin" } });
    fireEvent.change(within(form).getByLabelText(/^Source/), { target: { value: "Délibération du PLIE, 12/11/2026" } });
    await userEvent.click(within(form).getByRole("button", { name: "Enregistrer pour le territoire" }));
    expect(await screen.findByText(/Paquet territoire@1\+national@.* importé et enregistré dans le classeur\./)).toBeInTheDocument();
    const stored = (await workbook.readSetting(SETTINGS.territoryPack)) as { sections: { sizing: { hourlyCost: unknown[] } } };
    expect(stored.sections.sizing.hourlyCost).toEqual([
      expect.objectContaining({ value: 30, validTo: "2026-12-31" }),
      { value: 32, validFrom: "2027-01-01", source: "Délibération du PLIE, 12/11/2026", note: "salaires du bassin", confirmed: true },
    ]);
  }, 30_000);
});
