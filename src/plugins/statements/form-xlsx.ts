/**
 * The statement form as an .xlsx file (exceljs, in Node for the CLI and in the browser for the pane),
 * and reading a returned one. The file is new: nothing of the facilitator's workbook is in it but the
 * model (`domain/statements/form-model.ts`): the company's own contracts and people, no criterion.
 *
 * - « Relevé »: header (guichet, company, period), the company's contracts, the attestation, the lines
 *   table; drop-downs from the hidden « Listes » sheet, date and hour validation, the structure locked
 *   (sheet protection without a password: cells to fill are unlocked).
 * - « Mode d'emploi »: the instructions, in French.
 * - « Identification » (very hidden): the sealed model as JSON, so a returned form is recognised and
 *   its structure checked (`collectForms`).
 */
import { Workbook, type CellValue, type Worksheet } from "exceljs";
import { dayFromIso, excelSerialFromDay, type Cell } from "../../../domain";
import {
  FORM_SHEET,
  formLayout,
  formLinesTable,
  frenchDay,
  periodLabel,
  readPeriod,
  type ReturnedForm,
  type SealedForm,
} from "../../../domain/statements";
import { instructionLines } from "./instructions";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const IDENTITY_SHEET = "Identification";
export const LISTS_SHEET = "Listes";
export const HELP_SHEET = "Mode d'emploi";

/** Parts of a sheet the reader does not need (only values are read): a third faster on 200 forms. */
const IGNORED_NODES = [
  "dataValidations",
  "sheetProtection",
  "cols",
  "sheetViews",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "conditionalFormatting",
  "extLst",
];

/** Excel keeps at most 32 767 characters in a cell: the JSON is cut in parts, one per row. */
const CHUNK = 30_000;
const BOLD = { bold: true };
const FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } } as const;
const HEAD_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } } as const;
const MAX_HOURS = 744; // 31 days × 24 h: the per-day check is made when the form comes back

/**
 * The form's file name: company and period, nothing personal.
 *
 * @example
 * formFileName(model) // => "releve-BTP-RIVIERE-2026-03.xlsx"
 */
export function formFileName(model: Pick<SealedForm, "identity">): string {
  const safe = model.identity.company.replace(/[^A-Za-z0-9_-]+/g, "_");
  return `releve-${safe}-${model.identity.period}${model.identity.version > 1 ? `-v${model.identity.version}` : ""}.xlsx`;
}

/**
 * Writes the form.
 *
 * @example
 * const bytes = await writeForm(formModel(tables, "BTP-RIVIERE", readPeriod("2026-03"), options));
 */
export async function writeForm(model: SealedForm): Promise<Uint8Array> {
  const book = new Workbook();
  book.creator = model.guichetName;
  const sheet = book.addWorksheet(FORM_SHEET, { views: [{ state: "frozen", ySplit: formLayout(model).linesHeader }] });
  const help = book.addWorksheet(HELP_SHEET);
  const lists = book.addWorksheet(LISTS_SHEET, { state: "veryHidden" });
  const identity = book.addWorksheet(IDENTITY_SHEET, { state: "veryHidden" });
  const ranges = writeLists(lists, model);
  writeHeader(sheet, model);
  writeLines(sheet, model, ranges);
  help.getColumn(1).width = 110;
  instructionLines(model).forEach((text, index) => {
    const cell = help.getCell(index + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
  const json = JSON.stringify(model);
  for (let index = 0; index * CHUNK < json.length; index += 1)
    identity.getCell(index + 1, 1).value = json.slice(index * CHUNK, (index + 1) * CHUNK);
  // Protection without a password: the company cannot break the structure by mistake, and can lift it if it must.
  const protection = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };
  await sheet.protect("", protection);
  await help.protect("", protection);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * Reads a returned form: its hidden identification and the « Relevé » sheet's cells (as the core reads
 * cells: dates as Excel serials). A file that is not an .xlsx gives a form without identification.
 *
 * @example
 * const form = await readForm("releve-BTP-RIVIERE-2026-03.xlsx", bytes); // => { file, sealed: {…}, sheet: [[…], …] }
 */
export async function readForm(file: string, bytes: Uint8Array): Promise<ReturnedForm> {
  const book = new Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as object);
  } catch {
    return { file, sealed: undefined, sheet: undefined };
  }
  const identity = book.getWorksheet(IDENTITY_SHEET);
  let sealed: unknown;
  if (identity) {
    const parts: string[] = [];
    for (let row = 1; ; row += 1) {
      const value = cellOf(identity.getCell(row, 1).value);
      if (typeof value !== "string" || value === "") break;
      parts.push(value);
    }
    try {
      sealed = JSON.parse(parts.join(""));
    } catch {
      sealed = undefined;
    }
  }
  const sheet = book.getWorksheet(FORM_SHEET);
  return { file, sealed, sheet: sheet ? gridOf(sheet) : undefined };
}

