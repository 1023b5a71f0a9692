import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import { decodeTable, digestOf, hoursTable, WORKBOOK_SCHEMA_VERSION, type TableDef } from "../../../domain";
import { runCli } from "../../../test/support/run-cli";
import { main, type Io } from "../../cli/main";
import { DEMO_XLSX_PATH } from "../../demo/demo-xlsx";
import { demoHours } from "../../demo/territory";
import { XlsxWorkbook } from "../../workbook/xlsx-workbook";
import { territoryPack } from "../../../test/support/territory-pack";

const ROOT = path.join(__dirname, "..", "..", "..");
const DEMO = path.join(ROOT, DEMO_XLSX_PATH);

function memoryIo(): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readStdin: async () => "",
  };
  return io;
}

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), "clauses-cli-"));
}

async function tableOf(file: string, table: TableDef) {
  const workbook = await XlsxWorkbook.load(new Uint8Array(readFileSync(file)));
  const snapshot = await workbook.readTable(table);
  return decodeTable(table, [snapshot!.headers, ...snapshot!.rows], { firstRow: snapshot!.headerRow + 1 });
}

async function writeXlsx(file: string, build: (book: Workbook) => void): Promise<void> {
  const book = new Workbook();
  build(book);
  writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
}

describe("clauses run", () => {
  it("recalculates the demo workbook into a new file and leaves the input untouched (child process)", () => {
    const dir = scratch();
    const out = path.join(dir, "resultat.xlsx");
    const before = digestOf(readFileSync(DEMO).toString("base64"));
    const run = runCli(["run", DEMO, "--out", out, "--policy", "earliest-end"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      out,
      schema: { from: WORKBOOK_SCHEMA_VERSION, to: WORKBOOK_SCHEMA_VERSION, edits: [] },
      rulePack: expect.stringMatching(/^national@/),
      options: { policy: "earliest-end" },
      written: expect.arrayContaining([{ table: "Ventilation", rows: expect.any(Number) }]),
    });
    expect(existsSync(out)).toBe(true);
    expect(digestOf(readFileSync(DEMO).toString("base64"))).toBe(before);
  });

  it("writes nothing and lists every located problem when the workbook is wrong", async () => {
    const dir = scratch();
    const input = path.join(dir, "classeur.xlsx");
    await writeXlsx(input, (book) =>
      book.addWorksheet("Heures").addTable({
        name: "Heures",
        ref: "A1",
        columns: ["Entreprise", "Début", "Fin", "Heures"].map((name) => ({ name })),
        rows: [
          ["X", "31/02/2026", "2026-03-01", 7],
          ["X", "2026-03-01", "2026-03-31", -3],
        ],
      }),
    );
    const io = memoryIo();
    const out = path.join(dir, "resultat.xlsx");
    expect(await main(["run", input, "--out", out], io)).toBe(2);
    expect(io.err).toBe(
      "Heures, ligne 2, colonne « Début » : la date « 31/02/2026 » n'existe pas\nHeures, ligne 3, colonne « Heures » : « -3 » : doit être positif ou nul\n",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("migrates a version 0 workbook in the copy it writes, and says what it renamed", async () => {
    const dir = scratch();
    const input = path.join(dir, "ancien.xlsx");
    await writeXlsx(input, (book) => {
      book.addWorksheet("Companies").addTable({ name: "Companies", ref: "A1", columns: [{ name: "Company" }], rows: [["X"]] });
      book.addWorksheet("Hours").addTable({
        name: "Hours",
        ref: "A1",
        columns: ["Company", "Start", "End", "Hours"].map((name) => ({ name })),
        rows: [["X", new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 0, 31)), 35]],
      });
    });
    const before = digestOf(readFileSync(input).toString("base64"));
    const io = memoryIo();
    const out = path.join(dir, "nouveau.xlsx");
    expect(await main(["run", input, "--out", out], io)).toBe(0);
    expect(JSON.parse(io.out).schema).toEqual({
      from: 0,
      to: WORKBOOK_SCHEMA_VERSION,
      edits: [
        "Tableau Companies : la colonne « Company » devient « Entreprise »",
        "Le tableau Companies devient Entreprises",
        "La feuille « Companies » devient « Entreprises »",
        "Tableau Hours : la colonne « Company » devient « Entreprise »",
        "Tableau Hours : la colonne « Start » devient « Début »",
        "Tableau Hours : la colonne « End » devient « Fin »",
        "Tableau Hours : la colonne « Hours » devient « Heures »",
        "Le tableau Hours devient Heures",
        "La feuille « Hours » devient « Heures »",
        // Version 2 (schema 1 → 2) adds nothing here: neither Acheteurs nor Marchés is in this workbook.
        "Tableau Entreprises : ajout de la colonne « Contact » (vide)",
        "Tableau Heures : ajout de la colonne « Relevé » (vide)",
        "Tableau Heures : ajout de la colonne « Version du relevé » (vide)",
        "Tableau Heures : ajout de la colonne « Reçu le » (vide)",
        // Version 4 (issue 12) adds the sub-contracted amount to Heures, applied to the copy by the .xlsx adapter.
        "Tableau Heures : ajout de la colonne « Montant facturé HT » (vide)",
      ],
    });
    expect((await tableOf(out, hoursTable)).rows.map((row) => row.values)).toEqual([
      { company: "X", start: "2026-01-01", end: "2026-01-31", hours: 35 },
    ]);
    const migrated = await XlsxWorkbook.load(new Uint8Array(readFileSync(out)));
    expect(await migrated.readSetting("clauses.schemaVersion")).toBe(WORKBOOK_SCHEMA_VERSION);
    expect(digestOf(readFileSync(input).toString("base64"))).toBe(before);
  });

  it("applies the rule pack stored in the workbook, unless --rules gives another", async () => {
    const dir = scratch();
    const input = path.join(dir, "territoire.xlsx");
    const territory = territoryPack({}, { version: "3" });
    const workbook = await XlsxWorkbook.load(new Uint8Array(readFileSync(DEMO)));
    await workbook.writeSetting("clauses.territoryPack", territory);
    writeFileSync(input, await workbook.toBytes());
    const stored = memoryIo();
    expect(await main(["run", input, "--out", path.join(dir, "a.xlsx")], stored)).toBe(0);
    expect(JSON.parse(stored.out).rulePack).toMatch(/^plie-sud@3\+national@/);
    const rules = path.join(dir, "autre.json");
    writeFileSync(rules, JSON.stringify({ ...territory, meta: { ...territory.meta, id: "autre", version: "1" } }));
    const given = memoryIo();
    expect(await main(["run", input, "--out", path.join(dir, "b.xlsx"), "--rules", rules], given)).toBe(0);
    expect(JSON.parse(given.out).rulePack).toMatch(/^autre@1\+national@/);
  });

  it("refuses a newer workbook, an output that is the input, and files that are not workbooks", async () => {
    const dir = scratch();
    const newer = path.join(dir, "futur.xlsx");
    const workbook = XlsxWorkbook.create();
    await workbook.writeSetting("clauses.schemaVersion", 99);
    writeFileSync(newer, await workbook.toBytes());
    const csv = path.join(dir, "heures.csv");
    writeFileSync(csv, "Entreprise;Heures\nX;7\n");
    const cases: [string[], RegExp | string][] = [
      [
        ["run", newer, "--out", path.join(dir, "r.xlsx")],
        `version plus récente du complément (schéma 99 ; celle-ci connaît le schéma ${WORKBOOK_SCHEMA_VERSION})`,
      ],
      [["run", DEMO, "--out", DEMO], /--out « .* » est aussi un fichier d'entrée/],
      [["run", csv, "--out", path.join(dir, "r.xlsx")], /heures\.csv » : ce fichier n'est pas un classeur Excel \.xlsx lisible/],
      [["run", path.join(dir, "absent.xlsx"), "--out", path.join(dir, "r.xlsx")], /impossible de lire le fichier « .*absent\.xlsx »/],
      [["run", DEMO], /indiquez le fichier résultat avec --out RESULTAT\.xlsx/],
    ];
    for (const [args, message] of cases) {
      const io = memoryIo();
      expect(await main(args, io)).toBe(2);
      expect(io.err).toMatch(message);
    }
  });
});

describe("clauses import", () => {
  it("imports the demo's old spreadsheet into its Heures table, reporting the four bad rows (child process)", async () => {
    const dir = scratch();
    const out = path.join(dir, "classeur.xlsx");
    const run = runCli(["import", DEMO, "--sheet", "Ancien suivi", "--table", "Heures", "--into", DEMO, "--out", out]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ sheet: "Ancien suivi", range: "A1:H13", headerRow: 3, table: "Heures", written: 5, alreadyPresent: 0 });
    expect(report.mapping).toEqual([
      { column: "Date de fin", to: "Fin" },
      { column: "Salarié", to: "Participant" },
      { column: "Nb heures", to: "Heures" },
      { column: "Société", to: "Entreprise" },
      { column: "Chantier", to: "Marché" },
      { column: "Commentaire", to: null },
      { column: "Date début", to: "Début" },
      { column: "Type contrat", to: "Type de contrat" },
    ]);
    expect(run.stderr.split("\n")).toEqual([
      "Ancien suivi, ligne 7 : « Nb heures » (Heures) : « -28 » : doit être positif ou nul",
      "Ancien suivi, ligne 8 : « Date de fin » (Fin) : la date « 31/11/2026 » n'existe pas",
      "Ancien suivi, ligne 9 : « Société » (Entreprise) : entreprise « BTP RIVIERE » inconnue : elle n'est pas dans le tableau Entreprises (vouliez-vous dire « BTP-RIVIERE » ?)",
      "Ancien suivi, ligne 11 : « Date de fin » (Fin) : la fin (15/12/2026) précède le début (20/12/2026)",
      "5 ligne(s) prête(s), 0 déjà présente(s), 4 rejetée(s).",
      "",
    ]);
    const hours = (await tableOf(out, hoursTable)).rows;
    expect(hours).toHaveLength(demoHours.length + 5);
    expect(hours.at(-1)?.values).toEqual({
      participant: "P005",
      company: "PROPRETE-VR",
      market: "M4",
      start: "2026-12-01",
      end: "2026-12-31",
      hours: 21,
      contractType: "CDD",
    });
  });

  it("follows the mapping file's corrections and date order, and a dry run writes nothing", async () => {
    const dir = scratch();
    const sheet = path.join(dir, "export.xlsx");
    await writeXlsx(sheet, (book) => {
      book.addWorksheet("Export").addRows([
        ["Code", "Du", "Au", "Volume", "Rem."],
        ["BTP-RIVIERE", "02/03/2026", "03/04/2026", 35, "X"],
      ]);
    });
    const mapping = path.join(dir, "map.json");
    writeFileSync(mapping, JSON.stringify({ table: "Heures", dateOrder: "mdy", columns: { Code: "Entreprise", "Rem.": null } }));
    const io = memoryIo();
    expect(await main(["import", sheet, "--mapping", mapping, "--into", DEMO, "--dry-run"], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report).toMatchObject({ dryRun: true, written: 0, ready: 1, rejected: [], dateOrder: { order: "mdy", chosen: true } });
    expect(existsSync(path.join(dir, "classeur.xlsx"))).toBe(false);

    writeFileSync(mapping, JSON.stringify({ table: "Heures", columns: { Code: "Entreprise" } }));
    const ambiguous = memoryIo();
    expect(await main(["import", sheet, "--mapping", mapping, "--into", DEMO, "--dry-run"], ambiguous)).toBe(0);
    expect(JSON.parse(ambiguous.out).rejected).toHaveLength(1);
    expect(ambiguous.err).toContain(
      'Ordre des dates à préciser (« 02/03/2026 ») : ajoutez "dateOrder": "dmy" (jour/mois) ou "mdy" (mois/jour) au fichier de correspondance.',
    );

    writeFileSync(mapping, JSON.stringify({ table: "Heures", columns: { Code: null } }));
    const incomplete = memoryIo();
    expect(await main(["import", sheet, "--mapping", mapping, "--out", path.join(dir, "c.xlsx")], incomplete)).toBe(2);
    expect(incomplete.err).toBe("columns : la colonne obligatoire « Entreprise » n'est alimentée par aucune colonne de la feuille\n");
  });
});
