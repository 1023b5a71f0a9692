/**
 * Custom functions of the pooling capability: =CLAUSES.HOURS_VENTILATE and =CLAUSES.HOURS_EXCESS
 * (in French Excel: =CLAUSES.HEURES_VENTILER, =CLAUSES.HEURES_EXCEDENTAIRES).
 *
 * Both take the Marchés and Heures tables as Excel passes them — with the header row (`Marchés[#Tout]`),
 * or data rows with every column of the table in order (`Marchés[#Données]`) — with dates as serials
 * or ISO text, and optionally the Participants table, whose countable windows then apply exactly as
 * in the pane and `clauses run`. A range missing a column, a number stored as text or an error
 * value gives #VALUE! naming the table, row and column (rows from the arguments' addresses when
 * Excel gives them): never a figure computed on a guessed column.
 */
import { errorsOf, hoursTable, marketsTable, packRef, participantsTable, roundTo, todayDay } from "../../../domain";
import { ventilateTerritory } from "../../../domain/territory";
import { readPolicy, ventilationOptions, type MarketOutcome, type Policy, type VentilationResult } from "../../../domain/ventilation";
import { activePack } from "../../plugin-kit/rules/active-pack";
import {
  excelError,
  isBlankCell,
  isOmitted,
  mapCells,
  refuseErrorValue,
  tableArgument,
  toExcelError,
} from "../../plugin-kit/functions/excel-io";

/** Columns of Marchés the ventilation needs besides its id (see `requestFromRows`). */
const MARKET_NEEDS = ["company", "start", "end", "obligation"];
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
 * @param [participants] The Participants table: hours outside a person's countable window are then set aside, as in the pane and clauses run.
 * @param invocation Excel's invocation (addresses of the arguments, to name the rows at fault).
 * @requiresParameterAddresses
 * @returns One row per contract row (direct, ventilated, total, remaining), or the total hours of contract_id.
 */
export function hoursVentilate(
  contracts: any[][],
  hours: any[][],
  policy?: string,
  contract_id?: any[][],
  participants?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const outcome = ventilated(contracts, hours, policy ?? null, participants ?? null, [0, 1, 4], invocation);
  if (!isOmitted(contract_id ?? null)) {
    return mapCells(
      [contract_id],
      ([id]) => {
        if (isBlankCell(id)) return "";
        const market = outcome.byId.get(String(id).trim());
        if (!market) throw excelError(`marché « ${String(id)} » absent de la plage des marchés`, "notAvailable");
        return printed(market)[2];
      },
      ["marché"],
    );
  }
  return contracts.map((cells, index) => {
    if (index === 0 && outcome.header) return SPILL_HEADERS;
    const market = outcome.result.markets[outcome.rowOf.get(outcome.firstRow + index - (outcome.header ? 1 : 0)) ?? -1];
    if (!market || cells.every(isBlankCell)) return SPILL_HEADERS.map(() => "");
    return printed(market);
  });
}

/**
 * Pooled hours of a company that no contract could take: excess (every active contract full) and out of period (none active).
 * @customfunction HOURS_EXCESS
 * @param contracts The Marchés table: its data rows in the standard column order, or with its header row.
 * @param hours The Heures table: its data rows in the standard column order, or with its header row.
 * @param company A company (or a column of companies).
 * @param [policy] earliest-end, earliest-start, pro-rata or pro-rata-remaining; the rule pack's when omitted.
 * @param [participants] The Participants table: hours outside a person's countable window are then set aside, as in the pane and clauses run.
 * @param invocation Excel's invocation (addresses of the arguments, to name the rows at fault).
 * @requiresParameterAddresses
 * @returns Per company: excess hours, out-of-period hours (side by side for a column of companies, one above the other for a row).
 */
