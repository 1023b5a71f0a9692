/**
 * Turning table cells into records (and back), cell by cell, with the table, row and column of
 * every problem. Decoding never stops at the first bad cell: an importer or a custom function shows
 * the facilitator everything to fix at once, and nothing is written while errors remain.
 */
import type { DomainError } from "../errors";
import { excelSerialFromDay, dayFromIso, type DateOrder } from "../dates";
import { normalizeLabel } from "../text";
import {
  excelErrorCode,
  isBlank,
  readBoolean,
  readChoice,
  readFraction,
  readIsoDate,
  readList,
  readNumber,
  readText,
  type CellRead,
} from "./cells";
import { CELL_REASONS, cellInvalid, columnMissing, errorCell, missingRangeColumn, rangeWidth, textNumber } from "./errors";
import { readSiret } from "./siret";
import type { ColumnDef, TableDef } from "./table-def";

export type Cell = string | number | boolean | null;
export type RecordValue = string | number | boolean | string[];
export type TableRecord = Record<string, RecordValue | undefined>;

export interface DecodedRow {
  /** Row number as Excel shows it in the sheet. */
  row: number;
  values: TableRecord;
}

export interface DecodeResult {
  rows: DecodedRow[];
  errors: DomainError[];
}

export interface DecodeOptions {
  /** Sheet row of the first data row (default: 2, under a header in row 1). */
  firstRow?: number;
  /** Order of slashed text dates (default: French, day first). */
  dateOrder?: DateOrder;
  /** Explicit header → column key mapping (from the import wizard), overriding header matching. */
  mapping?: Readonly<Record<string, string>>;
  /**
   * Numbers stored as text (« 600 », « 1 000,50 ») in number columns: read (`"accept"`, the default,
   * for the import wizard, which turns a foreign file's text into typed cells and shows what it read)
   * or refused (`"refuse"`: every face that reads the workbook's own cells — custom functions, panes,
   * `clauses run` — since Excel's own sums skip such cells and the figures would not add up).
   */
  textNumbers?: "accept" | "refuse";
}

export interface RangeOptions extends DecodeOptions {
  /** Column keys the computation needs besides the table's required ones (« Heures dues » for the ventilation). */
  needs?: readonly string[];
}

/**
 * Finds which column of the table each header is: by its header, one of its synonyms, or its key,
 * accents and case ignored.
 *
 * @example
 * matchHeader(marketsTable, "Date de début") // => the `start` column
 * matchHeader(marketsTable, "Commentaire") // => undefined
 */
export function matchHeader(table: TableDef, header: string): ColumnDef | undefined {
  const wanted = normalizeLabel(header);
  if (!wanted) return undefined;
  return table.columns.find(
    (column) =>
      normalizeLabel(column.header) === wanted ||
      normalizeLabel(column.key) === wanted ||
      (column.synonyms ?? []).some((synonym) => normalizeLabel(synonym) === wanted),
  );
}

/**
 * Whether a row of cells is the table's header row (at least half of it names known columns).
 *
 * @example
 * looksLikeHeader(marketsTable, ["Marché", "Entreprise", "Début", "Fin"]) // => true
 * looksLikeHeader(marketsTable, ["M1", "X", 46023, 46203]) // => false
 */
export function looksLikeHeader(table: TableDef, cells: readonly unknown[]): boolean {
  const texts = cells.filter((cell): cell is string => typeof cell === "string" && cell.trim() !== "");
  if (texts.length === 0) return false;
  const known = texts.filter((text) => matchHeader(table, text)).length;
  return known >= Math.max(1, Math.ceil(cells.filter((cell) => !isBlank(cell)).length / 2));
}

/**
 * Decodes a table given with its header row: every column found is read with its type; required
 * columns missing from the header are reported once; unknown columns are ignored.
 *
 * @example
 * decodeTable(marketsTable, [["Marché", "Entreprise", "Début", "Fin", "Heures dues"], ["M1", "X", "2026-01-05", 46203, 600]])
 * // => { rows: [{ row: 2, values: { id: "M1", company: "X", start: "2026-01-05", end: "2026-06-30", obligation: 600 } }], errors: [] }
 */
