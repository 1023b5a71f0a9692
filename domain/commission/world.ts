/**
 * Everything the forecast and the commission read, made once from the territory file (the CLI) or
 * from the workbook's decoded tables (the pane, the custom functions): the ventilated base the
 * bilans use (so credited hours are the same figures everywhere), the people's facts, the needs,
 * proposals and steps (entered steps joined with the steps the hour lines show).
 */
import type { Day } from "../dates";
import {
  eligibilitySection,
  factsFromRecord,
  peopleWindows,
  readPeople,
  validationHistory,
  validationsFromRows,
  type ParticipantFacts,
  type ValidationPeriod,
} from "../eligibility";
import { ValidationFailed, type DomainError } from "../errors";
import { baseFromJson, baseFromRows, type ReportBase, type ReportTables } from "../reporting";
import { sectionOf, valueOn, type RulePack } from "../rules";
import { sizingSection } from "../sizing/rules";
import { parseOrThrow } from "../validation";
import { requestFromRows, ventilationInputSchema, ventilationOptions, type Policy, type Spread } from "../ventilation";
import type { ForecastInput } from "./forecast";
import { commissionSection } from "./rules";
import { participantsTable, type DecodedRow } from "../workbook";
import { commissionFromJson, commissionFromRows, type CommissionTables, type MarketRef } from "./input";
import type { CommissionData } from "./model";
import { stepsFromLines, type PathLine } from "./paths";
import type { Request } from "./projection";

export interface CommissionWorld {
  base: ReportBase;
  /** What the base was ventilated from (the forecast projects it). */
  request: Request;
  people: ParticipantFacts[];
  data: CommissionData;
  /** Entered steps and the steps of the hour lines, together. */
  steps: CommissionData["steps"];
  validations?: ReadonlyMap<string, readonly ValidationPeriod[]>;
  hoursPerFte: number;
}

const VENTILATION_KEYS = ["markets", "lines", "people", "windows", "policy", "spread"] as const;

/**
 * The world of a territory file: `{"markets", "lines", "people", "needs"?, "proposals"?, "steps"?}`.
 *
 * @example
 * const world = worldFromJson(JSON.parse(text), pack, today, dayFromIso("2026-06-03"));
 * @throws {ValidationFailed} every problem of the file, located by field
 */
export function worldFromJson(json: unknown, pack: RulePack, today: Day, date: Day): CommissionWorld {
  const object = (json ?? {}) as Record<string, unknown>;
  const ventilation = Object.fromEntries(VENTILATION_KEYS.filter((key) => key in object).map((key) => [key, object[key]]));
  const base = baseFromJson(ventilation, pack, today);
  const rules = sectionOf(pack, eligibilitySection);
  const people = object.people === undefined ? [] : readPeople({ people: object.people }, rules, today).people;
  const input = parseOrThrow(ventilationInputSchema, ventilation);
  const windows = input.windows ?? (people.length > 0 ? peopleWindows({ people }, rules, today) : []);
  const request: Request = { markets: input.markets, lines: input.lines, windows };
  const data = commissionFromJson(
    { needs: object.needs, proposals: object.proposals, steps: object.steps },
    marketRefs(base),
    new Set(people.map((person) => person.id)),
  );
  const lines = (Array.isArray(object.lines) ? object.lines : []) as PathLine[];
  return { base, request, people, data, steps: [...data.steps, ...stepsFromLines(lines)], hoursPerFte: hoursPerFteOn(pack, date) };
}

export interface WorldTables extends ReportTables, CommissionTables {
  validations?: readonly DecodedRow[];
}

/**
 * The world of the workbook's decoded tables; candidates there must hold a validation in force.
 *
 * @example
 * const world = worldFromRows({ markets, hours, participants, validations, needs, proposals, steps }, pack, today, today);
 * @throws {ValidationFailed} every problem located by table, row and column
 */
export function worldFromRows(tables: WorldTables, pack: RulePack, today: Day, date: Day): CommissionWorld {
  const base = baseFromRows(tables, pack, today);
  const rules = sectionOf(pack, eligibilitySection);
  const errors: DomainError[] = [];
  const people = (tables.participants ?? []).map(({ row, values }) => {
    const read = factsFromRecord(values, rules, today, { table: participantsTable.sheet, row });
    errors.push(...read.errors);
    return read.facts;
  });
  const validations = validationsFromRows(tables.validations ?? []);
  errors.push(...validations.errors);
  if (errors.length > 0) throw new ValidationFailed(errors);
  // The same windows as baseFromRows, so projected and real credits follow one rule.
  const windows = people.length > 0 ? peopleWindows({ people }, rules, today) : [];
  const request: Request = requestFromRows(tables.markets, tables.hours, windows).request;
  const data = commissionFromRows(tables, marketRefs(base), new Set(people.map((person) => person.id)));
  const byRow = new Map(tables.hours.map((row) => [row.row, row.values]));
  const lines: PathLine[] = base.lines.map((line) => ({
    ...(line.participant ? { participant: line.participant } : {}),
    company: line.company,
    ...(line.market ? { market: line.market } : {}),
    ...(line.mode ? { mode: line.mode } : {}),
    start: String(byRow.get(line.ref)?.start),
    end: String(byRow.get(line.ref)?.end),
    hours: line.hours,
  }));
  return {
    base,
    request,
    people,
    data,
    steps: [...data.steps, ...stepsFromLines(lines)],
    validations: validationHistory(validations.validations),
    hoursPerFte: hoursPerFteOn(pack, date),
  };
}

/**
 * What the forecast reads of a world, with the pack's options (policy, spread, pace).
 *
 * @example
 * forecastHours(forecastInput(world, pack), "2026-06")
 */
export function forecastInput(world: CommissionWorld, pack: RulePack): ForecastInput {
  return {
    base: world.base,
    request: world.request,
    options: ventilationOptions(pack, { policy: world.base.policy as Policy, spread: world.base.spread as Spread }),
    hoursPerFte: world.hoursPerFte,
    paceMonths: sectionOf(pack, commissionSection).paceMonths.value,
  };
}

function marketRefs(base: ReportBase): MarketRef[] {
  return base.contracts.map((contract) => ({ id: contract.id, company: contract.company, pooled: contract.pooled }));
}

function hoursPerFteOn(pack: RulePack, date: Day): number {
  return valueOn(sectionOf(pack, sizingSection).hoursPerFte, date, "heures par ETP").value;
}
