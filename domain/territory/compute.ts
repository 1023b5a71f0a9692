/**
 * One computation per figure. The pane, the custom functions, the pipeline (`clauses run`,
 * « Tout recalculer ») and the CLI on JSON all ventilate a territory through `ventilateTerritory`
 * (or, for the bilans, `baseFromRows` / `baseFromJson`, which use the same windows): the same
 * Marchés, Heures and — wherever the face knows them — Participants give the same figure, so a
 * buyer gets one answer whichever button the facilitator pressed.
 *
 * The countable windows (the days a participant's hours count for the clause) come from the
 * Participants rows here and only here: each person evaluated on their own reference date (first
 * clause entry, else today); a purged person keeps the window recorded at the purge.
 */
import type { CountableWindow } from "../countable";
import type { Day } from "../dates";
import { eligibilitySection, factsFromRecord, peopleWindows, type ParticipantFacts } from "../eligibility";
import { DomainError, ValidationFailed } from "../errors";
import { sectionOf, type RulePack } from "../rules";
import {
  prepareRows,
  ventilate,
  ventilationOptions,
  type PreparedRows,
  type TableRequest,
  type VentilationOptions,
  type VentilationResult,
} from "../ventilation";
import { participantsTable, type DecodedRow } from "../workbook";

export interface TerritoryRows {
  markets: readonly DecodedRow[];
  hours: readonly DecodedRow[];
  /** The Participants rows; absent or empty = no window (every hour counts). */
  participants?: readonly DecodedRow[];
}

export interface ParticipantReading {
  /** Facts of each row, in order, with the sheet row they came from. */
  people: { row: number; facts: ParticipantFacts }[];
  /** One window per person (empty when a row has a problem: nothing is computed on holes). */
  windows: CountableWindow[];
  errors: DomainError[];
}

/**
 * Reads the Participants rows into facts and countable windows, every problem located.
 *
 * @example
 * participantWindows(decodedParticipants, pack, today).windows
 * // => [{ participant: "P003", from: "2026-07-01", reason: "éligible à partir du 01/07/2026" }, …]
 */
export function participantWindows(rows: readonly DecodedRow[], pack: RulePack, today: Day): ParticipantReading {
  const rules = sectionOf(pack, eligibilitySection);
  const errors: DomainError[] = [];
  const people: ParticipantReading["people"] = [];
  for (const { row, values } of rows) {
    const read = factsFromRecord(values, rules, today, { table: participantsTable.sheet, row });
    errors.push(...read.errors);
    people.push({ row, facts: read.facts });
  }
  const facts = people.map((person) => person.facts);
  const windows = errors.length === 0 && facts.length > 0 ? peopleWindows({ people: facts }, rules, today) : [];
  return { people, windows, errors };
}

/** A territory's tables read once for every rule and spread: its countable windows and its prepared request. */
export interface PreparedTerritory extends PreparedRows {
  windows: CountableWindow[];
}

/**
 * Reads the Participants' windows and prepares Marchés and Heures with them: what every
 * ventilation of these tables shares, whatever the rule and spread (the pane ventilates the same
 * tables under several). Throws `ValidationFailed` listing every problem (Participants first).
 *
 * @example
 * const territory = prepareTerritory({ markets, hours, participants }, pack, today);
 * ventilatePrepared(territory, ventilationOptions(pack)).result // => what ventilateTerritory gives
 * @throws ValidationFailed (`table.cell.invalid`, `ventilation.cell.invalid`, `eligibility.*`)
 */
export function prepareTerritory(tables: TerritoryRows, pack: RulePack, today: Day): PreparedTerritory {
  const reading = participantWindows(tables.participants ?? [], pack, today);
  if (reading.errors.length > 0) throw new ValidationFailed(reading.errors);
  const counting = ventilationOptions(pack).counting;
  return { ...prepareRows(tables.markets, tables.hours, counting, reading.windows), windows: reading.windows };
}

/**
 * Ventilates a prepared territory under the options' rule and spread.
 *
 * @example
 * ventilatePrepared(prepareTerritory(tables, pack, today), ventilationOptions(pack, { policy: "pro-rata" })).result.markets[0].total
 */
export function ventilatePrepared(
  territory: PreparedTerritory,
  options: VentilationOptions,
): { result: VentilationResult; rows: TableRequest["rows"]; windows: CountableWindow[] } {
  return { result: ventilate(territory.prepared, options), rows: territory.rows, windows: territory.windows };
}

/**
 * Ventilates the workbook's decoded tables with the countable windows of its Participants.
 * Throws `ValidationFailed` listing every problem (Participants first), located by table, row and column.
 *
 * @example
 * const { result, rows } = ventilateTerritory({ markets, hours, participants }, pack, today, ventilationOptions(pack, { detail: true }));
 * result.markets.find((market) => market.id === "M1")?.total // => the same figure the pane, the functions and `clauses run` show
 * @throws ValidationFailed (`table.cell.invalid`, `ventilation.cell.invalid`, `eligibility.*`)
 */
export function ventilateTerritory(
  tables: TerritoryRows,
  pack: RulePack,
  today: Day,
  options: VentilationOptions,
): { result: VentilationResult; rows: TableRequest["rows"]; windows: CountableWindow[] } {
  const reading = participantWindows(tables.participants ?? [], pack, today);
  if (reading.errors.length > 0) throw new ValidationFailed(reading.errors);
  const territory = { ...prepareRows(tables.markets, tables.hours, options.counting, reading.windows), windows: reading.windows };
  return ventilatePrepared(territory, options);
}
