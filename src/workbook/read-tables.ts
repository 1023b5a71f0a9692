/** Moved to the plugins' kit; kept so older imports still resolve. */
export * from "../plugin-kit/workbook/read-tables";