export function decodeTable(table: TableDef, values: readonly (readonly unknown[])[], options: DecodeOptions = {}): DecodeResult {
  const [header = [], ...body] = values;
  const columns = header.map((cell) => columnFor(table, cell, options.mapping));
  const errors: DomainError[] = [];
  for (const column of table.columns.filter((candidate) => candidate.required)) {
    if (!columns.includes(column)) {
      errors.push(columnMissing(table.sheet, column.header));
    }
  }
  if (errors.length > 0) return { rows: [], errors };
  return decodeBody(table, columns, body, options.firstRow ?? 2, options.dateOrder ?? "dmy", options.textNumbers ?? "accept");
}

/**
 * Decodes a range as an Excel user gives it to a custom function (`Heures[#Tout]`, `Heures[#Données]`,
 * `Heures!A2:I54`): with a header row, the columns are found by name and every required or needed
 * column must be there; without one, the range must have exactly the table's columns, in order
 * (a narrower or wider range is refused: its columns cannot be told apart). Never a computed
 * answer on a guessed column.
 *
 * @example
 * decodeRange(marketsTable, marchesDataBody) // => rows read in the standard column order
 * decodeRange(hoursTable, threeColumns).errors[0].message
 * // => "Heures : la plage a 3 colonnes et pas de ligne d'en-tête ; il manque « Type de contrat », … "
 */
export function decodeRange(table: TableDef, values: readonly (readonly unknown[])[], options: RangeOptions = {}): DecodeResult {
  if (values.length > 0 && looksLikeHeader(table, values[0] as readonly unknown[])) {
    const columns = (values[0] as readonly unknown[]).map((cell) => columnFor(table, cell, options.mapping));
    const lacking = (options.needs ?? [])
      .map((key) => table.columns.find((column) => column.key === key) as ColumnDef)
      .filter((column) => !column.required && !columns.includes(column));
    const decoded = decodeTable(table, values, options);
    if (lacking.length === 0) return decoded;
    return { rows: [], errors: [...decoded.errors, ...lacking.map((column) => missingRangeColumn(table, column))] };
  }
  const width = Math.max(0, ...values.map((row) => row.length));
  if (values.length > 0 && width !== table.columns.length) return { rows: [], errors: [rangeWidth(table, width)] };
  return decodeBody(table, table.columns, values, options.firstRow ?? 1, options.dateOrder ?? "dmy", options.textNumbers ?? "accept");
}

function columnFor(table: TableDef, cell: unknown, mapping?: Readonly<Record<string, string>>): ColumnDef | undefined {
  if (typeof cell !== "string") return undefined;
  const mapped = mapping?.[cell];
  if (mapped !== undefined) return table.columns.find((column) => column.key === mapped);
  return matchHeader(table, cell);
}

function decodeBody(
  table: TableDef,
  columns: readonly (ColumnDef | undefined)[],
  body: readonly (readonly unknown[])[],
  firstRow: number,
  dateOrder: DateOrder,
  textNumbers: "accept" | "refuse",
): DecodeResult {
  const rows: DecodedRow[] = [];
  const errors: DomainError[] = [];
  body.forEach((cells, index) => {
    if (cells.every(isBlank)) return; // empty rows at the bottom of a table are not records
    const row = firstRow + index;
    const values: TableRecord = {};
    columns.forEach((column, position) => {
      if (!column) return;
      const cell = cells[position];
      if (isBlank(cell)) {
        if (column.required) errors.push(cellError(table, row, column, "valeur obligatoire manquante"));
        return;
      }
      const code = excelErrorCode(cell);
      const read = code !== undefined ? errorCell(code) : readCell(column, cell, dateOrder, textNumbers);
      if (read.ok) values[column.key] = read.value;
      else errors.push(cellError(table, row, column, read.reason));
    });
    rows.push({ row, values });
  });
  errors.push(...duplicateKeys(table, rows));
  return { rows, errors };
}

