/**
 * Evaluating a list of people given as JSON (the CLI's input): `{"date"?: "2026-03-02", "people": [...]}`.
 * Every problem of every person is reported at once, naming the person and the field.
 */
import { z } from "zod";
import { dayFromIso, isoFromDay, type Day } from "../dates";
import { DomainError, ValidationFailed, errorsOf } from "../errors";
import { duplicateId, notBornOn } from "./errors";
import { isoDateSchema } from "../rules/schema";
import { parseOrThrow } from "../validation";
import { evaluateParticipant, referenceDay, type EligibilityResult } from "./evaluate";
import { checkFacts, participantFactsSchema, type ParticipantFacts } from "./facts";
import type { IaeResult } from "./iae";
import type { CountableWindow } from "../countable";
import { countableWindows, recordedWindow } from "./windows";
import type { CountingWindowStart, EligibilityRules } from "./rules";
import { unconfirmedEligibilityRules } from "./confirmation";

/**
 * `{"date"?, "people": [...]}`; the territory JSON the other commands read (contracts, hour lines,
 * windows, policy) is accepted as it is: only `people` (and `date`) concern eligibility.
 */
const batchSchema = z
  .object({
    date: isoDateSchema.optional(),
    people: z.array(z.unknown()),
    markets: z.array(z.unknown()).optional(),
    lines: z.array(z.unknown()).optional(),
    windows: z.array(z.unknown()).optional(),
    policy: z.unknown().optional(),
    spread: z.unknown().optional(),
    needs: z.array(z.unknown()).optional(),
    proposals: z.array(z.unknown()).optional(),
    steps: z.array(z.unknown()).optional(),
  })
  .strict();

/** One person in the CLI's output (the contract: these keys, in this order). */
export interface PersonView {
  id: string;
  /** Only when no reference date was given: each person is then evaluated on their own first entry (or today). */
  date?: string;
  eligible: boolean;
  criteria: string[];
  priority: string[];
  eligibleFrom: string | null;
  countableUntil: string | null;
  iae: IaeResult;
}

export interface BatchResult {
  /** The reference date given (`--date` wins over the input's), or null when each person has their own. */
  date: string | null;
  rulePack: string;
  people: PersonView[];
  /** The counting window applied to `countableUntil`: its length (null = none), where it starts, and its provenance. */
  countingWindow: { months: number | null; start: CountingWindowStart; explanation: string; confirmed: boolean };
  /** False when a rule used is « à confirmer » (listed in `unconfirmed`). */
  confirmed: boolean;
  unconfirmed: string[];
}

/**
 * Reads and checks the people of a JSON input. `dateOverride` (the CLI's `--date`) wins over the
 * input's `date`. Throws `ValidationFailed` listing every problem, each naming the person.
 *
 * @example
 * readPeople({ date: "2026-03-02", people: [{ id: "A", birthDate: "2001-05-10" }] }, rules, today)
 * // => { date: <2026-03-02>, people: [{ id: "A", birthDate: "2001-05-10" }] }
 */
export function readPeople(
  json: unknown,
  rules: EligibilityRules,
  today: Day,
  dateOverride?: Day,
): { date?: Day; people: ParticipantFacts[] } {
  const input = parseOrThrow(batchSchema, json);
  const date = dateOverride ?? (input.date === undefined ? undefined : dayFromIso(input.date));
  const errors: DomainError[] = [];
  const people: ParticipantFacts[] = [];
  const positions: number[] = [];
  input.people.forEach((raw, index) => {
    const person = personLabel(raw, index);
    const rename = (error: DomainError) =>
      new DomainError(error.code, error.reason, { field: `${error.where.field ?? `people[${index}]`} (${person})` });
    try {
      const facts = parseOrThrow(participantFactsSchema, raw, { root: `people[${index}]` }) as ParticipantFacts;
      const checked = checkFacts(facts, rules, today, (field, item) => ({ field: `people[${index}].${fieldPath(field, item)}` }));
      errors.push(...checked.errors.map(rename));
      if (date !== undefined && facts.birthDate !== undefined && dayFromIso(facts.birthDate) > date) {
        errors.push(rename(notBornOn(isoFromDay(date), { field: `people[${index}].birthDate` })));
      }
      people.push(checked.facts);
      positions.push(index);
    } catch (thrown) {
      const found = errorsOf(thrown);
      if (found.length === 0) throw thrown;
      errors.push(...found.map(rename));
    }
  });
  const ids = new Map<string, number>();
  people.forEach((facts, index) => {
    if (ids.has(facts.id)) errors.push(duplicateId(facts.id, { field: `people[${positions[index]}].id` }));
    ids.set(facts.id, index);
  });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return { ...(date === undefined ? {} : { date }), people };
}

