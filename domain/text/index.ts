export { normalizeLabel, roundTo, formatNumberFr, formatPercentFr } from "./normalize";
export { ofWord } from "./elision";
export { frenchDate } from "./french-date";
