/**
 * Custom functions of the commission: =CLAUSES.HOURS_TO_PLACE and =CLAUSES.FTE_NEEDED (in French
 * Excel: =CLAUSES.HEURES_A_PLACER, =CLAUSES.ETP_NECESSAIRES): the hours a month a company (or the
 * whole territory) must still place on its contracts to meet their obligations, from a month on,
 * and the full-time equivalents that means. Same figures as `clauses forecast`.
 */
import { errorsOf, hoursTable, marketsTable, monthKeyOf, participantsTable, readDateCell, todayDay } from "../../../domain";
import { forecastHours, forecastInput, monthIndex, worldFromRows, type Forecast } from "../../../domain/commission";
import { activePack } from "../../plugin-kit/rules/active-pack";
import { excelError, isBlankCell, isOmitted, tableArgument, toExcelError } from "../../plugin-kit/functions/excel-io";
import { topRow } from "../ventilation/functions";

/**
 * Hours a month still to place on the contracts (of one company, or all), from a month on.
 * @customfunction HOURS_TO_PLACE
 * @param contracts The Marchés table: its data rows in the standard column order, or with its header row.
 * @param hours The Heures table: its data rows in the standard column order, or with its header row.
 * @param [company] A company: only its contracts; all contracts when omitted.
 * @param [month] The month the forecast starts: text AAAA-MM or a date; the current month when omitted.
 * @param [participants] The Participants table: hours outside a person's countable window are then not credited, as in the Commission pane and clauses forecast.
 * @param invocation Excel's invocation (addresses of the arguments, to name the rows at fault).
 * @requiresParameterAddresses
 * @returns Hours a month, rounded to the hundredth.
 */
export function hoursToPlace(
  contracts: any[][],
  hours: any[][],
  company?: any,
  month?: any,
  participants?: any[][],
  invocation?: CustomFunctions.Invocation,
): number {
  return pick(forecastOf(contracts, hours, participants ?? null, month ?? null, invocation), company ?? null, "hoursPerMonth");
}

/**
 * Full-time equivalents needed each month to place the hours still due (of one company, or all).
 * @customfunction FTE_NEEDED
 * @param contracts The Marchés table: its data rows in the standard column order, or with its header row.
 * @param hours The Heures table: its data rows in the standard column order, or with its header row.
 * @param [company] A company: only its contracts; all contracts when omitted.
 * @param [month] The month the forecast starts: text AAAA-MM or a date; the current month when omitted.
 * @param [participants] The Participants table: hours outside a person's countable window are then not credited, as in the Commission pane and clauses forecast.
 * @param invocation Excel's invocation (addresses of the arguments, to name the rows at fault).
 * @requiresParameterAddresses
 * @returns Full-time equivalents, rounded to the hundredth.
 */
export function fteNeeded(
  contracts: any[][],
  hours: any[][],
  company?: any,
  month?: any,
  participants?: any[][],
  invocation?: CustomFunctions.Invocation,
): number {
  return pick(forecastOf(contracts, hours, participants ?? null, month ?? null, invocation), company ?? null, "fte");
}

/** Positions of Marchés, Heures and Participants among the arguments (for their addresses). */
const POSITIONS = [0, 1, 4] as const;
const MARKET_NEEDS = ["company", "start", "end", "obligation"];

function forecastOf(
  contracts: unknown[][],
  hours: unknown[][],
  participants: unknown[][] | null,
  monthArgument: unknown,
  invocation: CustomFunctions.Invocation | undefined,
): Forecast {
  const pack = activePack();
  const today = todayDay();
  const month = readMonth(monthArgument, today);
  // The same reading as every table argument (header or not, text numbers refused, rows named as the sheet shows them).
  const addresses = invocation?.parameterAddresses ?? [];
  const [marketTop, hourTop, peopleTop] = POSITIONS.map((position) => topRow(addresses[position]));
  const markets = tableArgument(marketsTable, contracts, marketTop, MARKET_NEEDS).decoded;
  const lines = tableArgument(hoursTable, hours, hourTop).decoded;
  const people = tableArgument(participantsTable, isOmitted(participants) ? [] : (participants as unknown[][]), peopleTop).decoded;
  const errors = [...markets.errors, ...lines.errors, ...people.errors];
  if (errors.length > 0) throw excelError(errors[0]?.message ?? "données invalides");
  try {
    // The pane's world (Participants' countable windows included), without the commission's own tables, which the forecast does not read.
    const world = worldFromRows({ markets: markets.rows, hours: lines.rows, participants: people.rows }, pack, today, today);
    return forecastHours(forecastInput(world, pack), month);
  } catch (error) {
    if (errorsOf(error).length === 0) throw error;
    throw toExcelError(error);
  }
}

function readMonth(argument: unknown, today: number): string {
  const value = Array.isArray(argument) ? (argument as unknown[][])[0]?.[0] : argument;
  if (isOmitted(value) || isBlankCell(value)) return monthKeyOf(today);
  if (typeof value === "string" && /^\d{4}-\d{2}$/.test(value.trim())) {
    try {
      monthIndex(value.trim(), { field: "mois" });
    } catch (error) {
      throw toExcelError(error);
    }
    return value.trim();
  }
  const read = readDateCell(value);
  if (!read.ok) throw excelError(`mois : ${read.reason} (attendu AAAA-MM ou une date)`);
  return monthKeyOf(read.day);
}

function pick(forecast: Forecast, companyArgument: unknown, field: "hoursPerMonth" | "fte"): number {
  const value = Array.isArray(companyArgument) ? (companyArgument as unknown[][])[0]?.[0] : companyArgument;
  if (isOmitted(value) || isBlankCell(value)) {
    const total = forecast.companies.reduce((sum, company) => sum + company.hoursPerMonth, 0);
    return Math.round((field === "fte" ? total / forecast.hoursPerFteMonth : total) * 100) / 100;
  }
  const name = String(value).trim();
  const found = forecast.companies.find((company) => company.company === name);
  if (!found) {
    if (!forecast.markets.some((market) => market.company === name))
      throw excelError(`entreprise « ${name} » absente des marchés`, "notAvailable");
    return 0;
  }
  return found[field];
}
