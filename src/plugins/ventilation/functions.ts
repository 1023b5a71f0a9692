/**
 * Custom functions of the pooling capability: =CLAUSES.HOURS_VENTILATE and =CLAUSES.HOURS_EXCESS
 * (in French Excel: =CLAUSES.HEURES_VENTILER, =CLAUSES.HEURES_EXCEDENTAIRES).
 *
 * Both take the Marchés and Heures tables as Excel passes them — data rows in the standard column
 * order, or with the header row — with dates as serials or ISO text. A bad row anywhere gives
 * #VALUE! naming its sheet row (from the arguments' addresses when Excel gives them).
 */
import { decodeRange, errorsOf, hoursTable, looksLikeHeader, marketsTable, packRef, roundTo, type DecodeResult } from "../../../domain";
import {
  readPolicy,
  ventilateRows,
  ventilationOptions,
  type MarketOutcome,
  type Policy,
  type VentilationResult,
} from "../../../domain/ventilation";
import { activePack } from "../../plugin-kit/rules/active-pack";
import { excelError, isBlankCell, isOmitted, mapCells, toExcelError } from "../../plugin-kit/functions/excel-io";
import { RangeMemo } from "./memo";

/** Headers of the spilled table when the Marchés range comes with its header row. */
const SPILL_HEADERS = ["Directes", "Ventilées", "Total", "Reste"];

interface Ventilated {
  result: VentilationResult;
  /** Contract by id (a calculated column looks one up per call). */
  byId: Map<string, MarketOutcome>;
  /** Sheet row of a Marchés row → its contract's position in the result. */
  rowOf: Map<number, number>;
  firstRow: number;
  header: boolean;
}

type Outcome = ({ ok: true } & Ventilated) | { ok: false; message: string };

const memo = new RangeMemo<Outcome>(8);

/**
 * Direct, ventilated and total hours and hours remaining, per contract, after pooling each company's hours.
 * @customfunction HOURS_VENTILATE
 * @param contracts The Marchés table: its data rows in the standard column order, or with its header row.
 * @param hours The Heures table: its data rows in the standard column order, or with its header row.
 * @param [policy] earliest-end, earliest-start, pro-rata or pro-rata-remaining; the rule pack's when omitted.
 * @param [contract_id] A contract (or a range of contracts): returns its total hours instead of the table.
 * @param invocation Excel's invocation (addresses of the arguments, to name the rows at fault).
 * @requiresParameterAddresses
 * @returns One row per contract row (direct, ventilated, total, remaining), or the total hours of contract_id.
 */
export function hoursVentilate(
  contracts: any[][],
  hours: any[][],
  policy?: string,
  contract_id?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const outcome = ventilated(contracts, hours, policy ?? null, invocation);
  if (!isOmitted(contract_id ?? null)) {
    return mapCells([contract_id], ([id]) => {
      if (isBlankCell(id)) return "";
      const market = outcome.byId.get(String(id).trim());
      if (!market) throw excelError(`marché « ${String(id)} » absent de la plage des marchés`, "notAvailable");
      return roundTo(market.direct + market.ventilated, 4);
    });
  }
  return contracts.map((cells, index) => {
    if (index === 0 && outcome.header) return SPILL_HEADERS;
    const market = outcome.result.markets[outcome.rowOf.get(outcome.firstRow + index - (outcome.header ? 1 : 0)) ?? -1];
    if (!market || cells.every(isBlankCell)) return SPILL_HEADERS.map(() => "");
    return [market.direct, market.ventilated, market.direct + market.ventilated, market.remaining].map((value) => roundTo(value, 4));
  });
}

/**
 * Pooled hours of a company that no contract could take: excess (every active contract full) and out of period (none active).
 * @customfunction HOURS_EXCESS
 * @param contracts The Marchés table: its data rows in the standard column order, or with its header row.
 * @param hours The Heures table: its data rows in the standard column order, or with its header row.
 * @param company A company (or a column of companies).
 * @param [policy] earliest-end, earliest-start, pro-rata or pro-rata-remaining; the rule pack's when omitted.
 * @param invocation Excel's invocation (addresses of the arguments, to name the rows at fault).
 * @requiresParameterAddresses
 * @returns Per company: excess hours, out-of-period hours.
 */
