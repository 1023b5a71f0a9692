/**
 * The « Bilans » panel on the demo territory (26 November 2026), in jsdom.
 *
 * Fluent's charts are built on d3, shipped as ES modules Jest does not load: the chart component is
 * replaced here by a list of the blocks it receives (what it would draw); the real charts are
 * checked in Chromium (test/e2e/reporting.e2e.ts).
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Workbook } from "exceljs";
import { bilansTable, decodeTable, participantsTable } from "../../../domain";
import { releasesTable, type ChartBlock } from "../../../domain/reporting";
import { demoWorkbook } from "../../demo/demo-workbook";
import { renderPane } from "../../../test/support/render-pane";

jest.mock("./BilanCharts", () => ({
  __esModule: true,
  default: ({ blocks }: { blocks: ChartBlock[] }) => {
    const { createElement } = jest.requireActual<typeof import("react")>("react");
    return createElement(
      "ul",
      { "aria-label": "Graphiques" },
      blocks.map((block) => createElement("li", { key: block.title }, `${block.title} : ${JSON.stringify(block.rows)}`)),
    );
  },
}));

const downloads: { bytes: Uint8Array; name: string; type: string }[] = [];
jest.mock("../drafting/browser-output", () => ({
  downloadFile: (bytes: Uint8Array, name: string, type: string) => void downloads.push({ bytes, name, type }),
}));

async function openBilans(): Promise<HTMLElement> {
  await userEvent.click(await screen.findByRole("tab", { name: "Bilans" }));
  return screen.findByRole("region", { name: /^Bilan Territoire/ }, { timeout: 5000 });
}

/** Opens a folding section of the panel (every one is closed at first). */
async function openSection(name: string | RegExp): Promise<void> {
  await userEvent.click(screen.getByRole("button", { name }));
}

/** Chooses a figure to explain once the engine has listed it (the list comes with each bilan shown). */
async function explainFigure(value: string): Promise<void> {
  await waitFor(() => expect(screen.getByLabelText("Expliquer un chiffre").querySelector(`option[value="${value}"]`)).not.toBeNull());
  await userEvent.selectOptions(screen.getByLabelText("Expliquer un chiffre"), value);
}

const figure = (label: string) =>
  within(screen.getByRole("row", { name: label }))
    .getAllByRole("cell")[1]
    ?.textContent?.replace(/\s/g, " ");

