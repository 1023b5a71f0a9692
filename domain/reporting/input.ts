/**
 * The territory a bilan is computed from, as JSON (the CLI: the same file `ventilate` and
 * `eligibility` read) or as the workbook's decoded tables (the pane, the pipeline).
 */
import type { Day } from "../dates";
import { eligibilitySection, peopleWindows, readPeople } from "../eligibility";
import { ValidationFailed, type DomainError } from "../errors";
import { participantWindows } from "../territory";
import { sectionOf, type RulePack } from "../rules";
import { locateInJson, parseVentilationInput, requestFromRows, type VentilationChoice, type VentilationInput } from "../ventilation";
import { participantsTable, type DecodedRow } from "../workbook";
import { reportBase, type PersonSource } from "./base";
import type { ReportBase } from "./model";
import type { PersonNamer } from "./people";

/**
 * The base of a territory given as JSON: `{"markets": [...], "lines": [...], "people": [...]}`.
 * Countable windows: the input's `windows` when given, else those of its `people` (eligibility).
 * The input's policy and spread apply unless `choice` says otherwise.
 *
 * @example
 * const base = baseFromJson(JSON.parse(text), pack, todayDay(), { policy: "pro-rata" });
 */
export function baseFromJson(json: unknown, pack: RulePack, today: Day, choice: VentilationChoice = {}): ReportBase {
  const input: VentilationInput = parseVentilationInput(json);
  const rules = sectionOf(pack, eligibilitySection);
  const people = input.people === undefined ? [] : readPeople({ people: input.people }, rules, today).people;
  const windows = input.windows ?? (people.length > 0 ? peopleWindows({ people }, rules, today) : []);
  const sources: PersonSource[] = people.map((facts, index) => ({ facts, name: jsonNamer(index, facts.id) }));
  return reportBase({ markets: input.markets, lines: input.lines, windows, people: sources, locate: locateInJson }, pack, today, {
    ...(input.policy ? { policy: input.policy } : {}),
    ...(input.spread ? { spread: input.spread } : {}),
    ...choice,
  });
}

function jsonNamer(index: number, id: string): PersonNamer {
  return (field) => ({ field: `people[${index}].${field} (personne « ${id} »)` });
}

export interface ReportTables {
  markets: readonly DecodedRow[];
  hours: readonly DecodedRow[];
  participants?: readonly DecodedRow[];
  buyers?: readonly DecodedRow[];
  companies?: readonly DecodedRow[];
}

const PARTICIPANT_COLUMNS: Record<Parameters<PersonNamer>[0], string> = {
  "exit.date": "exitDate",
  "exit.situation": "exitSituation",
  "exit.after6Months": "situationAfter6Months",
  "purged.ageBand": "ageBandAtEntry",
};

/**
 * The base of the workbook's decoded tables; every problem located by table, row and column.
 *
 * @example
 * baseFromRows({ markets, hours, participants, buyers, companies }, pack, services.today())
 */
export function baseFromRows(tables: ReportTables, pack: RulePack, today: Day, choice: VentilationChoice = {}): ReportBase {
  // The same windows as every other face (the ventilation pane, the functions, `clauses run`).
  const reading = participantWindows(tables.participants ?? [], pack, today);
  const errors: DomainError[] = [...reading.errors];
  const people: PersonSource[] = reading.people.map(({ row, facts }) => {
    const where = { table: participantsTable.sheet, row };
    return { facts, name: (field) => ({ ...where, column: headerOf(PARTICIPANT_COLUMNS[field]) }) };
  });
  const request = requestFromRows(tables.markets, tables.hours, reading.windows);
  errors.push(...request.errors);
  if (errors.length > 0) throw new ValidationFailed(errors);
  return reportBase(
    {
      ...request.request,
      people,
      locate: request.locate,
      lineRows: request.rows.lines,
      names: { buyers: namesOf(tables.buyers), companies: namesOf(tables.companies) },
    },
    pack,
    today,
    choice,
  );
}

function headerOf(key: string): string {
  return participantsTable.columns.find((column) => column.key === key)?.header ?? key;
}

function namesOf(rows: readonly DecodedRow[] | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const { values } of rows ?? []) {
    if (typeof values.id === "string" && typeof values.name === "string" && values.name !== "") names.set(values.id, values.name);
  }
  return names;
}
