export { sizingSection, sizingRulesSchema } from "./rules";
export type { SizingRules, Trade } from "./rules";
export { sizingInputSchema, sizingLotSchema, idSchema } from "./input";
export type { SizingInput, SizingLotInput } from "./input";
export { sizeContract, roundHours, fullTimeEquivalents } from "./size";
export type { SizedLot, SizingResult, SizingMethod, Rounding } from "./size";
export { findTrade, tradeLabourShare } from "./trades";
export { explainLot } from "./explain";
