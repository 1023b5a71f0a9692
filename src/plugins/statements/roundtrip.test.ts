/**
 * The statements' round trip on the demo workbook, through the CLI (in-process): the forms of March
 * 2026 made, filled by a script as a company would (exceljs), one opened and saved in LibreOffice,
 * collected; then collected again (nothing changes), then corrected (the new version replaces the
 * old); the whole pipeline runs on the result (Mutualisation and Bilans follow the new lines).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import { decodeTable, hoursTable, participantsTable, ventilationTable, type TableDef, type TableRecord } from "../../../domain";
import { companyNamesTable, FORM_SHEET, formLayout, POOLED_LABEL, statementsTable, type SealedForm } from "../../../domain/statements";
import { resaveInLibreOffice } from "../../../test/support/libreoffice";
import { memoryIo } from "../../../test/support/memory-io";
import { main } from "../../cli/main";
import { DEMO_XLSX_PATH } from "../../demo/demo-xlsx";
import { demoHours } from "../../demo/territory";
import { XlsxWorkbook } from "../../workbook/xlsx-workbook";
import { IDENTITY_SHEET } from "./form-xlsx";

jest.setTimeout(120_000);

const DEMO = path.join(__dirname, "..", "..", "..", DEMO_XLSX_PATH);

async function run(args: string[]): Promise<{ code: number; json: unknown; err: string }> {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, json: io.out ? (JSON.parse(io.out) as unknown) : undefined, err: io.err };
}

async function records(file: string, table: TableDef): Promise<TableRecord[]> {
  const workbook = await XlsxWorkbook.load(new Uint8Array(readFileSync(file)));
  const snapshot = await workbook.readTable(table);
  if (!snapshot) return [];
  const decoded = decodeTable(table, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1 });
  expect(decoded.errors).toEqual([]);
  return decoded.rows.map((row) => row.values);
}

type Line = [
  person: string | null,
  newName: string | null,
  newBirth: string | null,
  market: string,
  start: string,
  end: string,
  hours: number,
];

/** Fills a form as a company does in Excel: the lines, then the attestation. */
async function fill(file: string, lines: readonly Line[], out = file): Promise<void> {
  const book = new Workbook();
  await book.xlsx.readFile(file);
  const model = JSON.parse(String(book.getWorksheet(IDENTITY_SHEET)!.getCell(1, 1).value)) as SealedForm;
  const layout = formLayout(model);
  const sheet = book.getWorksheet(FORM_SHEET)!;
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  // A correction is the whole form again: lines not given are emptied (the company deleted them).
  for (let row = layout.firstLine; row <= layout.lastLine; row += 1)
    for (let column = 1; column <= 9; column += 1) sheet.getCell(row, column).value = null;
  lines.forEach(([person, newName, newBirth, market, start, end, hours], index) => {
    const row = layout.firstLine + index;
    const cells = [person, newName, newBirth ? date(newBirth) : null, market, "Embauche directe", "CDD", date(start), date(end), hours];
    cells.forEach((value, column) => (sheet.getCell(row, column + 1).value = value));
  });
  sheet.getCell(layout.signatory, 2).value = "Claire Roux";
  sheet.getCell(layout.role, 2).value = "Responsable RH";
  sheet.getCell(layout.signedOn, 2).value = date("2026-04-03");
  await book.xlsx.writeFile(out);
}

