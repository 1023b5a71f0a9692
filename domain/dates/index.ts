export * from "./day";
export * from "./excel-serial";
export * from "./date-cell";
export * from "./calendar-math";
export * from "./interval";
export * from "./holidays";
export { reversedReason } from "./errors";
