/**
 * What the rows of the workbook must respect beyond each cell's type: references to other tables
 * (an hour line's company must be in `Entreprises`), periods that end after they start, and hour
 * lines that fit in their period. The importer rejects rows that break these rules; the pipeline
 * refuses to run on a workbook that breaks them, naming every row at fault.
 *
 * A reference to a table the workbook does not have is not an error (a facilitator may keep, say,
 * participants elsewhere): it cannot be checked, and `uncheckedReferences` says so.
 */
import { dayFromIso } from "../dates";
import type { DomainError } from "../errors";
import { CELL_REASONS, rowInconsistent } from "./errors";
import { frenchDate, normalizeLabel } from "../text";
import type { DecodedRow, TableRecord } from "./codec";
import type { ColumnDef, TableDef } from "./table-def";
import { standardTables } from "./tables";

/** Decoded rows of the tables present in a workbook, by table name (« Entreprises »). */
export type TablesByName = Readonly<Record<string, readonly DecodedRow[]>>;

/** The records of every table, by key, for reference checks. */
export type KeyIndex = ReadonlyMap<string, ReadonlyMap<string, TableRecord>>;

/** No one works more than 24 hours a day: a line above that is a typing mistake (3500 for 35). */
const HOURS_PER_DAY = 24;

/**
 * Indexes the records of each table that has an `id` column by their id.
 *
 * @example
 * keyIndex({ Entreprises: [{ row: 2, values: { id: "X", name: "X SAS" } }] }).get("Entreprises")?.has("X") // => true
 */
export function keyIndex(tables: TablesByName): KeyIndex {
  const index = new Map<string, Map<string, TableRecord>>();
  for (const [name, rows] of Object.entries(tables)) {
    const byId = new Map<string, TableRecord>();
    for (const { values } of rows) if (typeof values.id === "string") byId.set(values.id, values);
    index.set(name, byId);
  }
  return index;
}

/**
 * Checks rows of one table against the workbook's other tables (references, periods, hours that
 * fit their period); returns every problem, located by table, row and column.
 *
 * @example
 * checkRows(hoursTable, [{ row: 5, values: { company: "Y", start: "2026-01-01", end: "2026-01-31", hours: 35 } }], keyIndex(tables))
 * // => [DomainError "Heures, ligne 5, colonne « Entreprise » : entreprise « Y » inconnue : elle n'est pas dans le tableau Entreprises"]
 */
export function checkRows(table: TableDef, rows: readonly DecodedRow[], keys: KeyIndex): DomainError[] {
  const errors: DomainError[] = [];
  for (const { row, values } of rows) {
    for (const column of table.columns) {
      const reason = column.references ? referenceProblem(column, values[column.key], keys) : undefined;
      if (reason) errors.push(rowError(table, row, column, reason));
    }
    for (const [startKey, endKey] of table.periods ?? []) {
      const reason = periodProblem(values[startKey], values[endKey]);
      if (reason) errors.push(rowError(table, row, columnOf(table, endKey), reason));
    }
    if (table.name === "Heures") errors.push(...hourLineProblems(table, row, values, keys));
  }
  return errors;
}

/**
 * Checks every standard user table present in a workbook.
 *
 * @example
 * checkWorkbook({ Entreprises: […], Heures: […] }) // => [] when every reference resolves
 */
export function checkWorkbook(tables: TablesByName): DomainError[] {
  const keys = keyIndex(tables);
  return standardTables
    .filter((table) => table.owner === "user" && tables[table.name])
    .flatMap((table) => checkRows(table, tables[table.name] ?? [], keys));
}

/**
 * The tables that rows refer to but the workbook does not have: those references went unchecked.
 *
 * @example
 * uncheckedReferences(hoursTable, rows, keyIndex({ Entreprises: […] })) // => ["Participants"] when rows name participants
 */
export function uncheckedReferences(table: TableDef, rows: readonly DecodedRow[], keys: KeyIndex): string[] {
  const targets = table.columns.flatMap((column) =>
    column.references && !keys.has(column.references) && rows.some(({ values }) => values[column.key] !== undefined)
      ? [column.references]
      : [],
  );
  return [...new Set(targets)];
}

/** How the facilitator names what each table holds (the gender matters in French). */
const REFERENCED: Readonly<Record<string, { unknown: string; pronoun: string }>> = {
  Acheteurs: { unknown: "acheteur « %s » inconnu", pronoun: "il" },
  Entreprises: { unknown: "entreprise « %s » inconnue", pronoun: "elle" },
  Participants: { unknown: "participant « %s » inconnu", pronoun: "il" },
  Marchés: { unknown: "marché « %s » inconnu", pronoun: "il" },
};

function referenceProblem(column: ColumnDef, value: unknown, keys: KeyIndex): string | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  const target = column.references as string;
  const words = REFERENCED[target] ?? { unknown: "« %s » inconnu", pronoun: "il" };
  const unknown = words.unknown.replace("%s", value);
  const records = keys.get(target);
  if (!records || records.has(value)) return undefined;
  return CELL_REASONS.unknownReference(unknown, words.pronoun, target, nearestHint(value, records));
}

/** Suggests the id the facilitator probably meant (same id with other case or accents, or its name). */
function nearestHint(value: string, records: ReadonlyMap<string, TableRecord>): string {
  const wanted = normalizeLabel(value);
  for (const [id, record] of records) {
    if (normalizeLabel(id) === wanted || (typeof record.name === "string" && normalizeLabel(record.name) === wanted)) {
      return CELL_REASONS.didYouMean(id);
    }
  }
  return "";
}

function periodProblem(start: unknown, end: unknown): string | undefined {
  if (typeof start !== "string" || typeof end !== "string" || end >= start) return undefined;
  return CELL_REASONS.reversed(frenchDate(end), frenchDate(start));
}

function hourLineProblems(table: TableDef, row: number, values: TableRecord, keys: KeyIndex): DomainError[] {
  const errors: DomainError[] = [];
  const { start, end, hours, market, company } = values;
  if (typeof start === "string" && typeof end === "string" && typeof hours === "number" && end >= start) {
    const days = dayFromIso(end) - dayFromIso(start) + 1;
    if (hours > days * HOURS_PER_DAY) {
      const period = days === 1 ? "1 jour" : `${days} jours`;
      errors.push(rowError(table, row, columnOf(table, "hours"), CELL_REASONS.tooManyHours(hours, period, HOURS_PER_DAY)));
    }
  }
  const contract = typeof market === "string" ? keys.get("Marchés")?.get(market) : undefined;
  if (contract && typeof contract.company === "string" && typeof company === "string" && contract.company !== company) {
    errors.push(rowError(table, row, columnOf(table, "market"), CELL_REASONS.otherCompany(String(market), contract.company, company)));
  }
  return errors;
}

function columnOf(table: TableDef, key: string): ColumnDef {
  return table.columns.find((column) => column.key === key) as ColumnDef;
}

function rowError(table: TableDef, row: number, column: ColumnDef, reason: string): DomainError {
  return rowInconsistent(table.sheet, row, column.header, reason);
}
