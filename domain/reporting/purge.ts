/**
 * The retention report and the purge, on a territory given as JSON (the CLI) or on the workbook's
 * decoded tables (the pane): who is due, and what to write instead of their personal fields.
 */
import type { CountableWindow } from "../countable";
import type { Day } from "../dates";
import {
  eligibilitySection,
  factsFromRecord,
  peopleWindows,
  readPeople,
  validationsFromRows,
  type EligibilityRules,
  type ParticipantFacts,
} from "../eligibility";
import { sectionOf, type RulePack } from "../rules";
import { parseOrThrow } from "../validation";
import { ventilationInputSchema } from "../ventilation";
import { participantsTable, type DecodedRow } from "../workbook";
import { baseFromJson, baseFromRows, type ReportTables } from "./input";
import type { ReportBase } from "./model";
import {
  activityDays,
  participantUpdate,
  purgedFacts,
  retentionReport,
  validationUpdate,
  type RetentionReport,
  type RowUpdate,
} from "./retention";

/**
 * The retention report of a JSON territory and, when `purge`, the territory with the due people's
 * personal fields removed (everything else as it was).
 *
 * @example
 * purgeJson(territory, pack, dayFromIso("2031-12-01"), 5, true)
 * // => { report: { due: [{ participant: "P2", … }], … }, territory: { markets, lines, people: [{ id: "P2", purged: {…}, … }, …] } }
 */
export function purgeJson(
  json: unknown,
  pack: RulePack,
  today: Day,
  years: number,
  purge: boolean,
): { report: RetentionReport; territory?: unknown } {
  const input = parseOrThrow(ventilationInputSchema, json);
  const rules = sectionOf(pack, eligibilitySection);
  const people = input.people === undefined ? [] : readPeople({ people: input.people }, rules, today).people;
  // The territory is checked whole (markets, lines, their dates and references) even for a report only.
  const base = baseFromJson(json, pack, today);
  const report = retentionReport(people, activityDays(input.lines), years, today);
  if (!purge) return { report };
  const due = new Set(report.due.map((entry) => entry.participant));
  const windows = windowsById(input.windows ?? peopleWindows({ people }, rules, today));
  const purgedPeople = people.map((facts, index) =>
    due.has(facts.id) ? purgedFacts(facts, profile(base, facts.id), windows.get(facts.id), today) : (input.people?.[index] as unknown),
  );
  return { report, territory: { ...(json as object), people: purgedPeople } };
}

/**
 * The retention report of the workbook and, for the due people, the cells to rewrite in Participants
 * and Validations (one batch each way; the Heures rows stay, pseudonymous).
 *
 * @example
 * const { report, participants, validations } = purgeRows({ markets, hours, participants, validations }, pack, today, 5);
 * await workbook.updateRows(participantsTable, participants);
 */
export function purgeRows(
  tables: ReportTables & { validations?: readonly DecodedRow[] },
  pack: RulePack,
  today: Day,
  years: number,
): { report: RetentionReport; participants: RowUpdate[]; validations: RowUpdate[] } {
  const base = baseFromRows(tables, pack, today);
  const rules = sectionOf(pack, eligibilitySection);
  const read = (tables.participants ?? []).map(({ row, values }) => ({ row, facts: factsOf(values, rules, today, row) }));
  const people = read.map((entry) => entry.facts);
  const validations = validationsFromRows(tables.validations ?? []).validations;
  const lines = tables.hours.flatMap(({ values }) =>
    typeof values.end === "string"
      ? [{ end: values.end, ...(values.participant === undefined ? {} : { participant: String(values.participant) }) }]
      : [],
  );
  const report = retentionReport(people, activityDays(lines, validations), years, today);
  const due = new Set(report.due.map((entry) => entry.participant));
  const windows = windowsById(peopleWindows({ people }, rules, today));
  const participantUpdates = read
    .filter(({ facts }) => due.has(facts.id))
    .map(({ row, facts }) => participantUpdate(row, purgedFacts(facts, profile(base, facts.id), windows.get(facts.id), today)));
  const validationUpdates = (tables.validations ?? [])
    .filter(({ values }) => due.has(String(values.participant)))
    .map(({ row, values }) => validationUpdate(row, String(values.participant)));
  return { report, participants: participantUpdates, validations: validationUpdates };
}

/** baseFromRows has already checked every row (it throws otherwise): this only reads the facts again. */
function factsOf(values: DecodedRow["values"], rules: EligibilityRules, today: Day, row: number): ParticipantFacts {
  return factsFromRecord(values, rules, today, { table: participantsTable.sheet, row }).facts;
}

function windowsById(windows: readonly CountableWindow[]): Map<string, CountableWindow> {
  return new Map(windows.map((window) => [window.participant, window]));
}

function profile(base: ReportBase, id: string) {
  return base.people.get(id) ?? { id, purged: false };
}