function personLabel(raw: unknown, index: number): string {
  const id = raw && typeof raw === "object" ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? `personne « ${id} »` : `personne n° ${index + 1}`;
}

function fieldPath(field: string, index?: number): string {
  if (field === "benefits.to") return `benefits[${index ?? 0}].to`;
  return index === undefined ? field : `${field}[${index}]`;
}

/**
 * Full results for every person: on the given date, else on their first entry into a clause, else
 * today. For other commands reading `people` (ventilation, bilans): `countableWindows(evaluateAll(…))`.
 *
 * @example
 * countableWindows(evaluateAll(readPeople(json, rules, today), rules, today)) // => [{ participant: "C", from: "2026-07-01", … }]
 */
export function evaluateAll(
  input: { date?: Day; people: readonly ParticipantFacts[] },
  rules: EligibilityRules,
  today: Day,
): EligibilityResult[] {
  return input.people.map((facts) => evaluateParticipant(facts, rules, referenceDay(facts, input.date, today)));
}

/**
 * The countable windows of people read from JSON (what `ventilate` and `report` apply when the input
 * gives no `windows`): each person evaluated on their own reference date, except people whose
 * personal fields were purged, who keep the window recorded at the purge.
 *
 * @example
 * peopleWindows(readPeople({ people }, rules, today), rules, today) // => [{ participant: "C", from: "2026-07-01", … }, …]
 */
export function peopleWindows(
  input: { date?: Day; people: readonly ParticipantFacts[] },
  rules: EligibilityRules,
  today: Day,
): CountableWindow[] {
  const evaluated = countableWindows(evaluateAll({ ...input, people: input.people.filter((facts) => !facts.purged) }, rules, today));
  const byId = new Map(evaluated.map((window) => [window.participant, window]));
  return input.people.map((facts) => (facts.purged ? recordedWindow(facts) : (byId.get(facts.id) as CountableWindow)));
}

/**
 * The CLI's answer: every person evaluated, in the contract's shape.
 *
 * @example
 * evaluatePeople(readPeople(json, rules, today), rules, "national@2026.11.1", today)
 * // => { date: "2026-03-02", rulePack: "national@2026.11.1", people: [{ id: "A", eligible: true, criteria: ["JEUNE"], … }] }
 */
export function evaluatePeople(
  input: { date?: Day; people: readonly ParticipantFacts[] },
  rules: EligibilityRules,
  rulePack: string,
  today: Day,
): BatchResult {
  const perPerson = input.date === undefined;
  const results = evaluateAll(input, rules, today);
  const people = results.map((result) => personView(result, perPerson));
  const unconfirmed = unconfirmedEligibilityRules(rules, results);
  const { months, start, confirmed } = rules.countingWindow;
  const countingWindow = { months, start, explanation: countingWindowText(months, start), confirmed };
  return {
    date: perPerson ? null : isoFromDay(input.date as Day),
    rulePack,
    people,
    countingWindow,
    confirmed: unconfirmed.length === 0,
    unconfirmed,
  };
}

/**
 * The counting window in one French sentence, as results state it.
 *
 * @example
 * countingWindowText(24, "later-of-entry-and-eligibility")
 * // => "heures comptabilisables 24 mois à partir de la plus tardive des deux dates : première entrée dans une clause, premier jour d'éligibilité"
 */
export function countingWindowText(months: number | null, start: CountingWindowStart): string {
  if (months === null) return "aucune durée de comptabilisation fixée par le paquet : les heures comptent sans limite de durée";
  const from =
    start === "first-entry"
      ? "de la première entrée dans une clause (même si la personne devient éligible plus tard)"
      : "de la plus tardive des deux dates : première entrée dans une clause, premier jour d'éligibilité";
  return `heures comptabilisables ${months} mois à partir ${from}`;
}

/**
 * The contract's view of a result (the facilitator's pane shows more: main criterion, missing facts…).
 *
 * @example
 * personView(result, false) // => { id, eligible, criteria, priority, eligibleFrom, countableUntil, iae }
 */
export function personView(result: EligibilityResult, withDate: boolean): PersonView {
  return {
    id: result.id,
    ...(withDate ? { date: result.date } : {}),
    eligible: result.eligible,
    criteria: result.criteria,
    priority: result.priority,
    eligibleFrom: result.eligibleFrom,
    countableUntil: result.countableUntil,
    iae: result.iae,
  };
}
