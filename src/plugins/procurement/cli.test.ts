/**
 * `clauses decp radar|import` from outside: the documented JSON contract on the generated DECP file
 * of known content and on the official example, and the import conventions (dry run, exit 2 and
 * nothing written on bad input, the output never an input).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buyersTable, companiesTable, decodeTable, digestOf, marketsTable, type TableDef, type TableRecord } from "../../../domain";
import { BUILDER, CLEANER, ELSEWHERE, STATE, territoryDecp, TOWN } from "../../../domain/procurement/test-decp";
import { memoryIo } from "../../../test/support/memory-io";
import { runCli } from "../../../test/support/run-cli";
import { main } from "../../cli/main";
import { XlsxWorkbook } from "../../workbook/xlsx-workbook";

const OFFICIAL = "/work/shared/reference/decp/exemple-marches-concessions.json";
const dir = mkdtempSync(path.join(tmpdir(), "clauses-decp-"));
const DECP = path.join(dir, "decp.json");
writeFileSync(DECP, JSON.stringify(territoryDecp()));

async function workbookFile(name: string, buyers: TableRecord[], companies: TableRecord[] = []): Promise<string> {
  const workbook = XlsxWorkbook.create();
  await workbook.writeTables([
    { table: buyersTable, records: buyers, mode: "append" },
    { table: companiesTable, records: companies, mode: "append" },
    { table: marketsTable, records: [], mode: "append" },
  ]);
  await workbook.writeSetting("clauses.schemaVersion", 2);
  const file = path.join(dir, name);
  writeFileSync(file, await workbook.toBytes());
  return file;
}

async function tableOf(file: string, table: TableDef) {
  const workbook = await XlsxWorkbook.load(new Uint8Array(readFileSync(file)));
  const snapshot = await workbook.readTable(table);
  return decodeTable(table, [snapshot!.headers, ...snapshot!.rows], { firstRow: snapshot!.headerRow + 1 }).rows.map((row) => row.values);
}

describe("clauses decp radar", () => {
  it("prints exactly the documented contract (child process)", () => {
    const run = runCli(["decp", "radar", DECP, "--buyers", `${TOWN},${STATE}`, "--year", "2026", "--today", "2026-12-01"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      buyers: [
        { siret: TOWN, year: 2026, contracts: 7, withSocial: 2, rate: 0.2857, target: 0.3 },
        { siret: STATE, year: 2026, contracts: 2, withSocial: 1, rate: 0.5, target: 0.3 },
      ],
      art35Missing: [
        { buyer: TOWN, id: "V26-03", montant: 250000, dateNotification: "2026-09-15", threshold: 216000 },
        { buyer: TOWN, id: "V26-06", montant: 216000, dateNotification: "2026-08-22", threshold: 216000 },
      ],
      renewals: [
        { buyer: TOWN, cpv: "90919200", lastId: "V23-NET", ends: "2026-12-31", estimatedHours: null },
        { buyer: TOWN, cpv: "45442100", lastId: "V24-PEI", ends: "2027-06-30", estimatedHours: 233 },
      ],
      rejected: 2,
    });
    expect(run.stderr).toContain("24 enregistrement(s) lus : 19 retenu(s), 3 hors du territoire, 2 rejeté(s).");
    expect(run.stderr).toContain("marche n° 23 « V26-BAD2 » : montant : doit être supérieur ou égal à 1 (reçu « 0 »)");
  });

  it("applies the State's threshold with --buyer-type, and says what produced the figures with --detail", async () => {
    const io = memoryIo();
    const args = ["decp", "radar", DECP, "--buyers", `${TOWN},${STATE}`, "--year", "2026", "--today", "2026-12-01"];
    expect(await main([...args, "--buyer-type", `${STATE}=etat`, "--detail"], io)).toBe(0);
    const out = JSON.parse(io.out);
    expect(out.art35Missing.map((flag: { id: string }) => flag.id)).toEqual(["V26-03", "V26-06", "E26-01"]);
    expect(out).toMatchObject({
      rulePack: expect.stringMatching(/^national@/),
      options: { buyers: [TOWN, STATE], year: 2026, today: "2026-12-01", buyerTypes: { [TOWN]: "collectivite", [STATE]: "etat" } },
      targets: [{ year: 2026, value: 0.3, confirmed: false }],
      notFollowed: [{ id: "V26-01" }, { id: "E26-02" }],
      read: { records: 24, kept: 19, skipped: 3, duplicates: 0, shape: "nested" },
    });
  });

  it("covers every buyer found at a place when only --places is given", async () => {
    const io = memoryIo();
    expect(await main(["decp", "radar", DECP, "--places", "315", "--year", "2026", "--today", "2026-12-01"], io)).toBe(0);
    // Only the bridge of the buyer from elsewhere is carried out in 315xx.
    expect(JSON.parse(io.out).buyers).toEqual([{ siret: ELSEWHERE, year: 2026, contracts: 1, withSocial: 1, rate: 1, target: 0.3 }]);
  });

  it("reads the official example", async () => {
    const io = memoryIo();
    expect(await main(["decp", "radar", OFFICIAL, "--buyers", "21750001630066,21750001630040", "--today", "2026-12-01"], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({
      buyers: [
        { siret: "21750001630066", year: 2024, contracts: 1, withSocial: 1, rate: 1, target: 0.3 },
        { siret: "21750001630040", year: 2024, contracts: 1, withSocial: 1, rate: 1, target: 0.3 },
      ],
      art35Missing: [],
      renewals: [],
      rejected: 0,
    });
  });

  it("exits 2 with a French message on bad input", async () => {
    const cases: [string[], RegExp][] = [
      [["decp", "radar", DECP], /indiquez les acheteurs suivis/],
      [["decp", "radar", DECP, "--buyers", "123"], /« 123 » n'est pas un SIRET/],
      [["decp", "radar", path.join(dir, "absent.json"), "--buyers", TOWN], /impossible de lire le fichier/],
      [["decp", "radar", DECP, "--buyers", TOWN, "--year", "26"], /--year attend une année/],
      [["decp", "radar", DECP, "--buyers", TOWN, "--buyer-type", "mairie"], /type d'acheteur inconnu « mairie »/],
      [["decp", "lister", DECP], /indiquez l'action : radar, import ou screen/],
    ];
    for (const [args, message] of cases) {
      const io = memoryIo();
      expect(await main(args, io)).toBe(2);
      expect(io.err).toMatch(message);
    }
  });
});

describe("clauses decp import", () => {
  const buyers = [
    { id: "VILLE", name: "Ville", buyerType: "collectivite", siret: TOWN },
    { id: "PREF", name: "Préfecture", buyerType: "etat", siret: STATE },
  ];
  const companies = [{ id: "NET-PRO", name: "Net Pro", siret: CLEANER }];

  it("adds the clauses' contracts to Marchés, amounts and durations after amendments, dates marked estimated, holders to Entreprises", async () => {
    const into = await workbookFile("guichet.xlsx", buyers, companies);
    const before = digestOf(readFileSync(into).toString("base64"));
    const out = path.join(dir, "nouveau.xlsx");
    const io = memoryIo();
    expect(await main(["decp", "import", DECP, "--into", into, "--out", out], io)).toBe(0);
    const common = { company: BUILDER, datesEstimated: true, nature: "Marché" };
    expect(await tableOf(out, marketsTable)).toEqual([
      // 100 000 € for 18 months, amended to 130 000 € for 24 months.
      {
        id: "V26-01",
        label: "Réhabilitation du gymnase",
        buyer: "VILLE",
        trade: "batiment",
        amount: 130000,
        start: "2026-02-02",
        end: "2028-02-01",
        cpv: "45210000",
        decpId: "V26-01",
        ...common,
      },
      {
        id: "V24-EV",
        label: "Entretien des espaces verts communaux",
        buyer: "VILLE",
        trade: "espaces-verts",
        amount: 150000,
        start: "2024-03-01",
        end: "2027-02-28",
        cpv: "77310000",
        decpId: "V24-EV",
        ...common,
      },
      // « Marché réservé ».
      {
        id: "E26-02",
        label: "Entretien du jardin de la préfecture",
        buyer: "PREF",
        trade: "espaces-verts",
        amount: 50000,
        start: "2026-04-01",
        end: "2027-03-31",
        cpv: "77310000",
        decpId: "E26-02",
        ...common,
      },
    ]);
    expect(await tableOf(out, companiesTable)).toEqual([
      { id: "NET-PRO", name: "Net Pro", siret: CLEANER },
      { id: BUILDER, siret: BUILDER },
    ]);
    const report = JSON.parse(io.out);
    expect(report).toMatchObject({
      read: { records: 24, kept: 19, rejected: 2, withoutClause: 16 },
      markets: { written: 3, alreadyPresent: [], rejected: [] },
      companies: { written: 1 },
    });
    expect(digestOf(readFileSync(into).toString("base64"))).toBe(before);

    // Imported again: nothing new, nothing overwritten.
    const again = memoryIo();
    const second = path.join(dir, "encore.xlsx");
    expect(await main(["decp", "import", DECP, "--into", out, "--out", second], again)).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({
      markets: { written: 0, alreadyPresent: [{ id: "V26-01" }, { id: "V24-EV" }, { id: "E26-02" }] },
    });
    expect(await tableOf(second, marketsTable)).toHaveLength(3);
  });

  it("keeps to the buyers named with --buyers, and only reports with --dry-run", async () => {
    const into = await workbookFile("guichet-2.xlsx", buyers);
    const io = memoryIo();
    expect(await main(["decp", "import", DECP, "--into", into, "--buyers", STATE, "--dry-run"], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.dryRun).toBe(true);
    expect(report.markets.ready.map((row: { id: string }) => row.id)).toEqual(["E26-02"]);
    expect(report.markets.written).toBe(0);
  });

  it("imports the official example's market whose buyer has a valid SIRET", async () => {
    const into = await workbookFile("paris.xlsx", [{ id: "PARIS", siret: "21750001630040" }]);
    const out = path.join(dir, "paris-nouveau.xlsx");
    const io = memoryIo();
    expect(await main(["decp", "import", OFFICIAL, "--into", into, "--out", out], io)).toBe(0);
    expect(await tableOf(out, marketsTable)).toEqual([
      {
        id: "TEST2022Bis",
        label: "envoi pour Json test 2",
        buyer: "PARIS",
        company: "55204599900869",
        trade: "batiment",
        // The amendment sets 123 457,87 € and 12 months from 15/05/2024.
        amount: 123457.87,
        start: "2024-05-15",
        end: "2025-05-14",
        datesEstimated: true,
        cpv: "45000000",
        nature: "Marché",
        decpId: "TEST2022Bis",
      },
    ]);
    expect(JSON.parse(io.out).warnings).toEqual([expect.stringContaining("un avenant change les titulaires")]);
  });

  it("exits 2 and writes nothing on bad input; the output is never an input", async () => {
    const into = await workbookFile("guichet-3.xlsx", buyers);
    const broken = path.join(dir, "coupe.json");
    writeFileSync(broken, JSON.stringify(territoryDecp()).slice(0, 4000));
    const noSiret = await workbookFile("sans-siret.xlsx", [{ id: "VILLE" }]);
    const cases: [string[], RegExp][] = [
      [["decp", "import", broken, "--into", into, "--out", path.join(dir, "a.xlsx")], /n'est pas un JSON lisible \(document incomplet/],
      [
        ["decp", "import", DECP, "--into", into, "--buyers", "21690001800012", "--out", path.join(dir, "b.xlsx")],
        /aucun acheteur du tableau Acheteurs n'a le SIRET « 21690001800012 »/,
      ],
      [["decp", "import", DECP, "--into", noSiret, "--out", path.join(dir, "c.xlsx")], /aucun acheteur du tableau Acheteurs n'a de SIRET/],
      [["decp", "import", DECP, "--into", into, "--out", into], /est aussi un fichier d'entrée/],
      [["decp", "import", DECP, "--into", into], /--out NOUVEAU\.xlsx/],
    ];
    for (const [args, message] of cases) {
      const io = memoryIo();
      expect(await main(args, io)).toBe(2);
      expect(io.err).toMatch(message);
    }
    for (const name of ["a.xlsx", "b.xlsx", "c.xlsx"]) expect(existsSync(path.join(dir, name))).toBe(false);
  });
});

describe("clauses decp screen", () => {
  it("screens the demo workbook's plan, best first, and writes the note d'opportunité of one buyer", async () => {
    const demo = path.join(__dirname, "../../../assets/demo-territoire.xlsx");
    const note = path.join(dir, "note.docx");
    const io = memoryIo();
    expect(
      await main(["decp", "screen", demo, "--wanted", "peinture", "--today", "2026-12-01", "--buyer", "VILLE-VR", "--note", note], io),
    ).toBe(0);
    const out = JSON.parse(io.out);
    expect(out.purchases.map((purchase: { id: string; score: number }) => [purchase.id, purchase.score])).toEqual([
      ["P2027-01", 60],
      ["P2027-03", 0],
    ]);
    expect(out).toMatchObject({
      errors: [],
      rulePack: expect.stringMatching(/^national@/),
      options: { today: "2026-12-01", wantedTrades: ["peinture"] },
    });
    expect(readFileSync(note).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(io.err).toBe(`Note d'opportunité écrite dans ${note}\n`);
    const unknown = memoryIo();
    expect(await main(["decp", "screen", demo, "--buyer", "MAIRIE"], unknown)).toBe(2);
    expect(unknown.err).toMatch(/acheteur « MAIRIE » absent du tableau Acheteurs/);
  });
});