interface ListRanges {
  people?: string;
  markets: string;
  modes: string;
  contractTypes: string;
}

function writeLists(lists: Worksheet, model: SealedForm): ListRanges {
  const columns: [keyof ListRanges, string[]][] = [
    ["people", model.people.map((person) => person.label)],
    ["markets", [...model.markets.map((market) => market.label), ...model.pooledChoices.map((choice) => choice.label)]],
    ["modes", model.modes],
    ["contractTypes", model.contractTypes],
  ];
  const ranges: Partial<ListRanges> = {};
  columns.forEach(([key, values], index) => {
    const letter = String.fromCharCode(65 + index);
    values.forEach((value, row) => (lists.getCell(row + 1, index + 1).value = value));
    if (values.length > 0) ranges[key] = `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${values.length}`;
  });
  return ranges as ListRanges;
}

function writeHeader(sheet: Worksheet, model: SealedForm): void {
  const layout = formLayout(model);
  const period = readPeriod(model.identity.period);
  sheet.getCell(layout.title, 1).value = `Relevé des heures d'insertion — ${periodLabel(period)}`;
  sheet.getCell(layout.title, 1).font = { bold: true, size: 14 };
  const label = (row: number, text: string, value: string) => {
    sheet.getCell(row, 1).value = text;
    sheet.getCell(row, 1).font = BOLD;
    sheet.getCell(row, 2).value = value;
  };
  label(layout.guichet, "Guichet", model.guichetName);
  label(
    layout.company,
    "Entreprise",
    `${model.company.name} (${model.company.id})${model.company.siret ? ` — SIRET ${model.company.siret}` : ""}`,
  );
  label(layout.period, "Période", `${periodLabel(period)}, du ${frenchDay(period.from)} au ${frenchDay(period.to)}`);
  sheet.getCell(layout.instruction, 1).value =
    "Une ligne par personne et par marché (ou « mutualisé »), dans les cellules jaunes ; voir l'onglet « Mode d'emploi ». Signez l'attestation, enregistrez, renvoyez le fichier.";
  sheet.getCell(layout.instruction, 1).font = { italic: true };
  const head = ["Vos marchés avec clause sociale", "Intitulé", "Acheteur", "Début", "Fin", "Mutualisable", "Titulaire"];
  head.forEach((text, index) => styleHead(sheet.getCell(layout.marketsHeader, index + 1), text));
  model.markets.forEach((market, index) => {
    const row = layout.firstMarket + index;
    const values: CellValue[] = [
      market.id,
      market.title ?? "",
      market.buyerName ?? market.buyer ?? "",
      serialOf(market.start),
      serialOf(market.end),
      market.pooled ? "Oui" : "Non",
      market.companyName,
    ];
    values.forEach((value, column) => {
      const cell = sheet.getCell(row, column + 1);
      cell.value = value;
      if (column === 3 || column === 4) cell.numFmt = "dd/mm/yyyy";
    });
  });
  sheet.getCell(layout.attestationTitle, 1).value = "Attestation";
  sheet.getCell(layout.attestationTitle, 1).font = BOLD;
  for (const [row, text] of [
    [layout.signatory, "Nom et prénom du signataire"],
    [layout.role, "Fonction"],
    [layout.signedOn, "Date"],
  ] as const) {
    sheet.getCell(row, 1).value = text;
    const cell = sheet.getCell(row, 2);
    unlock(cell);
  }
  sheet.getCell(layout.signedOn, 2).numFmt = "dd/mm/yyyy";
  sheet.getCell(layout.signedOn, 2).dataValidation = {
    type: "date",
    operator: "greaterThan",
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1))],
    showErrorMessage: true,
    errorTitle: "Date",
    error: "Saisissez une date (jj/mm/aaaa).",
  };
  sheet.getCell(layout.attestationText, 1).value =
    "J'atteste sur l'honneur l'exactitude des heures déclarées ci-dessous, réalisées par des personnes en parcours d'insertion sur les marchés indiqués.";
  sheet.getCell(layout.attestationText, 1).font = { italic: true };
}

