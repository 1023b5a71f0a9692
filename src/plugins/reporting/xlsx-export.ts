/**
 * A bilan as a separate .xlsx file for its buyer (or company): one readable sheet « Bilan »
 * (hours, contracts, months, modes, people, employment contracts) and the same figures as a table
 * « Données » for a pivot table. Written with exceljs, in the browser (the pane's download) and in
 * Node (the CLI), without the workbook port: the file is new, nothing of the facilitator's is in it.
 * exceljs writes no charts; the figures the pane charts are all in the sheet.
 *
 * Only external views are exported: a facilitator's view (personal data) is refused here, whoever asks.
 */
import { Workbook, type Worksheet } from "exceljs";
import { formatNumberFr, type TableRecord } from "../../../domain";
import {
  bilanRecords,
  employmentTypes,
  monthLabel,
  peopleBreakdown,
  personalViewRefused,
  type BilanView,
  type CountPart,
  type ReportView,
} from "../../../domain/reporting";
import { POLICY_LABELS, SPREAD_LABELS, type Policy, type Spread } from "../../../domain/ventilation";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const HOURS = "#,##0.00";
const PERCENT = "0.0%";
const BOLD = { bold: true };
const MASKED = /^<\s?\d+$/;

/**
 * The .xlsx of one bilan of an external view.
 *
 * @example
 * const bytes = await bilanWorkbook(reportView(set, "buyer"), 0); // the first buyer's file
 */
export async function bilanWorkbook(view: ReportView, index: number): Promise<Uint8Array> {
  if (view.personalData) {
    throw personalViewRefused("s'exportent");
  }
  const bilan = view.bilans[index] ?? view.total;
  const book = new Workbook();
  book.creator = "Clauses sociales (complément Excel du facilitateur)";
  const sheet = book.addWorksheet("Bilan", { views: [{ showGridLines: false }] });
  sheet.columns = [{ width: 46 }, { width: 16 }, { width: 16 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 12 }];
  heading(sheet, view, bilan);
  section(sheet, "Heures", ["Indicateur", "Valeur"], hourRows(bilan));
  section(
    sheet,
    "Marchés",
    ["Marché", "Entreprise", "Heures dues", "Heures réalisées", "Taux", "Temps écoulé", "État", "Participants"],
    contractRows(bilan),
  );
  section(sheet, "Heures réalisées par mois", ["Mois", "Directes", "Ventilées", "Total"], monthRows(bilan));
  section(
    sheet,
    "Heures par mode de réalisation",
    ["Mode", "Heures"],
    bilan.modes.map((mode) => [mode.label, hours(mode.hours)]),
  );
  section(sheet, "Participants", ["Catégorie", "Personnes"], peopleRows(bilan));
  section(
    sheet,
    "Contrats de travail",
    ["Type", "Contrats"],
    [["Contrats de travail", bilan.employmentContracts.total], ...counts(employmentTypes(bilan) ?? [])],
  );
  printLayout(sheet, `Bilan de la clause sociale — ${bilan.scope.label}`, "1:2");
  const data = dataSheet(book, { ...view, total: bilan, bilans: [] });
  // The data of one bilan (a few dozen rows) prints on one page; a longer table goes on as many as needed.
  printLayout(data, `Données du bilan — ${bilan.scope.label}`, "1:1", data.rowCount <= 80 ? 1 : 0);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The file name of a bilan's export: « bilan-acheteur-VILLE-VR-2026.xlsx ».
 *
 * @example
 * exportName(view.bilans[0], "xlsx") // => "bilan-acheteur-VILLE-VR.xlsx"
 */
export function exportName(bilan: BilanView, extension: string): string {
  const kinds: Record<string, string> = { territory: "territoire", buyer: "acheteur", contract: "marche", company: "entreprise" };
  const parts = [
    "bilan",
    kinds[bilan.scope.kind] ?? "bilan",
    bilan.scope.id || (bilan.scope.kind === "buyer" ? "non-renseigne" : ""),
    bilan.period?.label ?? "",
  ];
  const base = parts
    .filter(Boolean)
    .join("-")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/-+/g, "-");
  return `${base}.${extension}`;
}

/**
 * What a buyer prints: A4 landscape, every column on the page's width (as many pages down as
 * needed), the title rows repeated on each page, the title and « Page n sur N » in the footer.
 */
function printLayout(sheet: Worksheet, title: string, repeatedRows: string, pagesTall = 0): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: pagesTall,
    horizontalCentered: true,
    printTitlesRow: repeatedRows,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  // « & » starts a code in Excel's header and footer language: a title's own ampersands are doubled.
  sheet.headerFooter = { oddFooter: `&L${title.replace(/&/g, "&&")}&RPage &P sur &N`, differentFirst: false };
}

type Value = string | number | null;
type Row = (Value | { value: number; format: string })[];

const hours = (value: number | null | undefined): Row[number] => (value === null || value === undefined ? null : { value, format: HOURS });
const percent = (value: number | null | undefined): Row[number] =>
  value === null || value === undefined ? null : { value, format: PERCENT };

