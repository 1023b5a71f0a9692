export { eligibilitySection, eligibilityRulesSchema, criterionTestSchema, COUNTING_WINDOW_STARTS } from "./rules";
export type { EligibilityRules, Criterion, CriterionTest, ListEntry, ProofType, IaeRules, CountingWindowStart } from "./rules";
export { criterionMembers, criterionConfirmed, unconfirmedCriterionText, unconfirmedEligibilityRules } from "./confirmation";
export { participantFactsSchema, toDayFacts, checkFacts, entryCode } from "./facts";
export type { ParticipantFacts, BenefitPeriod, DayFacts, ExitFacts, PurgedFacts } from "./facts";
export { testHolds, changeDays, missingFacts } from "./criterion-tests";
export { iaeEligibility } from "./iae";
export type { IaeResult } from "./iae";
export {
  evaluateParticipant,
  criteriaOn,
  eligibleFromDay,
  eligibleSinceDay,
  countableUntilDay,
  withinBenefitValidity,
  referenceDay,
  NOT_ELIGIBLE,
} from "./evaluate";
export type { EligibilityResult } from "./evaluate";
export { factsFromRecord, recordFromFacts, parseBenefitEntry, formatBenefitEntry } from "./participant-records";
export {
  newValidation,
  validationRecordToTable,
  validationsFromRows,
  validationHistory,
  validationOn,
  parseProof,
  formatProof,
} from "./validations";
export type { Proof, ValidationRecord, ValidationPeriod } from "./validations";
export { countableWindows, recordedWindow } from "./windows";
export { upcomingDeadlines, DEFAULT_DEADLINE_HORIZON_DAYS } from "./deadlines";
export type { Deadline } from "./deadlines";
export { readPeople, evaluateAll, evaluatePeople, personView, peopleWindows, countingWindowText } from "./batch";
export type { BatchResult, PersonView } from "./batch";