describe("the « Bilans » panel on the demo territory", () => {
  it("opens on the result: the hours shown, every detail in a closed section", async () => {
    renderPane(demoWorkbook());
    await openBilans();
    expect(figure("Heures réalisées")).toBe("1 753,1 h");
    const headers = ["Graphiques", "Marchés (5)", "Participants", "Contrats de travail et modes de réalisation", "Origine d'un chiffre"];
    for (const name of [...headers, "Conservation des données personnelles"]) {
      expect(screen.getByRole("button", { name })).toHaveAttribute("aria-expanded", "false");
    }
    expect(screen.queryByRole("list", { name: "Graphiques" })).not.toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Participants du bilan" })).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Expliquer un chiffre")).not.toBeInTheDocument();
    await openSection("Participants");
    expect(screen.getByRole("button", { name: "Participants" })).toHaveAttribute("aria-expanded", "true");
    expect(figure("Participants (personnes distinctes)")).toBe("7");
  });

  it("shows the territory's hours, people and charts in the facilitator's view, marked as personal data", async () => {
    renderPane(demoWorkbook());
    await openBilans();
    expect(screen.getByText(/^Contient des données personnelles/)).toBeInTheDocument();
    await openSection("Participants");
    await openSection("Graphiques");
    expect(figure("Heures dues")).toBe("2 000 h");
    expect(figure("Heures réalisées")).toBe("1 753,1 h");
    expect(figure("Participants (personnes distinctes)")).toBe("7");
    expect(figure("Critère principal (interne) : Jeune de moins de 26 ans sorti du système scolaire depuis au moins 6 mois")).toBe("2");
    const charts = within(screen.getByRole("list", { name: "Graphiques" }))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(charts[0]).toBe(
      'Heures réalisées et dues par marché : [["M1",600,600],["M2",400,400],["M3",300,207.1],["M4",450,350],["M5",250,196]]',
    );
    expect(charts[2]).toBe('Participants par tranche d\'âge : [["Moins de 26 ans",2],["26 à 49 ans",3],["50 ans et plus",2]]');
  });

  it("shows a buyer's bilan, and in the buyer's view masks every small count, in figures and charts", async () => {
    renderPane(demoWorkbook());
    await openBilans();
    await userEvent.selectOptions(screen.getByLabelText("Périmètre"), "Ville de Valrivière");
    let region = await screen.findByRole("region", { name: /^Bilan Ville de Valrivière/ });
    await openSection("Participants");
    await openSection("Graphiques");
    expect(figure("Heures réalisées")).toBe("950 h");
    expect(figure("Participants (personnes distinctes)")).toBe("5");
    await userEvent.selectOptions(screen.getByLabelText("Vue"), "buyer");
    // The buyer's view is a new bilan (computed by the engine): shown anew, with the sections left open.
    expect(await screen.findByText(/^Agrégats seulement : les effectifs de 1 à 4 personnes sont affichés « < 5 »/)).toBeInTheDocument();
    region = screen.getByRole("region", { name: /^Bilan Ville de Valrivière/ });
    expect(figure("Participants (personnes distinctes)")).toBe("masqué");
    expect(figure("Sexe : Femme")).toBe("< 5");
    expect(region.textContent).not.toMatch(/P00\d|Critère principal/);
    expect(within(region).getByRole("list", { name: "Graphiques" }).textContent).toContain(
      'Participants par tranche d\'âge (petits effectifs masqués) : [["Moins de 26 ans",null],["26 à 49 ans",null],["50 ans et plus",null]]',
    );
  });

  it("explains a figure: its hour lines, contracts, participants (internal view only) and rules", async () => {
    renderPane(demoWorkbook());
    await openBilans();
    await userEvent.selectOptions(screen.getByLabelText("Périmètre"), "Ville de Valrivière");
    await openSection("Origine d'un chiffre");
    await explainFigure("hours.realised");
    const origin = screen.getByRole("status", { name: "Origine du chiffre" });
    expect(origin).toHaveTextContent("Lignes d'heures : Heures, lignes 2–16, 38–47");
    expect(origin).toHaveTextContent("Marchés : M1, M4");
    expect(origin).toHaveTextContent("Participants : P001, P002, P005, P006, P007");
    expect(origin).toHaveTextContent("Règles : national@2026.11.1 ; ventilation « Fin la plus proche d'abord »");
    await userEvent.selectOptions(screen.getByLabelText("Vue"), "buyer");
    await explainFigure("people.total");
    expect(screen.getByRole("status", { name: "Origine du chiffre" })).not.toHaveTextContent("Participants :");
  });

  it("writes the Bilans sheet with the charts of the bilan shown, in one batch", async () => {
    const { workbook } = renderPane(demoWorkbook());
    await openBilans();
    await userEvent.selectOptions(screen.getByLabelText("Périmètre"), "Département du Val");
    const before = workbook.writes;
    await userEvent.click(screen.getByRole("button", { name: "Écrire la feuille Bilans" }));
    expect(
      await screen.findByText(/lignes écrites dans la feuille Bilans, avec les graphiques de « Département du Val »/),
    ).toBeInTheDocument();
    expect(workbook.writes).toBe(before + 1);
    const snapshot = await workbook.readTable(bilansTable);
    const { rows, errors } = decodeTable(bilansTable, [snapshot!.headers, ...snapshot!.rows]);
    expect(errors).toEqual([]);
    const value = (scope: string, indicator: string) =>
      rows.find((row) => row.values.scope === scope && row.values.indicator === indicator)?.values.value;
    expect(value("Acheteur Département du Val", "Heures réalisées")).toBe("403.1");
    expect(value("Territoire", "Heures réalisées")).toBe("1753.1");
    expect(workbook.chartsOf("Bilans").map((chart) => chart.title)).toEqual([
      "Heures réalisées et dues par marché",
      "Heures réalisées par mois",
      "Participants par tranche d'âge",
    ]);
  });

  it("exports the buyer's bilan as .xlsx from the internal view, with the buyer's masks", async () => {
    renderPane(demoWorkbook());
    await openBilans();
    await userEvent.selectOptions(screen.getByLabelText("Périmètre"), "Ville de Valrivière");
    downloads.length = 0;
    await userEvent.click(screen.getByRole("button", { name: "Exporter pour l'acheteur (.xlsx)" }));
    await screen.findByText(/bilan-acheteur-VILLE-VR\.xlsx : agrégats seulement/);
    expect(downloads.map((download) => download.name)).toEqual(["bilan-acheteur-VILLE-VR.xlsx"]);
    const book = new Workbook();
    await book.xlsx.load(downloads[0]!.bytes as never);
    const lines: string[] = [];
    book.getWorksheet("Bilan")?.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(" | ")));
    expect(lines).toContain("Sexe — Femme | < 5");
    expect(lines.join("\n")).not.toMatch(/P00\d|JEUNE|Critère/);
  });

  // The pane's exports are protected and recorded through the Bilans engine (`engine.exported`, in the
  // Worker where there is one): the register is read and appended through the port, before the file leaves.
  it("records each download in « Diffusions » (no person in it) and protects the next export with the earlier ones", async () => {
    const { workbook } = renderPane(demoWorkbook());
    await openBilans();
    await userEvent.selectOptions(screen.getByLabelText("Périmètre"), "Ville de Valrivière");
    await userEvent.click(screen.getByRole("button", { name: "Exporter pour l'acheteur (.xlsx)" }));
    await screen.findByText(/bilan-acheteur-VILLE-VR\.xlsx : agrégats seulement/);
    const first = await workbook.readTable(releasesTable);
    const rows = decodeTable(releasesTable, [first!.headers, ...first!.rows]).rows.map((row) => row.values);
    expect(rows).toEqual([
      expect.objectContaining({
        recipient: "buyer:buyer:VILLE-VR",
        audience: "buyer",
        scopes: "buyer:VILLE-VR",
        digest: expect.stringMatching(/^sha256:/),
      }),
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/P00\d|JEUNE/);
    // The second export reads the first from the workbook: the same cells stay hidden, and it is recorded too.
    const hidden = JSON.parse(String(rows[0]!["hidden"])) as Record<string, string>;
    await userEvent.click(screen.getByRole("button", { name: "Imprimer (PDF)" }));
    await waitFor(async () => expect((await workbook.readTable(releasesTable))?.rows).toHaveLength(2));
    const second = await workbook.readTable(releasesTable);
    const again = decodeTable(releasesTable, [second!.headers, ...second!.rows]).rows[1]!.values;
    expect(JSON.parse(String(again["hidden"]))).toMatchObject(hidden);
  });

  it("exports a bilan whose months an earlier release withheld with its hours only, says why, and records it withheld", async () => {
    // An earlier release of the same months (every month with hours) that could not be protected.
    const workbook = await exportAfter('{"*":"withheld"}');
    // Before the withheld fallback such a release was refused (« Rien n'a été écrit »); now it leaves with its hours.
    await screen.findByText(
      /^bilan-acheteur-VILLE-VR\.xlsx : heures seulement, sans effectifs de personnes\. Effectifs non diffusés : une diffusion précédente des mêmes mois .* les heures sont exactes\.$/,
    );
    expect(screen.queryByText("Rien n'a été écrit")).toBeNull();
    const book = new Workbook();
    await book.xlsx.load(downloads[0]!.bytes as never);
    const lines: string[] = [];
    book.getWorksheet("Bilan")?.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(" | ")));
    expect(lines).toEqual(
      expect.arrayContaining(["Heures dues | 1050", "Heures réalisées | 950", "Participants (personnes distinctes) | masqué"]),
    );
    expect(lines.join("\n")).toMatch(/Effectifs non diffusés : /);
    expect(lines.join("\n")).not.toMatch(/< 5|Sexe —/);
    const table = await workbook.readTable(releasesTable);
    const rows = decodeTable(releasesTable, [table!.headers, ...table!.rows]).rows.map((row) => row.values);
    expect(rows.map((row) => [row["scopes"], row["hidden"]])).toEqual([
      ["buyer:HABITAT-SUD", '{"*":"withheld"}'],
      ["buyer:VILLE-VR", '{"*":"withheld"}'],
    ]);
  });
});

