export { reportingSection, reportingRulesSchema, OUTCOME_CATEGORIES } from "./rules";
export type { ReportingRules, AgeBand, Situation, OutcomeCategory } from "./rules";
export type { Scope, ScopeKind, Period, ContractInfo, LineInfo, PersonProfile, Share, Leaf, ReportBase, Part, CountingBase } from "./model";
export { readPeriod, monthPeriod, inPeriod, periodDays, yearsOf, periodLabel, monthLabel } from "./period";
export { personalViewRefused, retentionInvalid } from "./errors";
export { profileOf, situationCode, ageBandOfAge, entryDay } from "./people";
export { reportBase } from "./base";
export { lineRulesOf, countingParts } from "./counting";
export type { LineRule, CountingPart } from "./counting";
export type { BaseRequest, PersonSource } from "./base";
export { baseFromJson, baseFromRows, baseRequestFromRows, digestedRequest } from "./input";
export type { ReportTables } from "./input";
export { scopesOf, scopeFor, contractsOf, bucketsOf, bucketOf, scopeIdOf, GROUPINGS, NO_BUYER, TERRITORY } from "./scopes";
export type { Grouping, Bucket } from "./scopes";
export { computeBilan, monthRange, exitCategory, sixMonthCategory, UNKNOWN } from "./indicators";
export type { Bilan, BilanContext, HourFigures, ContractRow, PeopleFigures, ContractStatus } from "./indicators";
export { buildBilans, bilansOf, bilanContext } from "./report";
export type { BilanSet } from "./report";
export { suppress, determinedCell, narrowedCell } from "./privacy";
export type { Group, Mask, Relation } from "./privacy";
export { protectLinked, cellKey, bilanMeasures, PROTECTION_BUDGET } from "./linked";
export type { LinkedProtection, LinkedMask, EarlierCells, ProtectionOptions } from "./linked";
export {
  reportView,
  releaseProtection,
  withheldInstead,
  scopeKey,
  peopleBreakdown,
  employmentTypes,
  smallMark,
  COMPLEMENTARY_MARK,
  PERSONAL_DATA_NOTICE,
  EXTERNAL_NOTICE,
  SMALL_GROUP_REASON,
  AUDIENCES,
} from "./view";
export type {
  Audience,
  Count,
  CountPart,
  BilanView,
  ReportView,
  PeopleBreakdown,
  ParticipantsView,
  EmploymentView,
  EarlierRelease,
  CountingView,
  HiddenMask,
  ReleaseOptions,
} from "./view";
export {
  withheldCause,
  withheldReason,
  withheldNotice,
  withheldProtection,
  releaseCells,
  EVERY_CELL,
  EVERY_OUTCOME,
  isOutcomeKey,
  outcomesReason,
  outcomesNotice,
} from "./withheld";
export type { WithheldCause, WithheldFamily, ReleaseProtection } from "./withheld";
export { traceFigure, linesOfBilan, describeLines } from "./trace";
export type { FigureTrace } from "./trace";
export {
  retentionReport,
  retentionYears,
  activityDays,
  purgedFacts,
  participantUpdate,
  validationUpdate,
  PERSONAL_FIELDS,
  VALIDATION_PERSONAL_FIELDS,
} from "./retention";
export type { RetentionReport, RetentionEntry, RowUpdate } from "./retention";
export { purgeJson, purgeRows } from "./purge";
export { bilanRecords, chartBlocks } from "./records";
export type { ChartBlock } from "./records";
export { readRegister, releaseRecord, earlierRelease } from "./register";
export type { ReleaseRecord } from "./register";
export { releasesTable, releaseRow, releasesOfRows } from "./releases-table";
