export { normalizeLabel, roundTo, formatNumberFr, formatPercentFr } from "./normalize";
export { ofWord } from "./elision";
