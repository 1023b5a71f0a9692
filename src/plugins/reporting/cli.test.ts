/**
 * `clauses report` and `clauses retention` on the demo territory (the JSON of docs/examples, which
 * is the demo workbook's data), in-process; the exported workbooks opened in LibreOffice.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../cli/main";
import { demoTerritoryJson } from "../../demo/territory-json";
import { memoryIo } from "../../../test/support/memory-io";
import { runCli } from "../../../test/support/run-cli";
import { openInLibreOffice } from "../../../test/support/libreoffice";
import { peopleBreakdown, type ReportView } from "../../../domain/reporting";

jest.setTimeout(120_000);

const territory = demoTerritoryJson();

async function run(args: string[], input: unknown = territory) {
  const io = memoryIo(JSON.stringify(input));
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe("clauses report", () => {
  it("prints the buyers' bilans, whose hours add up to the territory's", async () => {
    const { code, out, err } = await run(["report", "--input", "-", "--by", "buyer", "--audience", "buyer"]);
    expect([code, err]).toEqual([0, ""]);
    const view = JSON.parse(out) as ReportView;
    expect(view.bilans.map((bilan) => [bilan.scope.id, bilan.hours.due, bilan.hours.realised])).toEqual([
      ["VILLE-VR", 1050, 950],
      ["HABITAT-SUD", 400, 400],
      ["DEPT-VAL", 550, 403.1],
    ]);
    expect(view.total.hours.realised).toBe(1753.1);
    expect(view).toMatchObject({ audience: "buyer", personalData: false, smallCount: 5, rulePack: "national@2026.11.1" });
  });

  it("gives the facilitator every count, the criteria and the lines, marked as personal data", async () => {
    const { out } = await run(["report", "--input", "-", "--by", "buyer"]);
    const view = JSON.parse(out) as ReportView;
    expect(view.personalData).toBe(true);
    expect(view.bilans.map((bilan) => bilan.participants.total)).toEqual([5, 3, 5]);
    expect(view.total.participants.total).toBe(7);
    expect(view.bilans[0]?.trace).toEqual({ contracts: ["M1", "M4"], lines: "lines[0–14, 36–45]" });
    expect(peopleBreakdown(view.total)?.criterion?.map((part) => part.code)).toContain("JEUNE");
  });

  it("reports a year, a period of whole months, and says why a mid-month date is refused", async () => {
    const { out } = await run(["report", "--input", "-", "--by", "year", "--from", "2026-01-01", "--to", "2026-06-30"]);
    const view = JSON.parse(out) as ReportView;
    expect(view.bilans.map((bilan) => bilan.period?.label)).toEqual(["janvier 2026 – juin 2026"]);
    expect(view.total.months.map((month) => month.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
    const refused = await run(["report", "--input", "-", "--by", "buyer", "--from", "2026-01-15"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^--from : les bilans se font par mois entiers/);
  });

  it("names every bad option at once", async () => {
    const { code, err } = await run(["report", "--input", "-", "--by", "acheteur", "--audience", "elus", "--policy", "hasard"]);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toEqual([
      "--by : « acheteur » n'est pas une valeur possible (buyer, contract, company, year)",
      "--audience : « elus » n'est pas une valeur possible (facilitator, buyer, company)",
      expect.stringMatching(/^--policy : /),
    ]);
  });
});

describe("clauses report --out", () => {
  const out = path.join(tmpdir(), `clauses-bilans-${process.pid}`);

  it("writes one workbook per buyer, which LibreOffice opens with the same figures and no small count", () => {
    const input = path.join(out, "territoire.json");
    mkdirSync(out, { recursive: true });
    writeFileSync(input, JSON.stringify(territory));
    const result = runCli(["report", "--input", input, "--by", "buyer", "--out", out]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const files = JSON.parse(result.stdout).files as { scope: string; file: string }[];
    expect(files.map((file) => path.basename(file.file))).toEqual([
      "bilan-acheteur-VILLE-VR.xlsx",
      "bilan-acheteur-HABITAT-SUD.xlsx",
      "bilan-acheteur-DEPT-VAL.xlsx",
    ]);
    const view = JSON.parse(runCli(["report", "--input", input, "--by", "buyer", "--audience", "buyer"]).stdout) as ReportView;
    const sheets = openInLibreOffice(files[0]?.file as string);
    const bilan = sheets["Bilan"] as string[][];
    const row = (label: string) => bilan.find((cells) => cells[0] === label) ?? [];
    expect(bilan[0]?.[0]).toBe("Bilan de la clause sociale — VILLE-VR");
    expect(row("Heures dues")[1]).toBe("1,050.00");
    expect(row("Heures réalisées")[1]).toBe("950.00");
    expect(row("Taux de réalisation")[1]).toBe(`${((view.bilans[0]?.hours.rate as number) * 100).toFixed(1)}%`);
    expect(row("M1 — Réhabilitation de l'école Jean-Moulin").slice(2, 4)).toEqual(["600.00", "600.00"]);
    expect(row("Participants (personnes distinctes)")[1]).toBe(String(view.bilans[0]?.participants.total));
    expect(row("Sexe — Femme")[1]).toBe("< 5");
    // No count between 1 and 4 anywhere, in any sheet: people and contract counts are all ≥ 5, 0, « < 5 » or « masqué ».
    for (const cells of Object.values(sheets).flat()) {
      for (const cell of cells) expect(cell).not.toMatch(/^P00\d$|JEUNE|DELD|naissance/);
    }
    const counts = bilan.filter((cells) =>
      /^(Participants|Sexe|Âge|Résidence|Sortie|Situation|Contrats|CDI|CDD|Intérim|Apprentissage|Mise à disposition)/.test(cells[0] ?? ""),
    );
    for (const cells of counts) expect(cells[1]).not.toMatch(/^[1-4]$/);
    expect(sheets["Données"]?.[0]).toEqual([
      "Périmètre",
      "Indicateur",
      "Valeur",
      "Unité",
      "Période",
      "Paquet de règles",
      "Source",
      "Diffusion",
    ]);
  });

  it("writes PDFs through LibreOffice, and never exports the facilitator's view", () => {
    const input = path.join(out, "territoire.json");
    const pdf = runCli(["report", "--input", input, "--by", "company", "--out", out, "--format", "pdf"]);
    expect([pdf.code, pdf.stderr]).toEqual([0, ""]);
    const files = JSON.parse(pdf.stdout).files as { file: string }[];
    expect(files).toHaveLength(3);
    expect(
      readFileSync(files[0]?.file as string)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const refused = runCli(["report", "--input", input, "--by", "buyer", "--out", out, "--audience", "facilitator"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/la vue interne \(données personnelles\) ne s'exporte pas/);
  });
});

describe("clauses report --register", () => {
  it("records each release to a buyer and protects the next one with the earlier ones; the JSON keeps its shape", async () => {
    const folder = path.join(tmpdir(), `clauses-register-${process.pid}-${Date.now()}`);
    mkdirSync(folder, { recursive: true });
    const register = path.join(folder, "diffusions.json");
    const ask = (by: string, period: string) =>
      run(["report", "--input", "-", "--by", by, "--audience", "buyer", "--period", period, "--register", register]);
    const first = await ask("buyer", "2026-01:2026-12");
    expect([first.code, first.err]).toEqual([0, ""]);
    const second = await ask("contract", "2026-01:2026-12");
    expect([second.code, second.err]).toEqual([0, ""]);
    // January–June after January–December was refused on the demo (code 2, nothing recorded): it now
    // leaves, protected or — when the protection cannot prove it safe — withheld, and it is recorded.
    const overlapping = await ask("contract", "2026-01:2026-06");
    expect(overlapping.code).toBe(0);
    const third = JSON.parse(overlapping.out) as ReportView;
    const releases = (
      JSON.parse(readFileSync(register, "utf8")) as { releases: { period: unknown; digest: string; hidden: Record<string, string> }[] }
    ).releases;
    expect(releases.map((release) => release.period)).toEqual([
      { from: "2026-01", to: "2026-12" },
      { from: "2026-01", to: "2026-12" },
      { from: "2026-01", to: "2026-06" },
    ]);
    // On the demo, the months overlap too much for the whole release: it leaves with its outcomes left
    // out (the ladder's second step), the other counts protected, and the register says so.
    expect(third.withheld?.families).toEqual(["outcomes"]);
    expect(overlapping.err).toMatch(
      /^Diffusion sans sorties \(autres effectifs protégés, heures exactes\) : Sorties et situations à 6 mois non diffusées/,
    );
    expect(releases[2]?.hidden).toMatchObject({ "*|outcomes": "withheld" });
    expect(releases[2]?.hidden["*"]).toBeUndefined();
    // The second release keeps every cell the first hid.
    expect(releases[1]?.hidden).toMatchObject(releases[0]?.hidden ?? {});
    expect(releases[0]?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    // No person in the register: cell keys name months, contracts and categories only.
    expect(JSON.stringify(releases)).not.toMatch(/P0\d\d/);
    const view = JSON.parse(second.out) as ReportView;
    expect(Object.keys(view)).toEqual(expect.arrayContaining(["audience", "smallCount", "hiddenCounts", "total", "bilans"]));
    // A small group: its total only, and why.
    const small = view.bilans.find((bilan) => "breakdown" in bilan.participants);
    expect(small?.participants).toMatchObject({ total: "< 5", breakdown: null, reason: expect.stringMatching(/^Moins de 5 personnes/) });
    // Hours stay exact: the facilitator's own figures for the same months.
    const internal = JSON.parse(
      (await run(["report", "--input", "-", "--by", "contract", "--period", "2026-01:2026-12"])).out,
    ) as ReportView;
    expect(view.total.hours).toEqual(internal.total.hours);
  });

  it("gives a release of months an earlier one withheld without its people figures, hours exact, says why and records it", async () => {
    const folder = path.join(tmpdir(), `clauses-register-withheld-${process.pid}-${Date.now()}`);
    mkdirSync(folder, { recursive: true });
    const register = path.join(folder, "diffusions.json");
    const withheld = {
      recipient: "company:company",
      audience: "company",
      scopes: ["company:BTP-RIVIERE"],
      period: { from: "2026-01", to: "2026-12" },
      reference: "2026-11-26",
      hidden: { "*": "withheld" },
      digest: `sha256:${"0".repeat(64)}`,
    };
    writeFileSync(register, JSON.stringify({ releases: [withheld] }));
    const year = ["--by", "buyer", "--period", "2026-01:2026-12"];
    const { code, out, err } = await run(["report", "--input", "-", ...year, "--audience", "buyer", "--register", register]);
    // Before the fallback a register holding a withheld release was not even read (« hidden » only knew small and complementary).
    expect([code, err]).toEqual([
      0,
      "Diffusion sans effectifs (heures exactes) : Effectifs non diffusés : une diffusion précédente des mêmes mois n'a pas donné ses effectifs : ils restent non diffusés ; les heures sont exactes.\n",
    ]);
    const view = JSON.parse(out) as ReportView;
    expect(view.withheld).toEqual({ cause: "earlier", reason: expect.stringMatching(/^Effectifs non diffusés : /) });
    expect(view.notice).toMatch(/« masqué » ne dit ici rien du nombre/);
    const internal = JSON.parse((await run(["report", "--input", "-", ...year])).out) as ReportView;
    for (const [index, bilan] of [view.total, ...view.bilans].entries()) {
      const fact = index === 0 ? internal.total : internal.bilans[index - 1];
      expect(bilan.hours).toEqual(fact?.hours);
      expect(bilan.participants).toEqual({ total: "masqué", breakdown: null, reason: view.withheld?.reason });
      expect(bilan.contracts.map((row) => row.participants)).toEqual(bilan.contracts.map(() => "masqué"));
    }
    const releases = (JSON.parse(readFileSync(register, "utf8")) as { releases: { hidden: unknown; recipient: string }[] }).releases;
    expect(releases.map((release) => [release.recipient, release.hidden])).toEqual([
      ["company:company", { "*": "withheld" }],
      ["buyer:buyer", { "*": "withheld" }],
    ]);
  });

  it("on a workbook, records each release in its « Diffusions » table and protects the next one with it", async () => {
    const folder = path.join(tmpdir(), `clauses-register-xlsx-${process.pid}-${Date.now()}`);
    mkdirSync(folder, { recursive: true });
    const book = path.join(folder, "classeur.xlsx");
    writeFileSync(book, readFileSync(path.join(__dirname, "../../../assets/demo-territoire.xlsx")));
    const ask = (by = "buyer", period = "2026-01:2026-12") =>
      run(["report", "--input", book, "--by", by, "--audience", "buyer", "--period", period]);
    const first = await ask();
    expect([first.code, first.err]).toEqual([0, ""]);
    const second = await ask();
    expect([second.code, second.err]).toEqual([0, ""]);
    // January–June by contract after the year: never refused; withheld when it cannot be protected, and « Diffusions » says which.
    const third = await ask("contract", "2026-01:2026-06");
    expect(third.code).toBe(0);
    const thirdWithheld = (JSON.parse(third.out) as ReportView).withheld;
    const { Workbook } = await import("exceljs");
    const workbook = new Workbook();
    await workbook.xlsx.readFile(book);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Diffusions")?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([
      "Destinataire",
      "Public",
      "Bilans remis",
      "Période",
      "Date de référence",
      "Cases cachées",
      "Empreinte des chiffres",
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ["buyer:buyer", "2026-01:2026-12"],
      ["buyer:buyer", "2026-01:2026-12"],
      ["buyer:contract", "2026-01:2026-06"],
    ]);
    // Its outcomes left out (the ladder's second step), recorded compactly; the other hidden cells one by one.
    expect(thirdWithheld?.families).toEqual(["outcomes"]);
    expect(String(rows[3]?.[5])).toContain('"*|outcomes":"withheld"');
    // The second release keeps what the first hid (same figures: the same masks), and holds no person.
    expect(rows[2]?.[5]).toBe(rows[1]?.[5]);
    expect(JSON.stringify(rows)).not.toMatch(/P0\d\d/);
    expect(JSON.parse(second.out)).toMatchObject({ audience: "buyer", smallCount: 5 });
    const refused = await run(["report", "--input", book, "--audience", "buyer", "--register", path.join(folder, "d.json")]);
    expect([refused.code, refused.err]).toEqual([2, expect.stringMatching(/registre des diffusions \(tableau Diffusions\)/)]);
  });

  it("refuses a --period that is not two whole months in order", async () => {
    const { code, err } = await run(["report", "--input", "-", "--audience", "buyer", "--period", "2026-12:2026-01"]);
    expect(code).toBe(2);
    expect(err).toMatch(/^--period : une période de mois entiers AAAA-MM:AAAA-MM est attendue/);
  });
});

describe("clauses retention", () => {
  it("asks for the retention period the national pack leaves open, then lists who is due", async () => {
    const unset = await run(["retention", "--input", "-"]);
    expect(unset.code).toBe(2);
    expect(unset.err).toMatch(/^--years : la durée de conservation n'est pas fixée/);
    const { code, out } = await run(["retention", "--input", "-", "--years", "1"]);
    expect(code).toBe(0);
    // The CLI's today is the machine's: the demo's 2026 activity is only due a year later.
    expect(JSON.parse(out)).toMatchObject({ years: 1, purged: 0 });
  });

  it("refuses to purge without a separate output file", async () => {
    const { code, err } = await run(["retention", "--input", "-", "--years", "1", "--purge"]);
    expect(code).toBe(2);
    expect(err).toMatch(/indiquez --out FICHIER\.json/);
  });
});
