/**
 * Checking one criterion's test on one day, and the days on which its answer can change.
 *
 * Facts are frozen as the form recorded them; what moves with time are anniversaries (12 months of
 * registration, 26th or 50th birthday, 6 months out of school) and the dates of benefits, RQTH
 * and derogation. Ages and durations are counted back from the day, as the Plateforme de
 * l'inclusion does (`birthdate > today − 26 years` for a jeune): see `hasLasted` (29 February
 * births turn 26 on 1 March of a common year). Between two such days a test cannot change its answer, so searching the first
 * day a person qualifies only needs to look at those days, never to walk the calendar.
 */
import { firstDayLasted, hasLasted, type Day } from "../dates";
import type { DayFacts } from "./facts";
import type { CriterionTest } from "./rules";

const within = (day: Day, from: Day | undefined, to: Day | undefined) =>
  (from === undefined || from <= day) && (to === undefined || day <= to);

/** Whether the person is registered as a job seeker on `day` (registration started on or before it). */
function isJobSeeker(facts: DayFacts, day: Day): boolean {
  return facts.jobSeekerSince !== undefined && facts.jobSeekerSince <= day;
}

/** Senior: `birthdate <= day − years`; jeune is its negation for 26 (les-emplois). */
const reachedAge = (birth: Day, day: Day, years: number) => hasLasted(birth, day, years * 12);

function ageTest(test: Extract<CriterionTest, { type: "age" }>, facts: DayFacts, day: Day): boolean {
  if (facts.birth === undefined) return false;
  if (test.minAge !== undefined && !reachedAge(facts.birth, day, test.minAge)) return false;
  if (test.maxAgeExclusive !== undefined && reachedAge(facts.birth, day, test.maxAgeExclusive)) return false;
  return test.jobSeeker !== true || isJobSeeker(facts, day);
}

function youthTest(test: Extract<CriterionTest, { type: "youth" }>, facts: DayFacts, day: Day): boolean {
  if (facts.birth === undefined || reachedAge(facts.birth, day, test.maxAgeExclusive)) return false;
  const school = facts.schoolLeft !== undefined && hasLasted(facts.schoolLeft, day, test.schoolLeftMinMonths);
  const qualification = facts.qualificationLevel !== undefined && facts.qualificationLevel <= test.maxQualificationLevel;
  switch (test.condition) {
    case "school":
      return school;
    case "qualification":
      return qualification;
    case "school-and-qualification":
      return school && qualification;
    case "school-or-qualification":
      return school || qualification;
  }
}

function jobSeekerMonthsTest(test: Extract<CriterionTest, { type: "jobSeekerMonths" }>, facts: DayFacts, day: Day): boolean {
  if (!isJobSeeker(facts, day)) return false;
  const since = facts.jobSeekerSince as Day;
  return (
    hasLasted(since, day, test.minMonths) && (test.maxMonthsExclusive === undefined || !hasLasted(since, day, test.maxMonthsExclusive))
  );
}

/**
 * Whether a test holds on `day`. Nobody qualifies before being born.
 *
 * @example
 * testHolds({ type: "jobSeekerMonths", minMonths: 12 }, toDayFacts({ id: "C", jobSeekerSince: "2025-07-01" }), dayFromIso("2026-07-01")) // => true
 * testHolds({ type: "jobSeekerMonths", minMonths: 12 }, toDayFacts({ id: "C", jobSeekerSince: "2025-07-01" }), dayFromIso("2026-06-30")) // => false
 */
export function testHolds(test: CriterionTest, facts: DayFacts, day: Day): boolean {
  if (facts.birth !== undefined && day < facts.birth) return false;
  switch (test.type) {
    case "jobSeekerMonths":
      return jobSeekerMonthsTest(test, facts, day);
    case "benefits":
      return facts.benefits.some((benefit) => test.benefits.includes(benefit.code) && within(day, benefit.from, benefit.to));
    case "rqth":
      return facts.rqth !== undefined && within(day, facts.rqth.from, facts.rqth.to);
    case "youth":
      return youthTest(test, facts, day);
    case "age":
      return ageTest(test, facts, day);
    case "qualification":
      return facts.qualificationLevel !== undefined && facts.qualificationLevel <= test.maxLevel;
    case "structure":
      return facts.structure !== undefined && test.structures.includes(facts.structure);
    case "programme":
      return facts.programmes.some((programme) => test.programmes.includes(programme));
    case "qpv":
      return facts.qpv;
    case "derogation":
      return facts.derogation?.validatedOn !== undefined && facts.derogation.validatedOn <= day;
  }
}

/**
 * The days on which a test's answer may change (it holds from that day on, or stops holding on it).
 *
 * @example
 * changeDays({ type: "jobSeekerMonths", minMonths: 12 }, toDayFacts({ id: "C", jobSeekerSince: "2025-07-01" }))
 * // => [day of 2025-07-01, day of 2026-07-01]
 */
export function changeDays(test: CriterionTest, facts: DayFacts): Day[] {
  const days: (Day | undefined)[] = [facts.birth];
  const since = facts.jobSeekerSince;
  const birthday = (years: number | undefined) =>
    facts.birth === undefined || years === undefined ? undefined : firstDayLasted(facts.birth, years * 12);
  switch (test.type) {
    case "jobSeekerMonths":
      if (since !== undefined) days.push(since, firstDayLasted(since, test.minMonths));
      if (since !== undefined && test.maxMonthsExclusive !== undefined) days.push(firstDayLasted(since, test.maxMonthsExclusive));
      break;
    case "benefits":
      for (const benefit of facts.benefits) days.push(benefit.from, benefit.to === undefined ? undefined : benefit.to + 1);
      break;
    case "rqth":
      days.push(facts.rqth?.from, facts.rqth?.to === undefined ? undefined : facts.rqth.to + 1);
      break;
    case "youth":
      days.push(birthday(test.maxAgeExclusive));
      if (facts.schoolLeft !== undefined) days.push(firstDayLasted(facts.schoolLeft, test.schoolLeftMinMonths));
      break;
    case "age":
      days.push(birthday(test.minAge), birthday(test.maxAgeExclusive));
      if (test.jobSeeker) days.push(since);
      break;
    case "derogation":
      days.push(facts.derogation?.validatedOn);
      break;
    default:
      break; // qualification, structure, programme, QPV: recorded without dates, constant in time
  }
  return days.filter((day): day is Day => day !== undefined);
}

/**
 * Facts whose absence keeps a test from being established on `day` (shown to the facilitator as
 * « à compléter »). Absent registration or benefits are answers (« none »), not gaps.
 *
 * @example
 * missingFacts({ type: "youth", maxAgeExclusive: 26, schoolLeftMinMonths: 6, maxQualificationLevel: 3, condition: "school" },
 *   toDayFacts({ id: "A", birthDate: "2001-05-10" }), dayFromIso("2026-03-02")) // => ["schoolLeftDate"]
 */
export function missingFacts(test: CriterionTest, facts: DayFacts, day: Day): string[] {
  switch (test.type) {
    case "age":
      return facts.birth === undefined ? ["birthDate"] : [];
    case "youth":
      if (facts.birth === undefined) return ["birthDate"];
      if (reachedAge(facts.birth, day, test.maxAgeExclusive)) return [];
      return [
        ...(test.condition !== "qualification" && facts.schoolLeft === undefined ? ["schoolLeftDate"] : []),
        ...(test.condition !== "school" && facts.qualificationLevel === undefined ? ["qualificationLevel"] : []),
      ];
    case "qualification":
      return facts.qualificationLevel === undefined ? ["qualificationLevel"] : [];
    default:
      return [];
  }
}
