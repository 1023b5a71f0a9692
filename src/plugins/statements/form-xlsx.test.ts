/**
 * The form as a company receives it: what it shows, what it hides, what it lets the company change.
 */
import { Workbook, type Worksheet } from "exceljs";
import { FORM_HEADERS, FORM_SHEET, formLayout, formModel, POOLED_LABEL, readPeriod } from "../../../domain/statements";
import { demoWorkbook } from "../../demo/demo-workbook";
import { DEMO_GUICHET } from "../../demo/territory";
import { HELP_SHEET, IDENTITY_SHEET, LISTS_SHEET, readForm, writeForm } from "./form-xlsx";
import { readStatementTables } from "./statements-workbook";

async function demoForm(company: string) {
  const tables = await readStatementTables(demoWorkbook());
  const model = formModel(tables, company, readPeriod("2026-03"), { guichet: DEMO_GUICHET.id, guichetName: DEMO_GUICHET.name, version: 1 });
  const bytes = await writeForm(model);
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { model, bytes, book };
}

function texts(sheet: Worksheet): string[] {
  const all: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => all.push(String(cell.value))));
  return all;
}

describe("the statement form (.xlsx)", () => {
  it("shows the header, the company's contracts, the attestation and the lines table, and hides its identity", async () => {
    const { model, book } = await demoForm("BTP-RIVIERE");
    expect(book.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      [FORM_SHEET, "visible"],
      [HELP_SHEET, "visible"],
      [LISTS_SHEET, "veryHidden"],
      [IDENTITY_SHEET, "veryHidden"],
    ]);
    const sheet = book.getWorksheet(FORM_SHEET)!;
    const layout = formLayout(model);
    expect(sheet.getCell(layout.title, 1).value).toBe("Relevé des heures d'insertion — mars 2026");
    expect(sheet.getCell(layout.company, 2).value).toBe("BTP Rivière SAS (BTP-RIVIERE) — SIRET 99900100100018");
    expect(sheet.getCell(layout.period, 2).value).toBe("mars 2026, du 01/03/2026 au 31/03/2026");
    expect([sheet.getCell(layout.firstMarket, 1).value, sheet.getCell(layout.firstMarket, 3).value]).toEqual(["M1", "Ville de Valrivière"]);
    expect(sheet.getCell(layout.signatory, 1).value).toBe("Nom et prénom du signataire");
    expect(sheet.getRow(layout.linesHeader).values).toEqual([undefined, ...FORM_HEADERS]);
    expect(texts(book.getWorksheet(HELP_SHEET)!).join("\n")).toContain("« Personne » : choisissez la personne dans la liste");
  });

  it("locks the structure without a password; only the cells to fill are unlocked", async () => {
    const { model, book } = await demoForm("BTP-RIVIERE");
    const sheet = book.getWorksheet(FORM_SHEET)! as Worksheet & { sheetProtection: Record<string, unknown> };
    expect(sheet.sheetProtection).toMatchObject({ sheet: true });
    expect(sheet.sheetProtection).not.toHaveProperty("hashValue");
    const layout = formLayout(model);
    expect(sheet.getCell(layout.linesHeader, 1).protection?.locked).not.toBe(false);
    expect(sheet.getCell(layout.company, 2).protection?.locked).not.toBe(false);
    expect(sheet.getCell(layout.firstLine, 1).protection).toMatchObject({ locked: false });
    expect(sheet.getCell(layout.lastLine, 9).protection).toMatchObject({ locked: false });
    expect(sheet.getCell(layout.signatory, 2).protection).toMatchObject({ locked: false });
  });

  it("offers drop-downs from the workbook and validates dates and hours", async () => {
    const { model, book } = await demoForm("BTP-RIVIERE");
    const layout = formLayout(model);
    const sheet = book.getWorksheet(FORM_SHEET)!;
    const validation = (column: number) => sheet.getCell(layout.firstLine + 3, column).dataValidation;
    expect(validation(1)).toMatchObject({ type: "list", formulae: ["'Listes'!$A$1:$A$3"] });
    expect(validation(4)).toMatchObject({ type: "list", formulae: ["'Listes'!$B$1:$B$3"] });
    expect(validation(5)).toMatchObject({ type: "list" });
    expect(validation(7)).toMatchObject({ type: "date", operator: "between" });
    expect(validation(9)).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 744] });
    const lists = book.getWorksheet(LISTS_SHEET)!;
    expect([1, 2, 3].map((row) => lists.getCell(row, 1).value)).toEqual(["Léa Martin", "Paul Durand", "Karim Benali"]);
    expect([1, 2, 3].map((row) => lists.getCell(row, 2).value)).toEqual([
      "M1 — Réhabilitation de l'école Jean-Moulin",
      "M2 — Résidence Les Tilleuls, lot peinture",
      POOLED_LABEL,
    ]);
  });

  it("never shows another company's participants nor any eligibility criterion, in any sheet, hidden or not", async () => {
    const { book } = await demoForm("PROPRETE-VR");
    const everything = book.worksheets.flatMap(texts).join("\n");
    expect(everything).toContain("Sonia Lefèvre");
    for (const other of [
      "Léa Martin",
      "Paul Durand",
      "Karim Benali",
      "Hugo Petit",
      "Inès Moreau",
      "P001",
      "P002",
      "P006",
      "P008",
      "P004",
    ]) {
      expect(everything).not.toContain(other);
    }
    for (const criterion of [
      "QPV",
      "qpv",
      "RSA",
      "RQTH",
      "ASS du",
      "Mission locale",
      "France Travail",
      "birthDate",
      "1970-04-04",
      "Date de naissance :",
    ]) {
      expect(everything).not.toContain(criterion);
    }
  });

  it("is read back as written: identity and cells", async () => {
    const { model, bytes } = await demoForm("BTP-RIVIERE");
    const form = await readForm("releve.xlsx", bytes);
    expect(form.sealed).toEqual(model);
    expect(form.sheet?.[formLayout(model).linesHeader - 1]).toEqual(FORM_HEADERS);
    expect(await readForm("texte.xlsx", new TextEncoder().encode("pas un classeur"))).toEqual({
      file: "texte.xlsx",
      sealed: undefined,
      sheet: undefined,
    });
  });
});
