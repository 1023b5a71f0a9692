/**
 * The pure core of the add-in. It knows nothing of Excel, React, the DOM or Node I/O.
 */
export * from "./dates";
export * from "./errors";
export * from "./validation";
export * from "./rules";
export * from "./provenance";
export * from "./text";
export * from "./workbook";
export * from "./countable";
export { calendarSection, calendarRulesSchema } from "./dates/calendar-rules";
export type { CalendarRules } from "./dates/calendar-rules";
