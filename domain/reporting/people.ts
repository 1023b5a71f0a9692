/**
 * People as the bilans see them: categories (sex, age band at entry, QPV, outcome), and — for the
 * facilitator's own view only — the main criterion that made them eligible. Dates of birth and
 * benefits are read here and go no further.
 */
import { ageOn, dayFromIso, type Day } from "../dates";
import type { DomainError, Where } from "../errors";
import { ageBandUnknown, exitDateMissing, situationUnknown } from "./errors";
import { evaluateParticipant, NOT_ELIGIBLE, referenceDay, type EligibilityRules, type ParticipantFacts } from "../eligibility";
import { normalizeLabel } from "../text";
import type { PersonProfile } from "./model";
import type { ReportingRules } from "./rules";

/** How a person's field is located in errors: a JSON path or a Participants cell. */
export type PersonNamer = (field: "exit.date" | "exit.situation" | "exit.after6Months" | "purged.ageBand") => Where;

export interface ProfileContext {
  rules: ReportingRules;
  eligibility: EligibilityRules;
  today: Day;
  /** First day of each participant's hours (the entry when no first clause entry is recorded). */
  firstDays: ReadonlyMap<string, Day>;
}

/**
 * A person's profile; situation codes may be typed as codes or labels. Every problem is located.
 *
 * @example
 * profileOf({ id: "P1", sex: "F", birthDate: "2001-05-10", firstClauseEntry: "2026-01-05", exit: { date: "2026-10-31", situation: "CDI" } }, context, name)
 * // => { profile: { id: "P1", sex: "F", ageBand: "moins-26", criterion: "JEUNE", purged: false, exitDate: <2026-10-31>, exitSituation: "CDI" }, errors: [] }
 */
export function profileOf(
  facts: ParticipantFacts,
  context: ProfileContext,
  name: PersonNamer,
): { profile: PersonProfile; errors: DomainError[] } {
  const errors: DomainError[] = [];
  const situation = (text: string | undefined, field: "exit.situation" | "exit.after6Months") => {
    if (text === undefined) return undefined;
    const code = situationCode(context.rules, text);
    if (code === null) {
      const known = context.rules.situations.map((entry) => entry.code).join(", ");
      errors.push(situationUnknown(text, known, name(field)));
    }
    return code ?? undefined;
  };
  const exitSituation = situation(facts.exit?.situation, "exit.situation");
  const after6Months = situation(facts.exit?.after6Months, "exit.after6Months");
  if ((exitSituation !== undefined || after6Months !== undefined) && facts.exit?.date === undefined) {
    errors.push(exitDateMissing(name("exit.date")));
  }
  const profile: PersonProfile = {
    id: facts.id,
    ...(facts.sex ? { sex: facts.sex } : {}),
    ...(facts.qpv === undefined ? {} : { qpv: facts.qpv }),
    purged: facts.purged !== undefined,
    ...optional("ageBand", ageBandOf(facts, context, name, errors)),
    ...optional("criterion", facts.purged ? undefined : mainCriterion(facts, context)),
    ...optional("exitDate", facts.exit?.date === undefined ? undefined : dayFromIso(facts.exit.date)),
    ...optional("exitSituation", exitSituation),
    ...optional("after6Months", after6Months),
  };
  return { profile, errors };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/**
 * The code of a situation typed by its code or its French label (accents and case ignored), or null.
 *
 * @example
 * situationCode(rules, "cdd de moins de 6 mois") // => "CDD-MOINS-6M"
 */
export function situationCode(rules: ReportingRules, text: string): string | null {
  const wanted = normalizeLabel(text);
  return rules.situations.find((entry) => normalizeLabel(entry.code) === wanted || normalizeLabel(entry.label) === wanted)?.code ?? null;
}

/**
 * The age band of an age (the pack's bands cover every age: checked when the pack is built).
 *
 * @example
 * ageBandOfAge(rules, 25) // => "moins-26"
 * ageBandOfAge(rules, 50) // => "50-plus"
 */
export function ageBandOfAge(rules: ReportingRules, age: number): string {
  const band = rules.ageBands.find((entry) => age >= entry.minAge && (entry.maxAgeExclusive === undefined || age < entry.maxAgeExclusive));
  return band?.code ?? (rules.ageBands[rules.ageBands.length - 1] as { code: string }).code;
}

function ageBandOf(facts: ParticipantFacts, context: ProfileContext, name: PersonNamer, errors: DomainError[]): string | undefined {
  if (facts.purged) {
    const kept = facts.purged.ageBand;
    if (kept !== undefined && !context.rules.ageBands.some((band) => band.code === kept)) {
      const known = context.rules.ageBands.map((band) => band.code).join(", ");
      errors.push(ageBandUnknown(kept, known, name("purged.ageBand")));
      return undefined;
    }
    return kept;
  }
  const entry = entryDay(facts, context.firstDays);
  if (facts.birthDate === undefined || entry === undefined) return undefined;
  return ageBandOfAge(context.rules, ageOn(dayFromIso(facts.birthDate), entry));
}

/**
 * The day a person entered the clause: the recorded first entry, else the first day of their hours.
 *
 * @example
 * entryDay({ id: "P1" }, new Map([["P1", dayFromIso("2026-01-01")]])) // => day of 2026-01-01
 */
export function entryDay(facts: ParticipantFacts, firstDays: ReadonlyMap<string, Day>): Day | undefined {
  return facts.firstClauseEntry !== undefined ? dayFromIso(facts.firstClauseEntry) : firstDays.get(facts.id);
}

/**
 * The criterion that made a person eligible (the main one on their reference date, or on the day
 * they became eligible), or `NON_ELIGIBLE`.
 */
function mainCriterion(facts: ParticipantFacts, context: ProfileContext): string {
  const date = referenceDay(facts, undefined, context.today);
  const result = evaluateParticipant(facts, context.eligibility, date);
  if (result.main) return result.main;
  if (result.eligibleFrom) return evaluateParticipant(facts, context.eligibility, dayFromIso(result.eligibleFrom)).main ?? NOT_ELIGIBLE;
  return NOT_ELIGIBLE;
}