describe("a release whose outcomes an earlier one left out", () => {
  it("exports it with its other counts protected and its outcomes « masqué », says why, and records it so", async () => {
    // An earlier release of the same months (every month with hours) protected without its outcomes.
    const workbook = await exportAfter('{"*|outcomes":"withheld"}');
    await screen.findByText(
      /^bilan-acheteur-VILLE-VR\.xlsx : agrégats seulement, petits effectifs masqués\. Sorties et situations à 6 mois non diffusées : une diffusion précédente des mêmes mois .* les autres effectifs sont protégés, les heures sont exactes\.$/,
    );
    const book = new Workbook();
    await book.xlsx.load(downloads[0]!.bytes as never);
    const lines: string[] = [];
    book.getWorksheet("Bilan")?.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(" | ")));
    // The people's other breakdowns as before (the demo's masks), every outcome « masqué ».
    expect(lines).toEqual(expect.arrayContaining(["Heures dues | 1050", "Sexe — Femme | < 5"]));
    const outcomes = lines.filter((line) => /^(Sortie|Sorties dynamiques|Situation à 6 mois)/.test(line));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((line) => !line.endsWith("| masqué"))).toEqual([]);
    expect(lines.join("\n")).toMatch(/Sorties et situations à 6 mois non diffusées : /);
    const table = await workbook.readTable(releasesTable);
    const rows = decodeTable(releasesTable, [table!.headers, ...table!.rows]).rows.map((row) => row.values);
    expect(String(rows[1]?.["hidden"])).toContain('"*|outcomes":"withheld"');
  });
});

