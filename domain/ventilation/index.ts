export { ventilationSection, ventilationRulesSchema, countingRulesSchema, NATIONAL_COUNTING } from "./rules";
export type { VentilationRules, CountingRules } from "./rules";
export { countLines, countingRuleEntry, COUNTING_RULE_LABELS } from "./counting";
export type { LineCounting, CountedLines, CountingRuleKey } from "./counting";
export { POLICIES, SPREADS, POLICY_LABELS, POLICY_RULES, SPREAD_LABELS, SPREAD_RULES, readPolicy, readSpread } from "./policies";
export type { Policy, Spread } from "./policies";
export {
  ventilationInputSchema,
  marketInputSchema,
  hourLineSchema,
  windowInputSchema,
  unknownParticipants,
  parseVentilationInput,
} from "./input";
export type { VentilationInput, MarketInput, HourLineInput, WindowInput } from "./input";
export { prepareInput, locateInJson, mergeIntervals } from "./prepare";
export type { PreparedInput, PreparedMarket, PreparedLines, Locate } from "./prepare";
export { ventilate } from "./ventilate";
export type { VentilationOptions, VentilationResult, MarketOutcome, CompanyOutcome, Period, VentilationTotals } from "./ventilate";
export type { Allocation, SetAside, LineShare, LineMonthShare } from "./ledger";
export { requestDigest, canonicalRequestChunks, canonicalRequestBytes } from "./digest";
export type { DigestedRequest } from "./digest";
export { requestFromRows } from "./from-tables";
export type { TableRequest } from "./from-tables";
export { ventilationRecords, roundPreservingSum, NATURE_LABELS } from "./records";
export { contractProgress } from "./progress";
export type { ContractProgress } from "./progress";
export { explainMarket, countingSentence } from "./explain";
export type { MarketExplanation, PeriodShare } from "./explain";
export { prepareRows, ventilationOptions, ventilateRows } from "./workbook";
export type { PreparedRows, VentilationChoice } from "./workbook";
