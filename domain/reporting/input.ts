/**
 * The territory a bilan is computed from, as JSON (the CLI: the same file `ventilate` and
 * `eligibility` read) or as the workbook's decoded tables (the pane, the pipeline).
 */
import type { Day } from "../dates";
import { eligibilitySection, peopleWindows, readPeople } from "../eligibility";
import { ValidationFailed, type DomainError } from "../errors";
import { participantWindows } from "../territory";
import { sectionOf, type RulePack } from "../rules";
import {
  locateInJson,
  parseVentilationInput,
  requestFromRows,
  unknownParticipants,
  type DigestedRequest,
  type VentilationChoice,
  type VentilationInput,
} from "../ventilation";
import { participantsTable, type DecodedRow } from "../workbook";
import { reportBase, type BaseRequest, type PersonSource } from "./base";
import type { ReportBase } from "./model";
import type { PersonNamer } from "./people";

/**
 * The base of a territory given as JSON: `{"markets": [...], "lines": [...], "people": [...]}`.
 * Countable windows: the input's `windows` when given, else those of its `people` (eligibility).
 * The input's policy and spread apply unless `choice` says otherwise.
 *
 * @throws DomainError `ventilation.participant.unknown`
 * @example
 * const base = baseFromJson(JSON.parse(text), pack, todayDay(), { policy: "pro-rata" });
 */
export function baseFromJson(json: unknown, pack: RulePack, today: Day, choice: VentilationChoice = {}): ReportBase {
  const input: VentilationInput = parseVentilationInput(json);
  // A line naming nobody of `people` is refused, as by `ventilate`, `validate` and the workbook's
  // Heures → Participants check (the bilans counted it with no window deciding it).
  const unknown = unknownParticipants(input);
  if (unknown.length > 0) throw new ValidationFailed(unknown);
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
 * @throws ValidationFailed listing every problem of the tables (`baseRequestFromRows`, then the ventilation's and the profiles')
 */
export function baseFromRows(tables: ReportTables, pack: RulePack, today: Day, choice: VentilationChoice = {}): ReportBase {
  return reportBase(baseRequestFromRows(tables, pack, today), pack, today, choice);
}

/**
 * What the base of the workbook's tables is built from (the request to ventilate, the people, where
 * each line is): apart from `reportBase`, so that a face can hash the request (`digestedRequest`)
 * on another thread while the base is built, and give the digest as the choice's `inputDigest`.
 *
 * @example
 * const request = baseRequestFromRows(tables, pack, today);
 * reportBase(request, pack, today, { inputDigest: requestDigest(digestedRequest(request)) }) // => the same base as baseFromRows(tables, pack, today)
 * @throws ValidationFailed listing every problem of the tables, located by table, row and column
 */
export function baseRequestFromRows(tables: ReportTables, pack: RulePack, today: Day): BaseRequest {
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
  return {
    ...request.request,
    people,
    locate: request.locate,
    lineRows: request.rows.lines,
    names: { buyers: namesOf(tables.buyers), companies: namesOf(tables.companies) },
  };
}

/**
 * The part of a base's request its digest is computed on (the digest `reportBase` would compute itself).
 *
 * @example
 * requestDigest(digestedRequest(request)) === baseFromRows(tables, pack, today).inputDigest // => true
 */
export function digestedRequest(request: BaseRequest): DigestedRequest {
  return { markets: request.markets, lines: request.lines, windows: request.windows };
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
