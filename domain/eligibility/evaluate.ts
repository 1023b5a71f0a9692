/**
 * Evaluating a person's eligibility to the clause on a reference date (the hire date by default):
 * criteria met, priority flags, the first day they qualify when not yet eligible, the day their
 * hours stop counting when the pack sets a counting window, and the IAE helper.
 *
 * Eligibility is decided at the reference date and then frozen: someone eligible when hired stays
 * countable after turning 26 or leaving the job seekers' register (hiring ends it), until the end of
 * the counting window. This is the practice of checking eligibility at entry (domain reference
 * § 2.3); whether eligibility should be re-checked later is an open question (§ 9) not modelled.
 */
import { addMonthsToDay, dayFromIso, isoFromDay, type Day } from "../dates";
import { changeDays, missingFacts, testHolds } from "./criterion-tests";
import { toDayFacts, type DayFacts, type ParticipantFacts } from "./facts";
import { iaeEligibility, type IaeResult } from "./iae";
import type { Criterion, EligibilityRules } from "./rules";

/** Code the custom function returns for someone who meets no criterion. */
export const NOT_ELIGIBLE = "NON_ELIGIBLE";

export interface EligibilityResult {
  id: string;
  /** Reference date, ISO. */
  date: string;
  eligible: boolean;
  /** The criterion of lowest rank met (what `=CLAUSES.ELIGIBILITY` shows), or null. */
  main: string | null;
  /** Criteria met on the date, sorted. */
  criteria: string[];
  /** Priority flags (e.g. QPV), sorted. */
  priority: string[];
  /** When not eligible on the date: the first later day the person qualifies, or null. */
  eligibleFrom: string | null;
  /** Last day their hours count, when the pack sets a counting window and the first entry is known. */
  countableUntil: string | null;
  /** When eligible: first day of the uninterrupted period of eligibility containing the date (null = no known start). */
  eligibleSince: string | null;
  iae: IaeResult;
  /** Facts that, filled in, could establish a criterion not met (field names of the form). */
  missing: string[];
  /** A derogation reason is recorded but the facilitator has not validated it yet. */
  derogationPending: boolean;
  /** Not eligible, and the pack allows a derogation on a prescriber's motivated opinion. */
  derogationPossible: boolean;
}

function inForce(criterion: Criterion, day: Day): boolean {
  if (criterion.validFrom !== undefined && day < dayFromIso(criterion.validFrom)) return false;
  return criterion.validTo === undefined || day <= dayFromIso(criterion.validTo);
}

/**
 * The criteria and priority flags met on `day`, in rank order.
 *
 * @example
 * criteriaOn(toDayFacts(bernard), rules, dayFromIso("2026-03-02")).criteria.map((c) => c.code) // => ["DELD", "SENIOR"]
 */
export function criteriaOn(facts: DayFacts, rules: EligibilityRules, day: Day): { criteria: Criterion[]; priority: Criterion[] } {
  const met = rules.criteria
    .filter((criterion) => inForce(criterion, day) && testHolds(criterion.test, facts, day))
    .sort((a, b) => a.rank - b.rank);
  return {
    criteria: met.filter((criterion) => criterion.kind === "criterion"),
    priority: met.filter((criterion) => criterion.kind === "priority"),
  };
}

function eligibleOn(facts: DayFacts, rules: EligibilityRules, day: Day): boolean {
  return rules.criteria.some(
    (criterion) => criterion.kind === "criterion" && inForce(criterion, day) && testHolds(criterion.test, facts, day),
  );
}

