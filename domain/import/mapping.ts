/**
 * From a facilitator's own sheet to a standard table: where the header row is, which table the sheet
 * looks like, and which standard column each of its columns feeds. Everything here is a proposal the
 * wizard shows and the facilitator corrects.
 */
import { columnLetters, isBlank, matchHeader, standardTables, type Cell, type TableDef } from "../workbook";
import { MAPPING_PROBLEMS, noSuchColumn } from "./errors";

/** For each source column (by position), the key of the standard column it feeds, or null (not imported). */
export type ColumnMapping = (string | null)[];

/** The tables a facilitator imports into (the add-in's own tables are computed, never imported). */
export const importableTables: readonly TableDef[] = standardTables.filter((table) => table.owner === "user");

/** How far down a sheet the header row is looked for (titles and blank lines often come first). */
const HEADER_SCAN_ROWS = 10;

/**
 * The index of the header row: among the first rows, the one naming the most standard columns of
 * any importable table (0 when none does).
 *
 * @example
 * findHeaderRow([["Suivi des heures 2025"], [], ["Salarié", "Société", "Date début", "Date fin", "Nb heures"], ["P001", …]]) // => 2
 */
export function findHeaderRow(values: readonly (readonly Cell[])[], tables: readonly TableDef[] = importableTables): number {
  let best = { index: 0, known: 0 };
  values.slice(0, HEADER_SCAN_ROWS).forEach((row, index) => {
    const known = Math.max(...tables.map((table) => knownHeaders(table, row)));
    if (known > best.known) best = { index, known };
  });
  return best.index;
}

/**
 * The importable table whose columns the headers match best (ties go to the table whose required
 * columns are all there); undefined when no header is recognised.
 *
 * @example
 * proposeTable(["Salarié", "Société", "Date début", "Date fin", "Nb heures"]) // => hoursTable
 */
export function proposeTable(headers: readonly Cell[], tables: readonly TableDef[] = importableTables): TableDef | undefined {
  const scored = tables.map((table) => {
    const mapped = new Set(proposeMapping(table, headers).filter((key): key is string => key !== null));
    const required = table.columns.filter((column) => column.required).every((column) => mapped.has(column.key));
    return { table, score: mapped.size * 2 + (required ? 1 : 0) };
  });
  const best = scored.reduce((top, candidate) => (candidate.score > top.score ? candidate : top), {
    table: undefined as TableDef | undefined,
    score: 2,
  });
  return best.table;
}

/**
 * The proposed mapping: each header matched by name, synonym or key (accents and case ignored); a
 * standard column is fed by one source column only (the first that matches).
 *
 * @example
 * proposeMapping(hoursTable, ["Nb heures", "Commentaire", "Date début"]) // => ["hours", null, "start"]
 */
export function proposeMapping(table: TableDef, headers: readonly Cell[]): ColumnMapping {
  const used = new Set<string>();
  return headers.map((header) => {
    const column = typeof header === "string" ? matchHeader(table, header) : undefined;
    if (!column || used.has(column.key)) return null;
    used.add(column.key);
    return column.key;
  });
}

/**
 * What prevents importing with this mapping, in French: a required column fed by nothing, a column
 * fed twice, a key the table does not have.
 *
 * @example
 * mappingProblems(hoursTable, ["hours", null, "start"]) // => ["la colonne « Entreprise » n'est alimentée par aucune colonne de la feuille", "la colonne « Fin » …"]
 */
export function mappingProblems(table: TableDef, mapping: readonly (string | null)[]): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const key of mapping) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const key of counts.keys()) {
    if (!table.columns.some((column) => column.key === key)) problems.push(noSuchColumn(table.sheet, key));
  }
  for (const column of table.columns) {
    if ((counts.get(column.key) ?? 0) > 1) problems.push(MAPPING_PROBLEMS.fedTwice(column.header));
    if (column.required && !counts.has(column.key)) {
      problems.push(MAPPING_PROBLEMS.requiredUnfed(column.header));
    }
  }
  return problems;
}

/**
 * The header of each source column as the facilitator reads it (« Colonne C » when the cell is empty).
 *
 * @example
 * sourceHeaders(["Nom", null, 2026]) // => ["Nom", "Colonne B", "2026"]
 */
export function sourceHeaders(row: readonly Cell[], firstColumn = 1): string[] {
  return row.map((cell, index) => (isBlank(cell) ? `Colonne ${columnLetters(firstColumn + index)}` : String(cell).trim()));
}

function knownHeaders(table: TableDef, row: readonly Cell[]): number {
  return new Set(row.map((cell) => (typeof cell === "string" ? matchHeader(table, cell)?.key : undefined)).filter(Boolean)).size;
}