export function hoursExcess(
  contracts: any[][],
  hours: any[][],
  company: any[][],
  policy?: string,
  participants?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const { result } = ventilated(contracts, hours, policy ?? null, participants ?? null, [0, 1, 4], invocation);
  const matrix = Array.isArray(company) ? company : [[company]];
  const names = matrix.flat();
  const byCompany = new Map(result.companies.map((candidate) => [candidate.company, candidate]));
  const known = new Set(result.markets.map((market) => market.company));
  const pairs = names.map((name) => {
    if (isBlankCell(name)) return ["", ""];
    try {
      refuseErrorValue(name, "entreprise");
    } catch (error) {
      if (names.length === 1) throw error;
      return [error, error];
    }
    const found = byCompany.get(String(name).trim());
    if (!found && !known.has(String(name).trim())) {
      const error = excelError(`entreprise « ${String(name)} » absente des marchés et des heures`, "notAvailable");
      if (names.length === 1) throw error;
      return [error, error];
    }
    return [roundTo(found?.excess ?? 0, 4), roundTo(found?.outOfPeriod ?? 0, 4)];
  });
  // Companies in a row answer in a row: excess above, out of period below, under each company.
  const inRow = matrix.length === 1 && names.length > 1;
  return inRow ? [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])] : pairs;
}

/**
 * The ventilation of the ranges (memoised), through the function every face uses, or the Excel
 * error of their first problem. `positions` are the arguments' indexes (Marchés, Heures, Participants)
 * in the invocation's addresses.
 */
function ventilated(
  contracts: unknown[][],
  hours: unknown[][],
  policyText: unknown,
  participants: unknown[][] | null,
  positions: readonly [number, number, number],
  invocation?: CustomFunctions.Invocation,
): Ventilated {
  const pack = activePack();
  refuseErrorValue(policyText, "règle");
  const policy: Policy | undefined = isOmitted(policyText) ? undefined : readPolicyOrThrow(policyText);
  const people = isOmitted(participants) ? [] : (participants as unknown[][]);
  const addresses = invocation?.parameterAddresses ?? [];
  const tops = positions.map((position) => topRow(addresses[position]));
  const today = todayDay();
  const key = {
    ranges: [contracts, hours, people],
    values: [policy, packRef(pack), today, ...tops],
    // An omitted Participants has no address: it must not stop the calls of one recalculation sharing the entry.
    addresses: (people.length === 0 ? positions.slice(0, 2) : positions).map((position) => addresses[position]),
  };
  const outcome = memo.get(key, () => {
    const contractRows = tableArgument(marketsTable, contracts, tops[0], MARKET_NEEDS);
    const hourRows = tableArgument(hoursTable, hours, tops[1]);
    const peopleRows = tableArgument(participantsTable, people, tops[2]);
    const decodeErrors = [...contractRows.decoded.errors, ...hourRows.decoded.errors, ...peopleRows.decoded.errors];
    if (decodeErrors.length > 0) return { ok: false, message: firstOf(decodeErrors.map((error) => error.message)) };
    try {
      const options = ventilationOptions(pack, policy ? { policy } : {});
      const tables = { markets: contractRows.decoded.rows, hours: hourRows.decoded.rows, participants: peopleRows.decoded.rows };
      const { result, rows } = ventilateTerritory(tables, pack, today, options);
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

function readPolicyOrThrow(text: unknown): Policy {
  try {
    return readPolicy(text, {});
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * A contract's figures to 4 decimals as `clauses ventilate` prints them: the total is the sum of
 * the rounded parts (totals add up), what remains is the obligation less that total.
 *
 * @example
 * printed({ direct: 0.00005, ventilated: 1245.64515, obligation: 1300 }) // => [0.0001, 1245.6452, 1245.6453, 54.3547]
 */
function printed(market: MarketOutcome): [number, number, number, number] {
  const direct = roundTo(market.direct, 4);
  const ventilated = roundTo(market.ventilated, 4);
  const total = roundTo(direct + ventilated, 4);
  return [direct, ventilated, total, roundTo(Math.max(0, market.obligation - total), 4)];
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
