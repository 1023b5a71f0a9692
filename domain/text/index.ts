export { normalizeLabel, roundTo, formatNumberFr, formatPercentFr } from "./normalize";