function readCell(column: ColumnDef, cell: unknown, dateOrder: DateOrder, textNumbers: "accept" | "refuse"): CellRead<RecordValue> {
  const numeric = column.type === "number" || column.type === "integer" || column.type === "fraction";
  if (numeric && textNumbers === "refuse" && typeof cell === "string" && readNumber(cell.trim().replace(/\s*%$/, "")).ok)
    return textNumber(cell.trim());
  switch (column.type) {
    case "text":
      return column.format === "siret" ? readSiret(cell) : readText(cell);
    case "number":
      return atLeast(column, readNumber(cell));
    case "integer": {
      const number = readNumber(cell);
      if (number.ok && !Number.isInteger(number.value)) return { ok: false, reason: CELL_REASONS.notAnInteger(number.value) };
      return atLeast(column, number);
    }
    case "fraction":
      return readFraction(cell);
    case "date":
      return readIsoDate(cell, dateOrder);
    case "boolean":
      return readBoolean(cell);
    case "list":
      return readList(cell);
    case "choice":
      return readChoice(cell, column.choices ?? []);
  }
}

/** Hours and amounts cannot be negative: « -7 » is refused, never read as 7. */
function atLeast(column: ColumnDef, read: CellRead<number>): CellRead<number> {
  if (!read.ok || column.min === undefined || read.value >= column.min) return read;
  return { ok: false, reason: CELL_REASONS.below(read.value, column.min) };
}

function cellError(table: TableDef, row: number, column: ColumnDef, reason: string): DomainError {
  return cellInvalid(table.sheet, row, column.header, reason);
}

/**
 * The rows whose unique key was used by an earlier row, one error each (what `decodeTable` adds
 * after the cells; exported for readers that decode a long table a slice at a time).
 *
 * @example
 * duplicateKeys(marketsTable, [{ row: 2, values: { id: "M1" } }, { row: 3, values: { id: "M1" } }])[0].where // => { table: "Marchés", row: 3, column: "Marché" }
 */
export function duplicateKeys(table: TableDef, rows: readonly DecodedRow[]): DomainError[] {
  const errors: DomainError[] = [];
  for (const key of table.unique ?? []) {
    const column = table.columns.find((candidate) => candidate.key === key) as ColumnDef;
    const firstSeen = new Map<unknown, number>();
    for (const { row, values } of rows) {
      const value = values[key];
      if (value === undefined) continue;
      const earlier = firstSeen.get(value);
      if (earlier !== undefined) {
        errors.push(cellError(table, row, column, CELL_REASONS.alreadyUsed(String(value), earlier)));
      } else firstSeen.set(value, row);
    }
  }
  return errors;
}

/**
 * Writes records as table cells, header row first, in the table's column order: dates become Excel
 * serials (formatted by the column's number format), lists are joined with « ; », booleans become
 * « Oui »/« Non ».
 *
 * @example
 * encodeTable(marketsTable, [{ id: "M1", start: "2026-01-05", pooled: true }])
 * // => [["Marché", "Lot", …], ["M1", null, …, 46027, …, "Oui", null]]
 */
export function encodeTable(table: TableDef, records: readonly TableRecord[]): Cell[][] {
  const header = table.columns.map((column) => column.header);
  return [header, ...encodeRecords(table, records, header)];
}

/**
 * Writes records under an existing header row, whatever its order: each record's values go under
 * the header of their column; headers the table does not know (the facilitator's own columns) get
 * an empty cell.
 *
 * @example
 * encodeRecords(marketsTable, [{ id: "M1", obligation: 600 }], ["Heures dues", "Notes", "Marché"])
 * // => [[600, null, "M1"]]
 */
export function encodeRecords(table: TableDef, records: readonly TableRecord[], headers: readonly unknown[]): Cell[][] {
  const columns = headers.map((header) => (typeof header === "string" ? matchHeader(table, header) : undefined));
  return records.map((record) => columns.map((column) => (column ? encodeCell(column, record[column.key]) : null)));
}

function encodeCell(column: ColumnDef, value: RecordValue | undefined): Cell {
  if (value === undefined) return null;
  if (column.type === "date" && typeof value === "string") return excelSerialFromDay(dayFromIso(value, column.header));
  if (column.type === "boolean" && typeof value === "boolean") return value ? "Oui" : "Non";
  if (column.type === "choice" && typeof value === "string") return column.choices?.find((choice) => choice.code === value)?.label ?? value;
  if (Array.isArray(value)) return value.join(" ; ");
  return value;
}