function writeLines(sheet: Worksheet, model: SealedForm, ranges: ListRanges): void {
  const layout = formLayout(model);
  formLinesTable.columns.forEach((column, index) => {
    styleHead(sheet.getCell(layout.linesHeader, index + 1), column.header);
    sheet.getColumn(index + 1).width = Math.max(column.width ?? 12, index === 0 ? 30 : 0);
  });
  const columnLetter = (key: string) => String.fromCharCode(65 + formLinesTable.columns.findIndex((column) => column.key === key));
  for (let row = layout.firstLine; row <= layout.lastLine; row += 1) {
    formLinesTable.columns.forEach((column, index) => {
      const cell = sheet.getCell(row, index + 1);
      unlock(cell);
      if (column.numberFormat) cell.numFmt = column.numberFormat;
    });
  }
  const area = (key: string) => `${columnLetter(key)}${layout.firstLine}:${columnLetter(key)}${layout.lastLine}`;
  const validations = (sheet as unknown as { dataValidations: { add(address: string, validation: object): void } }).dataValidations;
  const list = (key: string, range: string | undefined, title: string) => {
    if (range)
      validations.add(area(key), {
        type: "list",
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: title,
        error: "Choisissez une valeur de la liste.",
      });
  };
  list("person", ranges.people, "Personne");
  list("market", ranges.markets, "Marché");
  list("mode", ranges.modes, "Mode");
  list("contractType", ranges.contractTypes, "Type de contrat");
  const period = readPeriod(model.identity.period);
  const inPeriod = {
    type: "date",
    operator: "between",
    allowBlank: true,
    formulae: [dateOf(period.from), dateOf(period.to)],
    showErrorMessage: true,
    errorTitle: "Date hors période",
    error: `Saisissez une date du ${frenchDay(period.from)} au ${frenchDay(period.to)}.`,
  };
  validations.add(area("start"), inPeriod);
  validations.add(area("end"), inPeriod);
  validations.add(area("newBirthDate"), {
    type: "date",
    operator: "between",
    allowBlank: true,
    formulae: [new Date(Date.UTC(1930, 0, 1)), dateOf(period.to)],
    showErrorMessage: true,
    errorTitle: "Date de naissance",
    error: "Saisissez une date de naissance (jj/mm/aaaa).",
  });
  validations.add(area("hours"), {
    type: "decimal",
    operator: "between",
    allowBlank: true,
    formulae: [0, MAX_HOURS],
    showErrorMessage: true,
    errorTitle: "Heures",
    error: `Saisissez un nombre d'heures entre 0 et ${MAX_HOURS} (par exemple 35,5).`,
  });
}

function styleHead(cell: ReturnType<Worksheet["getCell"]>, text: string): void {
  cell.value = text;
  cell.font = BOLD;
  cell.fill = HEAD_FILL;
  cell.alignment = { wrapText: true, vertical: "middle" };
}

function unlock(cell: ReturnType<Worksheet["getCell"]>): void {
  cell.protection = { locked: false };
  cell.fill = FILL;
}

function serialOf(iso: string | undefined): CellValue {
  return iso === undefined ? "" : excelSerialFromDay(dayFromIso(iso));
}

function dateOf(day: number): Date {
  return new Date(day * 86_400_000);
}

/** Every cell of a sheet from A1, as the core reads them. */
function gridOf(sheet: Worksheet): Cell[][] {
  const grid: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: Cell[] = (grid[rowNumber - 1] = []);
    row.eachCell({ includeEmpty: false }, (cell, column) => (line[column - 1] = cellOf(cell.value)));
  });
  return Array.from(grid, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}

/** exceljs's value as the core reads it: dates as Excel serials, formulas by their result, rich text as text. */
function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : null;
  if ("error" in value) return value.error;
  if ("result" in value) return cellOf((value as { result?: CellValue }).result ?? null);
  return null;
}
