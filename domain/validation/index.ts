export { parseOrThrow, parseOrNull, formatPath } from "./parse";
export type { ParseOptions } from "./parse";
export { frenchIssueMessage, shownValue } from "./french-issues";
export { idSchema, isoDateSchema } from "./schemas";
export { NOT_NEGATIVE, STRICTLY_POSITIVE, negativeCell, negativeValue } from "./errors";
