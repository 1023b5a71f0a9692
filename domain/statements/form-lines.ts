/**
 * The lines table of a form (« Relevé » sheet) and its checks: each cell read with the codec, then
 * the line turned into an Heures record and checked with the Heures rules (references, period,
 * hours per day, the contract's company), plus the form's own: dates inside the period and the
 * contract, the person from the form's list or a new person with name and birth date.
 */
import { dayFromIso } from "../dates";
import type { DomainError } from "../errors";
import {
  checkRows,
  decodeTable,
  DATE_FORMAT,
  defineTable,
  EMPLOYMENT_CONTRACTS,
  EXECUTION_MODES,
  hoursTable,
  HOURS_FORMAT,
  type Cell,
  type KeyIndex,
  type TableRecord,
} from "../workbook";
import { lineProblem, LINE_REASONS } from "./errors";
import { POOLED_LABEL, type FormModel } from "./form-model";
import { frenchDay } from "./period";

/** Name of the sheet the company fills. */
export const FORM_SHEET = "Relevé";

export const formLinesTable = defineTable({
  name: "Releve",
  sheet: FORM_SHEET,
  owner: "user",
  columns: [
    { key: "person", header: "Personne", type: "text", width: 26 },
    { key: "newName", header: "Nouvelle personne : nom et prénom", type: "text", width: 26 },
    { key: "newBirthDate", header: "Nouvelle personne : date de naissance", type: "date", numberFormat: DATE_FORMAT, width: 14 },
    { key: "market", header: "Marché", type: "text", width: 34 },
    { key: "mode", header: "Mode", type: "choice", choices: EXECUTION_MODES, width: 26 },
    { key: "contractType", header: "Type de contrat", type: "choice", choices: EMPLOYMENT_CONTRACTS, width: 18 },
    { key: "start", header: "Premier jour travaillé", type: "date", numberFormat: DATE_FORMAT, required: true, width: 12 },
    { key: "end", header: "Dernier jour travaillé", type: "date", numberFormat: DATE_FORMAT, required: true, width: 12 },
    { key: "hours", header: "Heures", type: "number", numberFormat: HOURS_FORMAT, required: true, min: 0, width: 9 },
  ],
});

/** The headers, in the form's order. */
export const FORM_HEADERS: readonly string[] = formLinesTable.columns.map((column) => column.header);

/** A line read and checked: an Heures record (participant absent for a new person) and the new person, if any. */
export interface CheckedLine {
  row: number;
  record: TableRecord;
  newPerson?: { name: string; birthDate: string };
}

/** Heures column → form column, to place the Heures rules' findings on the form's cell. */
const FORM_COLUMN_OF: Readonly<Record<string, string>> = {
  Participant: "Personne",
  Marché: "Marché",
  Début: "Premier jour travaillé",
  Fin: "Dernier jour travaillé",
  Heures: "Heures",
  Mode: "Mode",
  "Type de contrat": "Type de contrat",
};

/**
 * Reads and checks every line of a returned form; a line with several problems gets each.
 *
 * @param rows the cells under the header, from sheet row `firstRow`
 * @example
 * checkLines(model, rows, 15, keys) // => { lines: [{ row: 15, record: { participant: "P001", hours: 35, … } }], errors: [] }
 */