describe("statements, from the forms sent to Heures (demo workbook)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "clauses-releves-"));
  const forms = path.join(dir, "releves");
  const btp = path.join(forms, "releve-BTP-RIVIERE-2026-03.xlsx");
  const proprete = path.join(forms, "releve-PROPRETE-VR-2026-03.xlsx");
  const btpLines: Line[] = [
    ["Léa Martin", null, null, "M1 — Réhabilitation de l'école Jean-Moulin", "2026-03-02", "2026-03-27", 70],
    ["Paul Durand", null, null, POOLED_LABEL, "2026-03-02", "2026-03-31", 52.5],
    [null, "Anh Nguyen", "1990-06-15", "M2 — Résidence Les Tilleuls, lot peinture", "2026-03-16", "2026-03-20", 20],
  ];

  it("makes one form per company with a contract active in the month, with only its contracts and people", async () => {
    const made = await run(["statements", "make", DEMO, "--period", "2026-03", "--out", forms]);
    expect(made.err).toBe("");
    expect(made.json).toEqual({
      period: "2026-03",
      forms: [
        { company: "BTP-RIVIERE", file: btp, markets: ["M1", "M2"], participants: 3 },
        { company: "PROPRETE-VR", file: proprete, markets: ["M4"], participants: 2 },
      ],
    });
  });

  it("collects the filled forms (one saved by LibreOffice): Heures gains exactly their lines, with provenance", async () => {
    await fill(btp, btpLines);
    const filled = path.join(dir, "rempli-proprete.xlsx");
    await fill(proprete, [["Sonia Lefèvre", null, null, "M4 — Nettoyage des bâtiments communaux", "2026-03-02", "2026-03-31", 35]], filled);
    const saved = resaveInLibreOffice(filled, (mkdirSync(path.join(dir, "lo"), { recursive: true }), path.join(dir, "lo")));
    const out = path.join(dir, "avril.xlsx");
    const collected = await run(["statements", "collect", DEMO, btp, saved, "--out", out]);
    expect(collected.err).toBe("");
    expect(collected.code).toBe(0);
    expect(collected.json).toMatchObject({
      accepted: [
        { company: "BTP-RIVIERE", period: "2026-03", version: 1, lines: 3, hours: 142.5 },
        { company: "PROPRETE-VR", period: "2026-03", version: 1, lines: 1, hours: 35 },
      ],
      replaced: [],
      rejected: [],
      newPeople: [{ file: btp, row: formLayoutRow(2), participant: "BTP-RIVIERE-202603-N1" }],
      missing: [],
    });
    const hours = await records(out, hoursTable);
    expect(hours).toHaveLength(demoHours.length + 4);
    const added = hours.slice(demoHours.length);
    expect(
      added.map((line) => [line.participant, line.market, line.start, line.end, line.hours, line.statement, line.statementVersion]),
    ).toEqual([
      ["P001", "M1", "2026-03-02", "2026-03-27", 70, "BTP-RIVIERE 2026-03", 1],
      ["P002", undefined, "2026-03-02", "2026-03-31", 52.5, "BTP-RIVIERE 2026-03", 1],
      ["BTP-RIVIERE-202603-N1", "M2", "2026-03-16", "2026-03-20", 20, "BTP-RIVIERE 2026-03", 1],
      ["P005", "M4", "2026-03-02", "2026-03-31", 35, "PROPRETE-VR 2026-03", 1],
    ]);
    expect(added.every((line) => typeof line.receivedOn === "string")).toBe(true);
    expect((await records(out, participantsTable)).at(-1)).toEqual({ id: "BTP-RIVIERE-202603-N1", birthDate: "1990-06-15" });
    expect((await records(out, companyNamesTable)).at(-1)).toEqual({
      participant: "BTP-RIVIERE-202603-N1",
      company: "BTP-RIVIERE",
      name: "Anh Nguyen",
    });
    expect((await records(out, statementsTable)).map((row) => [row.company, row.version, row.lines, row.hours, row.status])).toEqual([
      ["BTP-RIVIERE", 1, 3, 142.5, "reçu"],
      ["PROPRETE-VR", 1, 1, 35, "reçu"],
    ]);
  });

  it("changes nothing when the same forms are collected again", async () => {
    const out = path.join(dir, "avril.xlsx");
    const again = path.join(dir, "avril-bis.xlsx");
    const collected = await run(["statements", "collect", out, btp, "--out", again]);
    expect(collected.json).toMatchObject({
      accepted: [],
      replaced: [],
      rejected: [],
      newPeople: [],
      unchanged: [{ company: "BTP-RIVIERE", version: 1 }],
    });
    expect(await records(again, hoursTable)).toEqual(await records(out, hoursTable));
    expect(await records(again, participantsTable)).toEqual(await records(out, participantsTable));
  });

  it("replaces the earlier version's lines with the corrected form's, never adds to them", async () => {
    const corrected = path.join(dir, "corrige-btp.xlsx");
    copyFileSync(btp, corrected);
    await fill(
      corrected,
      [
        [...btpLines[0]!.slice(0, 6), 60] as Line,
        btpLines[1]!,
        [null, null, null, "", "2026-03-01", "2026-03-01", 0] as unknown as Line,
      ].slice(0, 2),
    );
    const out = path.join(dir, "avril-corrige.xlsx");
    const collected = await run(["statements", "collect", path.join(dir, "avril.xlsx"), corrected, "--out", out]);
    expect(collected.json).toMatchObject({
      accepted: [{ company: "BTP-RIVIERE", period: "2026-03", version: 2, hours: 112.5 }],
      replaced: [{ company: "BTP-RIVIERE", period: "2026-03", previousVersion: 1 }],
    });
    const added = (await records(out, hoursTable)).slice(demoHours.length);
    expect(added.map((line) => [line.participant, line.hours, line.statement, line.statementVersion])).toEqual([
      ["P005", 35, "PROPRETE-VR 2026-03", 1],
      ["P001", 60, "BTP-RIVIERE 2026-03", 2],
      ["P002", 52.5, "BTP-RIVIERE 2026-03", 2],
    ]);
  });

  it("feeds the Mutualisation and Bilans: the pipeline runs on the result, every collected hour in Ventilation", async () => {
    const total = (rows: TableRecord[]) => Math.round(rows.reduce((sum, row) => sum + (row.hours as number), 0) * 100) / 100;
    const before = path.join(dir, "avant-run.xlsx");
    const after = path.join(dir, "apres-run.xlsx");
    expect((await run(["run", DEMO, "--out", before])).code).toBe(0);
    const ran = await run(["run", path.join(dir, "avril.xlsx"), "--out", after]);
    expect(ran.err).toBe("");
    const [old, now] = [await records(before, ventilationTable), await records(after, ventilationTable)];
    expect(total(now) - total(old)).toBeCloseTo(142.5 + 35, 2);
    // The new person is not validated: their 20 hours are set aside as not countable.
    const notCountable = (rows: TableRecord[]) =>
      total(rows.filter((row) => row.kind === "Non comptabilisable" && row.company === "BTP-RIVIERE"));
    expect(notCountable(now) - notCountable(old)).toBeCloseTo(20, 2);
    expect(existsSync(after)).toBe(true);
  });

  it("records the sending when asked, and lists who is late with a reminder and a mailto: link", async () => {
    const sent = path.join(dir, "octobre-envoye.xlsx");
    const made = await run([
      "statements",
      "make",
      path.join(dir, "avril.xlsx"),
      "--period",
      "2026-10",
      "--out",
      path.join(dir, "octobre"),
      "--record",
      sent,
    ]);
    expect(made.code).toBe(0);
    expect(
      (await records(sent, statementsTable)).filter((row) => row.period === "2026-10").map((row) => [row.company, row.status]),
    ).toEqual([
      ["BTP-RIVIERE", "envoyé"],
      ["PROPRETE-VR", "envoyé"],
      ["JARDINS-VAL", "envoyé"],
    ]);
    const late = (await run(["statements", "late", sent, "--period", "2026-10", "--due-days", "0"])).json as {
      late: { company: string; mailto?: string; reminder: { subject: string } }[];
    };
    // Today is after 31 October 2026 (the suite runs from December 2026): the three are late.
    expect(late.late.map((form) => form.company)).toEqual(["BTP-RIVIERE", "PROPRETE-VR", "JARDINS-VAL"]);
    expect(late.late[0]!.reminder.subject).toBe("Relevé d'heures d'insertion d'octobre 2026 : en attente");
    expect(late.late[0]!.mailto).toMatch(/^mailto:rh@btp-riviere\.example\?subject=/);
  });

  it("refuses a form of another guichet and an altered form (exit 2, French message, nothing written)", async () => {
    const other = path.join(dir, "autre-guichet.xlsx");
    expect((await run(["statements", "init", DEMO, "--out", other, "--name", "Autre guichet"])).code).toBe(2); // the demo has its identity already
    const blank = path.join(dir, "sans-guichet.xlsx");
    const workbook = await XlsxWorkbook.load(new Uint8Array(readFileSync(DEMO)));
    await workbook.writeSetting("clauses.guichet", undefined);
    writeFileSync(blank, await workbook.toBytes());
    expect((await run(["statements", "init", blank, "--out", other, "--name", "Autre guichet"])).code).toBe(0);
    const foreign = path.join(dir, "autres");
    await run(["statements", "make", other, "--period", "2026-03", "--out", foreign]);
    const out = path.join(dir, "jamais.xlsx");
    const refused = await run(["statements", "collect", DEMO, btp, path.join(foreign, "releve-BTP-RIVIERE-2026-03.xlsx"), "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("releve-BTP-RIVIERE-2026-03.xlsx » a été généré par le classeur d'un autre guichet");
    const altered = path.join(dir, "modifie.xlsx");
    const book = new Workbook();
    await book.xlsx.readFile(btp);
    const sheet = book.getWorksheet(FORM_SHEET)!;
    sheet.spliceColumns(2, 1); // the company deleted a column
    await book.xlsx.writeFile(altered);
    const broken = await run(["statements", "collect", DEMO, altered, "--out", out]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("La structure de « ");
    expect(broken.err).toContain("modifie.xlsx » a été modifiée");
    expect(existsSync(out)).toBe(false);
  });
});

/** Sheet row of the n-th line (0-based) of the demo BTP form (two contracts listed). */
function formLayoutRow(index: number): number {
  return formLayout({ markets: [{}, {}] as SealedForm["markets"], lineRows: 30 }).firstLine + index;
}
