/**
 * How the facilitator's workbook (« classeur du guichet ») is laid out: standard Excel tables with
 * French headers. A column maps a French header to the English key of the core's records.
 */

export type ColumnType = "text" | "number" | "integer" | "fraction" | "date" | "boolean" | "list" | "choice";

export interface Choice {
  code: string;
  label: string;
}

export interface ColumnDef {
  /** Key of the record field (English, as in the JSON inputs). */
  key: string;
  /** Header shown in the workbook (French). */
  header: string;
  type: ColumnType;
  required?: boolean;
  /** For `choice` columns. */
  choices?: readonly Choice[];
  /** Other headers people use for this column (an importer matches them, accents and case ignored). */
  synonyms?: readonly string[];
  /** Excel number format for writing (invariant en-US codes). */
  numberFormat?: string;
  /** Column width in characters, for tables the add-in creates. */
  width?: number;
  /** Smallest value a number column accepts (hours, amounts: 0). */
  min?: number;
  /** An identifier with its own check (« siret »: 14 digits and Luhn keys). */
  format?: "siret";
  /** Name of the table whose key (`id`) this column refers to: checked on import and before a run. */
  references?: string;
}

export interface TableDef {
  /** Excel table name (no spaces or accents, Excel rules) — and sheet name without accents stripped. */
  name: string;
  /** Sheet title, in French. */
  sheet: string;
  /** `user` tables hold the facilitator's data; `addin` tables are rewritten by the add-in. */
  owner: "user" | "addin";
  columns: readonly ColumnDef[];
  /** Key column(s) that must be unique. */
  unique?: readonly string[];
  /** Pairs of date columns `[start, end]`: the end may not come before the start. */
  periods?: readonly (readonly [string, string])[];
}

/**
 * Declares a table (an identity that keeps literal types).
 *
 * @example
 * const buyers = defineTable({ name: "Acheteurs", sheet: "Acheteurs", owner: "user", columns: [...] });
 */
export function defineTable<T extends TableDef>(table: T): T {
  return table;
}

export const DATE_FORMAT = "dd/mm/yyyy";
/** A month as a person reads it: the first day of the month, shown « janvier 2026 » by a spreadsheet in French. */
export const MONTH_FORMAT = "mmmm yyyy";
export const HOURS_FORMAT = "#,##0.00";
export const PERCENT_FORMAT = "0.0%";
export const EUROS_FORMAT = "#,##0 €";
