/**
 * Custom functions of the sizing capability: =CLAUSES.HOURS, =CLAUSES.LABOUR_SHARE, =CLAUSES.FTE
 * (in French Excel: =CLAUSES.HEURES, =CLAUSES.PART_MAIN_OEUVRE, =CLAUSES.ETP).
 *
 * The JSDoc below is the source of functions.json (custom-functions-metadata); descriptions a
 * French user reads come from functions.fr.json.
 */
import { DomainError, sectionOf, todayDay, valueOn } from "../../../domain";
import { fullTimeEquivalents, sizeContract, sizingInputSchema, sizingSection, tradeLabourShare } from "../../../domain/sizing";
import { negativeValue, parseOrThrow, STRICTLY_POSITIVE } from "../../../domain/validation";
import { activePack } from "../../plugin-kit/rules/active-pack";
import { excelError, isBlankCell, isOmitted, mapCells, numberArgument, toExcelError } from "../../plugin-kit/functions/excel-io";

const FIELD_NAMES: Record<string, string> = {
  "lots[0].amount": "montant",
  "lots[0].labourShare": "part de main-d'œuvre",
  "lots[0].trade": "métier",
  "lots[0].insertionRate": "taux d'insertion",
  "lots[0].hourlyCost": "coût horaire",
};

function frenchFields(message: string): string {
  return Object.entries(FIELD_NAMES).reduce((text, [field, name]) => text.split(field).join(name), message);
}

/**
 * Insertion hours of a contract or lot: amount excl. VAT × labour share × insertion rate ÷ hourly cost, rounded to the hour.
 * @customfunction HOURS
 * @param amount Amount excluding VAT, in euros (a value or a range).
 * @param labour_share_or_trade Labour share (0 to 1) or trade name from the rule pack (a value or a range).
 * @param [insertion_rate] Insertion rate (0 to 1); the rule pack's default when omitted.
 * @param [hourly_cost] Loaded hourly cost in euros; the rule pack's default when omitted.
 * @returns Insertion hours, one per amount.
 */
export function hours(amount: any[][], labour_share_or_trade: any[][], insertion_rate?: any[][], hourly_cost?: any[][]): any[][] {
  const pack = activePack();
  const rules = sectionOf(pack, sizingSection);
  const today = todayDay();
  return mapCells(
    [amount, labour_share_or_trade, insertion_rate ?? null, hourly_cost ?? null],
    ([value, share, rate, cost]) => {
      if (isBlankCell(value)) return "";
      // Numbers stored as text are refused, as by every function (docs/workbook.md); a trade is text.
      const lot: Record<string, unknown> = { id: "1", amount: numberArgument(value, "montant") };
      if (typeof share === "string" && share.trim() !== "" && Number.isNaN(Number(share.trim().replace(",", ".")))) lot.trade = share;
      else if (!isBlankCell(share)) lot.labourShare = numberArgument(share, "part de main-d'œuvre");
      if (!isOmitted(rate)) lot.insertionRate = numberArgument(rate, "taux d'insertion");
      if (!isOmitted(cost)) lot.hourlyCost = numberArgument(cost, "coût horaire");
      try {
        const input = parseOrThrow(sizingInputSchema, { method: "labour-cost", lots: [lot] });
        return sizeContract(input, rules, "", today).lots[0]?.hours;
      } catch (error) {
        throw toExcelError(error, frenchFields);
      }
    },
    ["montant", "part de main-d'œuvre ou métier", "taux d'insertion", "coût horaire"],
  );
}

/**
 * Labour share of a trade, from the rule pack in force.
 * @customfunction LABOUR_SHARE
 * @param trade Trade code or name (a value or a range).
 * @returns Labour share between 0 and 1; #N/A when no source gives one for the trade.
 */
export function labourShare(trade: any[][]): any[][] {
  const rules = sectionOf(activePack(), sizingSection);
  return mapCells(
    [trade],
    ([name]) => {
      if (isBlankCell(name)) return "";
      try {
        return tradeLabourShare(rules, String(name), "métier").share;
      } catch (error) {
        const unconfirmed = error instanceof DomainError && error.code === "sizing.trade.unconfirmed";
        throw unconfirmed ? excelError(error.message, "notAvailable") : toExcelError(error);
      }
    },
    ["métier"],
  );
}

/**
 * Full-time equivalents of a number of hours (1,600 h per FTE unless the rule pack or the argument says otherwise).
 * @customfunction FTE
 * @param hours Hours (a value or a range).
 * @param [hours_per_fte] Hours in one full-time equivalent; the rule pack's value when omitted.
 * @returns Full-time equivalents, to 2 decimals.
 */
export function fte(hours: any[][], hours_per_fte?: any[][]): any[][] {
  const rules = sectionOf(activePack(), sizingSection);
  const fallback = valueOn(rules.hoursPerFte, todayDay(), "heures par ETP").value;
  return mapCells(
    [hours, hours_per_fte ?? null],
    ([value, perFte]) => {
      if (isBlankCell(value)) return "";
      const count = numberArgument(value, "heures");
      if (count < 0) throw excelError(`heures : ${negativeValue(`« ${String(value)} »`)}`);
      const divisor = isOmitted(perFte) ? fallback : numberArgument(perFte, "heures par ETP");
      if (!(divisor > 0)) throw excelError(`heures par ETP : ${STRICTLY_POSITIVE}`);
      return fullTimeEquivalents(count, divisor);
    },
    ["heures", "heures par ETP"],
  );
}
