/**
 * A ventilation request from the workbook's tables (Marchés, Heures) as decoded by the codec, with
 * every problem located by table, row and column — and the locator that lets `prepareInput` place
 * its own findings (an unknown contract, a reversed period) on the right cell.
 */
import type { CountableWindow } from "../countable";
import type { DomainError, Where } from "../errors";
import { CELL_REASONS, cellInvalid } from "./errors";
import { hoursTable, marketsTable, type DecodedRow, type TableDef, type TableRecord } from "../workbook";
import type { HourLineInput, MarketInput, WindowInput } from "./input";
import type { Locate } from "./prepare";

export interface TableRequest {
  request: { markets: MarketInput[]; lines: HourLineInput[]; windows: WindowInput[] };
  locate: Locate;
  errors: DomainError[];
  /** Sheet row of each market and line of the request (same order). */
  rows: { markets: number[]; lines: number[] };
}

/** Columns of « Marchés » the ventilation needs on every row (the table itself only requires the id). */
const MARKET_FIELDS = ["company", "start", "end", "obligation"] as const;

/**
 * Builds the request from decoded rows; windows come from the eligibility step, when it ran.
 *
 * @example
 * const { request, locate, errors } = requestFromRows(decodedMarkets, decodedHours);
 * if (errors.length === 0) prepareInput(request, locate);
 * // a row of Marchés without « Heures dues » gives « Marchés, ligne 7, colonne « Heures dues » : indiquez … »
 */
export function requestFromRows(
  markets: readonly DecodedRow[],
  hours: readonly DecodedRow[],
  windows: readonly CountableWindow[] = [],
): TableRequest {
  const errors: DomainError[] = [];
  const request: TableRequest["request"] = { markets: [], lines: [], windows: [] };
  const rows: TableRequest["rows"] = { markets: [], lines: [] };
  for (const { row, values } of markets) {
    const missing = MARKET_FIELDS.filter((field) => values[field] === undefined);
    for (const field of missing) errors.push(missingCell(marketsTable, row, field));
    if (missing.length > 0 || values.id === undefined) continue;
    const obligation = values.obligation as number;
    if (obligation < 0) errors.push(cellError(marketsTable, row, "obligation", CELL_REASONS.negative(obligation)));
    request.markets.push({
      id: String(values.id),
      company: String(values.company),
      start: String(values.start),
      end: String(values.end),
      obligation,
      pooled: values.pooled === undefined ? true : values.pooled === true,
      ...(values.buyer === undefined ? {} : { buyer: String(values.buyer) }),
      ...(values.label === undefined ? {} : { label: String(values.label) }),
      // The contract's own conversion of sub-contracted amounts (the sizing's columns of Marchés).
      ...(typeof values.labourShare === "number" ? { labourShare: values.labourShare } : {}),
      ...(typeof values.hourlyCost === "number" ? { hourlyCost: values.hourlyCost } : {}),
    });
    rows.markets.push(row);
  }
  for (const { row, values } of hours) {
    // Hours may be empty on a sub-contracting line given by its amount: the counting rules check each line has one or the other.
    if (values.company === undefined || values.start === undefined || values.end === undefined) continue;
    if ((values.hours as number) < 0) errors.push(cellError(hoursTable, row, "hours", CELL_REASONS.negative(values.hours as number)));
    request.lines.push(lineOf(values));
    rows.lines.push(row);
  }
  windows.forEach((window) => request.windows.push(windowOf(window)));
  return { request, errors, rows, locate: locator(rows) };
}

function lineOf(values: TableRecord): HourLineInput {
  const line: HourLineInput = { company: String(values.company), start: String(values.start), end: String(values.end) };
  // Assigned one by one (no object spread per optional field: a territory has 100 000 lines and more).
  if (values.hours !== undefined) line.hours = values.hours as number;
  if (values.amountInvoiced !== undefined) line.amountInvoiced = values.amountInvoiced as number;
  if (values.market !== undefined) line.market = String(values.market);
  if (values.participant !== undefined) line.participant = String(values.participant);
  // Codes, as the codec decoded the choices: the mode and contract type choose the line's counting rule.
  if (values.mode !== undefined) line.mode = values.mode as HourLineInput["mode"];
  if (values.contractType !== undefined) line.contractType = values.contractType as HourLineInput["contractType"];
  if (values.employer !== undefined) line.employer = String(values.employer);
  return line;
}

function windowOf(window: CountableWindow): WindowInput {
  return {
    participant: window.participant,
    ...(window.from === undefined ? {} : { from: window.from }),
    ...(window.until === undefined ? {} : { until: window.until }),
    ...(window.reason === undefined ? {} : { reason: window.reason }),
  };
}

function locator(rows: TableRequest["rows"]): Locate {
  return (list, index, field): Where => {
    if (list === "windows") return { field: `éligibilité, fenêtre ${index + 1} (${field})` };
    const table = list === "markets" ? marketsTable : hoursTable;
    const row = (list === "markets" ? rows.markets : rows.lines)[index];
    return { table: table.sheet, ...(row === undefined ? {} : { row }), column: headerOf(table, field) };
  };
}

function headerOf(table: TableDef, key: string): string {
  return table.columns.find((column) => column.key === key)?.header ?? key;
}

function missingCell(table: TableDef, row: number, key: string): DomainError {
  return cellError(table, row, key, CELL_REASONS.required());
}

function cellError(table: TableDef, row: number, key: string, reason: string): DomainError {
  return cellInvalid(table.sheet, row, headerOf(table, key), reason);
}