/** Every day on which eligibility may change, sorted, without duplicates. */
function candidateDays(facts: DayFacts, rules: EligibilityRules): Day[] {
  const days = new Set<Day>();
  for (const criterion of rules.criteria) {
    if (criterion.kind !== "criterion") continue;
    for (const day of changeDays(criterion.test, facts)) days.add(day);
    if (criterion.validFrom !== undefined) days.add(dayFromIso(criterion.validFrom));
    if (criterion.validTo !== undefined) days.add(dayFromIso(criterion.validTo) + 1);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * The first day after `day` on which a person not eligible on `day` qualifies, or null when the
 * recorded facts never make them eligible. Only the days where an answer can change are tried.
 *
 * @example
 * // Claire, registered since 2025-07-01: DELD on her 12-month anniversary
 * eligibleFromDay(toDayFacts(claire), rules, dayFromIso("2026-03-02")) // => day of 2026-07-01
 */
export function eligibleFromDay(facts: DayFacts, rules: EligibilityRules, day: Day): Day | null {
  for (const candidate of candidateDays(facts, rules)) {
    if (candidate > day && eligibleOn(facts, rules, candidate)) return candidate;
  }
  return null;
}

/**
 * For someone eligible on `day`: the first day of their uninterrupted eligibility up to `day`, or
 * null when nothing recorded bounds it (e.g. a structure or a benefit without dates).
 *
 * @example
 * eligibleSinceDay(toDayFacts(claire), rules, dayFromIso("2026-08-15")) // => day of 2026-07-01
 */
export function eligibleSinceDay(facts: DayFacts, rules: EligibilityRules, day: Day): Day | null {
  const earlier = candidateDays(facts, rules).filter((candidate) => candidate <= day);
  // Eligibility is constant from each candidate day to the day before the next one: walk back
  // while the segment before the current start is eligible too.
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const start = earlier[index] as Day;
    // Nobody qualifies before birth: eligible « since birth » means no recorded start.
    if (!eligibleOn(facts, rules, start - 1)) return start === facts.birth ? null : start;
  }
  return null;
}

/**
 * Last day hours count: counting-window months after the window's start, minus one day (24 months
 * from 2026-03-02 run to 2028-03-01 inclusive); null without a window or a first entry. The start is
 * the pack's choice (`countingWindow.start`): the first entry into a clause, or the later of the
 * first entry and the first day of eligibility (`eligibleStart`, when known).
 *
 * @example
 * countableUntilDay(toDayFacts({ id: "A", firstClauseEntry: "2026-03-02" }), rulesWith24Months) // => day of 2028-03-01
 * countableUntilDay(toDayFacts({ id: "C", firstClauseEntry: "2026-03-02" }), rulesWith24MonthsFromEligibility, dayFromIso("2026-07-01")) // => day of 2028-06-30
 */
export function countableUntilDay(facts: DayFacts, rules: EligibilityRules, eligibleStart: Day | null = null): Day | null {
  const { months, start } = rules.countingWindow;
  if (months === null || facts.firstClauseEntry === undefined) return null;
  const from =
    start === "later-of-entry-and-eligibility" && eligibleStart !== null
      ? Math.max(facts.firstClauseEntry, eligibleStart)
      : facts.firstClauseEntry;
  return addMonthsToDay(from, months) - 1;
}

/**
 * The facts with each benefit period cut to the days the pack lets that benefit count
 * (`validFrom` / `validTo` of the benefit: an ATA recorded without an end stops counting when the
 * allowance ended).
 *
 * @example
 * withinBenefitValidity(toDayFacts({ id: "A", benefits: [{ code: "ATA", from: "2017-05-01" }] }), rules).benefits
 * // => [{ code: "ATA", from: day of 2017-05-01, to: day of 2018-08-31 }]
 */
export function withinBenefitValidity(facts: DayFacts, rules: EligibilityRules): DayFacts {
  const benefits = facts.benefits.map((benefit) => {
    const entry = rules.benefits.find((candidate) => candidate.code === benefit.code);
    const validFrom = entry?.validFrom === undefined ? undefined : dayFromIso(entry.validFrom);
    const validTo = entry?.validTo === undefined ? undefined : dayFromIso(entry.validTo);
    const from = validFrom === undefined || (benefit.from !== undefined && benefit.from > validFrom) ? benefit.from : validFrom;
    const to = validTo === undefined || (benefit.to !== undefined && benefit.to < validTo) ? benefit.to : validTo;
    return { code: benefit.code, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  });
  return { ...facts, benefits };
}

/**
 * The reference date of a person: the one given, else their first entry into a clause (the hire
 * date), else today.
 *
 * @example
 * referenceDay({ id: "A", firstClauseEntry: "2026-01-05" }, undefined, today) // => day of 2026-01-05
 */
export function referenceDay(facts: ParticipantFacts, given: Day | undefined, today: Day): Day {
  if (given !== undefined) return given;
  return facts.firstClauseEntry !== undefined ? dayFromIso(facts.firstClauseEntry) : today;
}

/**
 * Evaluates one person on a reference date.
 *
 * @example
 * evaluateParticipant(amina, rules, dayFromIso("2026-03-02"))
 * // => { id: "A", eligible: true, main: "JEUNE", criteria: ["JEUNE"], priority: ["QPV"], eligibleFrom: null, countableUntil: null,
 * //      iae: { level1: [], level2: ["JEUNE", "NIVEAU_3", "QPV"], eligibleFor: ["ACI", "AI", "EI", "EITI", "ETTI"] }, … }
 */
export function evaluateParticipant(facts: ParticipantFacts, rules: EligibilityRules, date: Day): EligibilityResult {
  const days = withinBenefitValidity(toDayFacts(facts), rules);
  const { criteria, priority } = criteriaOn(days, rules, date);
  const eligible = criteria.length > 0;
  const from = eligible ? null : eligibleFromDay(days, rules, date);
  const since = eligible ? eligibleSinceDay(days, rules, date) : null;
  const until = eligible || from !== null ? countableUntilDay(days, rules, from ?? since) : null;
  const hasDerogation = rules.criteria.some((criterion) => criterion.test.type === "derogation" && criterion.kind === "criterion");
  return {
    id: facts.id,
    date: isoFromDay(date),
    eligible,
    main: criteria[0]?.code ?? null,
    criteria: criteria.map((criterion) => criterion.code).sort(),
    priority: priority.map((criterion) => criterion.code).sort(),
    eligibleFrom: from === null ? null : isoFromDay(from),
    countableUntil: until === null ? null : isoFromDay(until),
    eligibleSince: since === null ? null : isoFromDay(since),
    iae: iaeEligibility(days, rules.iae, date),
    missing: eligible ? [] : missingOn(days, rules, date),
    derogationPending: facts.derogation !== undefined && (days.derogation?.validatedOn === undefined || days.derogation.validatedOn > date),
    derogationPossible: !eligible && hasDerogation,
  };
}

function missingOn(facts: DayFacts, rules: EligibilityRules, day: Day): string[] {
  const fields = rules.criteria
    .filter((criterion) => criterion.kind === "criterion")
    .flatMap((criterion) => missingFacts(criterion.test, facts, day));
  return [...new Set(fields)];
}