export function checkLines(
  model: FormModel,
  rows: readonly (readonly Cell[])[],
  firstRow: number,
  keys: KeyIndex,
): { lines: CheckedLine[]; errors: DomainError[] } {
  const decoded = decodeTable(formLinesTable, [FORM_HEADERS as Cell[], ...rows], { firstRow });
  const errors: DomainError[] = [...decoded.errors];
  const lines: CheckedLine[] = [];
  const people = new Map(model.people.map((person) => [person.label, person.participant]));
  const markets = new Map(model.markets.map((market) => [market.label, market]));
  for (const { row, values } of decoded.rows) {
    if (decoded.errors.some((error) => error.where.row === row)) continue;
    const problems: DomainError[] = [];
    const at = (column: string, reason: string) => problems.push(lineProblem({ table: FORM_SHEET, row, column }, reason));
    const person = personOf(values, people, at);
    const market = marketOf(model, values, markets, at);
    datesInside(model, values, market, at);
    if (values.hours === 0) at("Heures", LINE_REASONS.zeroHours);
    // On a structure's form, the line belongs to the contract's holder and the structure is the employer.
    const holder = market === "pooled" || market === undefined ? (pooledCompany(model, values) ?? model.identity.company) : market.company;
    const record: TableRecord = {
      ...(person.participant ? { participant: person.participant } : {}),
      company: holder,
      ...(holder !== model.identity.company ? { employer: model.identity.company } : {}),
      ...(values.mode !== undefined ? { mode: values.mode } : {}),
      ...(values.contractType !== undefined ? { contractType: values.contractType } : {}),
      start: values.start,
      end: values.end,
      hours: values.hours,
      ...(market && market !== "pooled" ? { market: market.id } : {}),
    };
    for (const error of checkRows(hoursTable, [{ row, values: record }], keys)) {
      problems.push(lineProblem({ table: FORM_SHEET, row, column: FORM_COLUMN_OF[error.where.column ?? ""] ?? "Heures" }, error.reason));
    }
    if (problems.length > 0) errors.push(...problems);
    else lines.push({ row, record, ...(person.newPerson ? { newPerson: person.newPerson } : {}) });
  }
  return { lines, errors };
}

type At = (column: string, reason: string) => void;

function personOf(
  values: TableRecord,
  people: ReadonlyMap<string, string>,
  at: At,
): { participant?: string; newPerson?: { name: string; birthDate: string } } {
  const label = values.person as string | undefined;
  const name = values.newName as string | undefined;
  if (label !== undefined && name !== undefined) at("Nouvelle personne : nom et prénom", LINE_REASONS.bothPersons);
  else if (label !== undefined) {
    const participant = people.get(label);
    if (participant) return { participant };
    at("Personne", LINE_REASONS.unknownPerson(label));
  } else if (name !== undefined) {
    if (values.newBirthDate === undefined) at("Nouvelle personne : date de naissance", LINE_REASONS.newPersonBirth);
    else return { newPerson: { name, birthDate: String(values.newBirthDate) } };
  } else at("Personne", LINE_REASONS.noPerson);
  return {};
}

function marketOf(model: FormModel, values: TableRecord, markets: ReadonlyMap<string, FormModel["markets"][number]>, at: At) {
  const label = values.market as string | undefined;
  if (label === undefined) {
    at("Marché", LINE_REASONS.marketMissing);
    return undefined;
  }
  if (model.pooledChoices.some((choice) => choice.label === label)) return "pooled" as const;
  if (label === POOLED_LABEL) {
    at("Marché", LINE_REASONS.noPooling);
    return undefined;
  }
  const market = markets.get(label);
  if (!market) at("Marché", LINE_REASONS.unknownMarket(label));
  return market;
}

function datesInside(model: FormModel, values: TableRecord, market: ReturnType<typeof marketOf>, at: At): void {
  const period = `du ${frenchIso(model.periodFrom)} au ${frenchIso(model.periodTo)}`;
  for (const [key, column] of [
    ["start", "Premier jour travaillé"],
    ["end", "Dernier jour travaillé"],
  ] as const) {
    const date = values[key];
    if (typeof date !== "string") continue;
    if (date < model.periodFrom || date > model.periodTo) at(column, LINE_REASONS.outsidePeriod(frenchIso(date), period));
    else if (market === "pooled") {
      const company = pooledCompany(model, values);
      const pooled = model.markets.filter((candidate) => candidate.pooled && candidate.company === company);
      if (!pooled.some((candidate) => within(date, candidate))) at(column, LINE_REASONS.outsidePooled(frenchIso(date)));
    } else if (market && !within(date, market)) at(column, LINE_REASONS.outsideContract(frenchIso(date), market.id));
  }
}

/** The company whose pooled contracts a « mutualisé » line is for. */
function pooledCompany(model: FormModel, values: TableRecord): string | undefined {
  return model.pooledChoices.find((choice) => choice.label === values.market)?.company;
}

function within(date: string, market: { start?: string; end?: string }): boolean {
  return (market.start === undefined || date >= market.start) && (market.end === undefined || date <= market.end);
}

function frenchIso(iso: string): string {
  return frenchDay(dayFromIso(iso));
}