export function hoursExcess(
  contracts: any[][],
  hours: any[][],
  company: any[][],
  policy?: string,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const { result } = ventilated(contracts, hours, policy ?? null, invocation);
  const names = (Array.isArray(company) ? company : [[company]]).flat();
  return names.map((name) => {
    if (isBlankCell(name)) return ["", ""];
    const found = result.companies.find((candidate) => candidate.company === String(name).trim());
    if (!found && !result.markets.some((market) => market.company === String(name).trim())) {
      const error = excelError(`entreprise « ${String(name)} » absente des marchés et des heures`, "notAvailable");
      if (names.length === 1) throw error;
      return [error, error];
    }
    return [roundTo(found?.excess ?? 0, 4), roundTo(found?.outOfPeriod ?? 0, 4)];
  });
}

/** The ventilation of the two ranges (memoised), or the Excel error of their first problem. */
function ventilated(
  contracts: unknown[][],
  hours: unknown[][],
  policyText: string | null,
  invocation?: CustomFunctions.Invocation,
): Ventilated {
  const pack = activePack();
  const policy: Policy | undefined = isOmitted(policyText) ? undefined : readPolicyOrThrow(policyText as string);
  const addresses = invocation?.parameterAddresses ?? [];
  const firstRows = [topRow(addresses[0]), topRow(addresses[1])];
  const key = { ranges: [contracts, hours], values: [policy, packRef(pack), ...firstRows], addresses: addresses.slice(0, 2) };
  const outcome = memo.get(key, () => {
    const contractRows = decodeArgument(marketsTable, contracts, firstRows[0]);
    const hourRows = decodeArgument(hoursTable, hours, firstRows[1]);
    const decodeErrors = [...contractRows.decoded.errors, ...hourRows.decoded.errors];
    if (decodeErrors.length > 0) return { ok: false, message: firstOf(decodeErrors.map((error) => error.message)) };
    try {
      const options = ventilationOptions(pack, policy ? { policy } : {});
      const { result, rows } = ventilateRows(contractRows.decoded.rows, hourRows.decoded.rows, options);
      const rowOf = new Map(rows.markets.map((row, index) => [row, index]));
      const byId = new Map(result.markets.map((market) => [market.id, market]));
      return { ok: true, result, byId, rowOf, firstRow: contractRows.firstDataRow, header: contractRows.header };
    } catch (error) {
      const messages = errorsOf(error).map((found) => found.message);
      if (messages.length === 0) throw error;
      return { ok: false, message: firstOf(messages) };
    }
  });
  if (!outcome.ok) throw excelError(outcome.message);
  return outcome;
}

function readPolicyOrThrow(text: string): Policy {
  try {
    return readPolicy(text, {});
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Decodes a range with or without its header row; rows are numbered as the sheet shows them: from
 * the range's address when Excel gives it, else as for a table whose header is on row 1.
 */
function decodeArgument(table: typeof marketsTable | typeof hoursTable, values: unknown[][], top: number | undefined) {
  const header = values.length > 0 && looksLikeHeader(table, values[0] as unknown[]);
  const firstDataRow = top === undefined ? 2 : header ? top + 1 : top;
  const decoded: DecodeResult = decodeRange(table, values, { firstRow: firstDataRow });
  return { decoded, header, firstDataRow };
}

/**
 * The first row of an A1 address (`Marchés!A2:Q6`, `'Mes heures'!$A$10:$I$40`), or undefined.
 *
 * @example
 * topRow("Marchés!A2:Q6") // => 2
 */
export function topRow(address: string | undefined): number | undefined {
  if (!address) return undefined;
  const match = /\$?[A-Z]{1,3}\$?(\d+)(?::|$)/i.exec(address.slice(address.lastIndexOf("!") + 1));
  return match ? Number(match[1]) : undefined;
}

function firstOf(messages: readonly string[]): string {
  const [first = "données invalides", ...rest] = messages;
  return rest.length === 0
    ? first
    : `${first} (et ${rest.length} autre${rest.length > 1 ? "s" : ""} problème${rest.length > 1 ? "s" : ""})`;
}

/**
 * How often the memo answered (tests and the benchmark read it).
 *
 * @example
 * ventilationMemoStats() // => { hits: 1999, addressHits: 1999, misses: 1, size: 1 }
 */
export function ventilationMemoStats(): { hits: number; addressHits: number; misses: number; size: number } {
  return { hits: memo.hits, addressHits: memo.addressHits, misses: memo.misses, size: memo.size };
}