describe("retention in the panel", () => {
  it("lists participants without activity for more than N years and purges them in one batch, figures unchanged", async () => {
    const { workbook } = renderPane(demoWorkbook(), "2028-06-01");
    await openBilans();
    await openSection("Participants");
    await openSection("Conservation des données personnelles");
    const realised = figure("Heures réalisées");
    const people = figure("Participants (personnes distinctes)");
    const section = screen.getByRole("region", { name: "Conservation des données" });
    await userEvent.type(within(section).getByLabelText(/Années sans activité/), "1");
    await userEvent.click(within(section).getByRole("button", { name: "Lister les participants concernés" }));
    const listed = within(section).getByRole("table", { name: "Participants à purger" });
    expect(within(listed).getAllByRole("row")).toHaveLength(9);
    const purge = within(section).getByRole("button", { name: "Purger les données personnelles" });
    expect(purge).toBeDisabled();
    await userEvent.click(within(section).getByRole("checkbox"));
    await userEvent.click(purge);
    expect(
      await within(section).findByText("Données personnelles de 8 participants purgées (Participants et Validations)."),
    ).toBeInTheDocument();
    const snapshot = await workbook.readTable(participantsTable);
    const { rows } = decodeTable(participantsTable, [snapshot!.headers, ...snapshot!.rows]);
    expect(rows.every((row) => row.values.birthDate === undefined && row.values.purgedOn === "2028-06-01")).toBe(true);
    // The pane has read the purged workbook again: criteria are gone, every figure is the same.
    await waitFor(() => expect(figure("Critère principal (interne) : Données purgées")).toBe("7"), { timeout: 15_000 });
    expect(figure("Heures réalisées")).toBe(realised);
    expect(figure("Participants (personnes distinctes)")).toBe(people);
  });
});

describe("a reversed period in « Bilans »", () => {
  it("says so under « Au mois », shows no crash message, writes nothing, and works again once fixed", async () => {
    const workbook = demoWorkbook();
    renderPane(workbook);
    await openBilans();
    const writes = workbook.writes;
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Du mois" }), "2026-10");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Au mois" }), "2026-03");
    expect(
      await screen.findByText("« Au mois » (mars 2026) précède « Du mois » (octobre 2026) : choisissez un mois de fin après le début"),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Une erreur inattendue/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Écrire la feuille Bilans" })).not.toBeInTheDocument();
    expect(workbook.writes).toBe(writes);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Au mois" }), "2026-11");
    expect(await screen.findByRole("button", { name: "Écrire la feuille Bilans" })).toBeInTheDocument();
  }, 30_000);
});

/**
 * The pane on the demo workbook whose « Diffusions » holds an earlier release to HABITAT-SUD of every
 * month with hours (its `hidden` as given), then Ville de Valrivière's bilan exported for the buyer.
 */
async function exportAfter(hidden: string) {
  const { workbook } = renderPane(demoWorkbook());
  await workbook.appendRecords(releasesTable, [
    {
      recipient: "buyer:buyer:HABITAT-SUD",
      audience: "buyer",
      scopes: "buyer:HABITAT-SUD",
      period: "",
      reference: "2026-11-26",
      hidden,
      digest: `sha256:${"0".repeat(64)}`,
    },
  ]);
  await openBilans();
  await userEvent.selectOptions(screen.getByLabelText("Périmètre"), "Ville de Valrivière");
  downloads.length = 0;
  await userEvent.click(screen.getByRole("button", { name: "Exporter pour l'acheteur (.xlsx)" }));
  return workbook;
}