function heading(sheet: Worksheet, view: ReportView, bilan: BilanView): void {
  const date = view.reference.split("-").reverse().join("/");
  sheet.addRow([`Bilan de la clause sociale — ${bilan.scope.label}`]).font = { bold: true, size: 14 };
  sheet.addRow([`Période : ${bilan.period?.label ?? "toute la période"} ; situation au ${date}`]);
  sheet.addRow([view.notice]);
  sheet.addRow([
    `Règles : ${view.rulePack} ; ventilation : ${POLICY_LABELS[view.policy as Policy] ?? view.policy} ; répartition : ${SPREAD_LABELS[view.spread as Spread] ?? view.spread}`,
  ]);
}

function section(sheet: Worksheet, title: string, headers: readonly string[], rows: readonly Row[]): void {
  sheet.addRow([]);
  sheet.addRow([title]).font = { bold: true, size: 12 };
  sheet.addRow([...headers]).font = BOLD;
  // Headers of number columns are aligned with their numbers.
  const numeric = (cell: Row[number]) =>
    typeof cell === "number" || (cell !== null && typeof cell === "object") || (typeof cell === "string" && MASKED.test(cell));
  sheet.lastRow?.eachCell((cell, column) => {
    if (rows.some((cells) => numeric(cells[column - 1] ?? null))) cell.alignment = { horizontal: "right" };
  });
  for (const cells of rows) {
    const row = sheet.addRow(cells.map((cell) => (cell !== null && typeof cell === "object" ? cell.value : cell)));
    cells.forEach((cell, index) => {
      if (cell !== null && typeof cell === "object") row.getCell(index + 1).numFmt = cell.format;
      // A masked count (« < 5 ») stands where a number would: aligned like the numbers of its column.
      if (typeof cell === "string" && MASKED.test(cell)) row.getCell(index + 1).alignment = { horizontal: "right" };
    });
  }
}

function hourRows(bilan: BilanView): Row[] {
  const h = bilan.hours;
  const rows: Row[] = [
    ["Heures dues", hours(h.due)],
    ["Heures réalisées", hours(h.realised)],
    ["dont embauche ou mise à disposition directe", hours(h.direct)],
    ["dont heures ventilées (mutualisation)", hours(h.ventilated)],
    ["Taux de réalisation", percent(h.rate)],
    ["Temps écoulé des marchés", percent(h.elapsed)],
    ["Heures attendues au prorata du temps écoulé", hours(h.expectedToDate)],
    ["Heures au-delà des heures dues", hours(h.beyondObligation)],
    ["Heures hors période des marchés", hours(h.outOfPeriod)],
    ["Équivalents temps plein", h.fte === null || h.fte === undefined ? null : { value: h.fte, format: "0.00" }],
  ];
  if (h.excess !== null && h.excess !== undefined) rows.splice(8, 0, ["Heures excédentaires (aucun marché disponible)", hours(h.excess)]);
  return rows;
}

function contractRows(bilan: BilanView): Row[] {
  return bilan.contracts.map((row) => [
    row.label ? `${row.id} — ${row.label}` : row.id,
    row.company,
    hours(row.due),
    hours(row.realised),
    percent(row.rate),
    percent(row.elapsed),
    row.status,
    row.participants,
  ]);
}

function monthRows(bilan: BilanView): Row[] {
  return bilan.months.map((month) => [
    monthLabel(month.month),
    hours(month.direct),
    hours(month.ventilated),
    hours(Math.round((month.direct + month.ventilated) * 100) / 100),
  ]);
}

function counts(parts: readonly CountPart[]): Row[] {
  return parts.map((part) => [part.label, part.count]);
}

function peopleRows(bilan: BilanView): Row[] {
  const p = peopleBreakdown(bilan);
  const group = (title: string, parts: readonly CountPart[]): Row[] => parts.map((part) => [`${title} — ${part.label}`, part.count]);
  const total: Row = ["Participants (personnes distinctes)", bilan.participants.total];
  if (!p) return [total, ["reason" in bilan.participants ? bilan.participants.reason : "", null]];
  return [
    total,
    ...group("Sexe", p.sex),
    ...group("Âge à l'entrée", p.ageBand),
    ...group("Résidence", p.qpv),
    ...group("Sortie", p.exit),
    ["Sorties dynamiques (emploi durable, de transition, sortie positive)", p.dynamicExits],
    ...group("Situation à 6 mois", p.after6Months),
  ];
}

/** The long table of the same figures (what the Bilans sheet of the workbook holds). */
function dataSheet(book: Workbook, view: ReportView): Worksheet {
  const sheet = book.addWorksheet("Données");
  const records: TableRecord[] = bilanRecords(view);
  const headers = ["Périmètre", "Indicateur", "Valeur", "Unité", "Période", "Paquet de règles", "Source", "Diffusion"];
  const keys = ["scope", "indicator", "value", "unit", "period", "rulePack", "source", "audience"];
  sheet.columns = headers.map((_, index) => ({ width: [28, 52, 12, 10, 18, 24, 30, 30][index] }));
  sheet.addTable({
    name: "Donnees",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: records.map((record) => keys.map((key) => (record[key] === undefined ? null : (record[key] as string | number)))),
  });
  return sheet;
}

/**
 * A figure as the pane shows it in French (« 1 220 h », « < 5 »).
 *
 * @example
 * shownCount("< 5") // => "< 5"
 * shownCount(12) // => "12"
 */
export function shownCount(count: number | string): string {
  return typeof count === "number" ? formatNumberFr(count) : count;
}
