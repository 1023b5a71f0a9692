export { DomainError, ValidationFailed, describeWhere, errorsOf } from "./domain-error";
export type { Where } from "./domain-error";
