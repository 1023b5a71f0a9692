export { normalizeLabel, roundTo, formatNumberFr, formatPercentFr } from "./normalize";
export { frenchDate } from "./french-date";
