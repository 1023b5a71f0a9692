/**
 * Custom functions of the eligibility capability: =CLAUSES.ELIGIBILITY and =CLAUSES.ELIGIBLE_FROM
 * (in French Excel: =CLAUSES.ELIGIBILITE and =CLAUSES.DATE_ELIGIBILITE).
 *
 * `participant` is a row of the Participants table (`Participants[@]`, columns in the standard
 * order) or a range whose first row is the header row (`Participants[#Tout]`): one answer per data
 * row, spilled beside the rows. They compute in the facilitator's own sheet and write nothing.
 */
import { dayFromIso, excelSerialFromDay, readDateCell, sectionOf, todayDay, type Day, type DomainError } from "../../../domain";
import { NOT_ELIGIBLE, eligibilitySection, type EligibilityResult } from "../../../domain/eligibility";
import { excelError, isOmitted, refuseErrorValue, toExcelError } from "../../plugin-kit/functions/excel-io";
import { activePack } from "../../plugin-kit/rules/active-pack";
import { evaluateRange, type RowOutcome } from "./evaluate-rows";

/** Where the error is, for a cell that shows it (the row is the cell's own). */
function cellMessage(errors: readonly DomainError[]): string {
  return errors.map((error) => (error.where.column ? `colonne « ${error.where.column} » : ${error.reason}` : error.reason)).join(" ; ");
}

/** The reference date of each row: one cell for all rows, or one per row; omitted = each row's own. */
function datesOf(date: unknown): (index: number) => Day | undefined {
  if (isOmitted(date)) return () => undefined;
  const matrix = Array.isArray(date) ? (date as unknown[][]) : [[date]];
  const read = (value: unknown): Day | undefined => {
    if (value === null || value === "") return undefined;
    refuseErrorValue(value, "date");
    const parsed = readDateCell(value);
    if (!parsed.ok) throw excelError(`date : ${parsed.reason}`);
    return parsed.day;
  };
  const single = matrix.length === 1 ? read(matrix[0]?.[0]) : undefined;
  return (index) => (matrix.length === 1 ? single : read(matrix[index]?.[0]));
}

/** Applies `answer` to each row's result; a single cell throws its error so Excel shows it. */
function perRow(participant: any[][], date: any[][] | null | undefined, answer: (result: EligibilityResult) => unknown): any[][] {
  const rules = sectionOf(activePack(), eligibilitySection);
  const outcomes = evaluateRange(participant ?? [], rules, todayDay(), datesOf(date));
  if (outcomes.length === 0) throw excelError("participant : la plage ne contient aucune ligne de participant");
  const cells = outcomes.map((outcome: RowOutcome) => {
    if (outcome.kind === "blank") return [""];
    if (outcome.kind === "invalid") return [excelError(cellMessage(outcome.errors))];
    try {
      return [answer(outcome.result)];
    } catch (error) {
      return [toExcelError(error)];
    }
  });
  const only = cells.length === 1 ? cells[0]?.[0] : undefined;
  if (only instanceof CustomFunctions.Error) throw only;
  return cells;
}

/**
 * Main eligibility criterion of a participant on a date (DELD, JEUNE, MINIMA…), or NON_ELIGIBLE.
 * @customfunction ELIGIBILITY
 * @param participant A row of the Participants table, or a range whose first row is the header row (one answer per data row).
 * @param [date] Reference date; the participant's first clause entry (else today) when omitted.
 * @returns The main criterion's code, or NON_ELIGIBLE.
 */
export function eligibility(participant: any[][], date?: any[][]): any[][] {
  return perRow(participant, date, (result) => result.main ?? NOT_ELIGIBLE);
}

/**
 * First date, on or after the reference date, on which the participant is eligible.
 * @customfunction ELIGIBLE_FROM
 * @param participant A row of the Participants table, or a range whose first row is the header row (one answer per data row).
 * @param [date] Reference date; the participant's first clause entry (else today) when omitted.
 * @returns A date (serial number); #N/A when the recorded facts never make the participant eligible.
 */
export function eligibleFrom(participant: any[][], date?: any[][]): any[][] {
  return perRow(participant, date, (result) => {
    const day = result.eligible ? result.date : result.eligibleFrom;
    if (day === null) {
      const hint = result.derogationPossible ? " ; dérogation possible sur avis motivé d'un prescripteur" : "";
      throw excelError(`${result.id} n'est pas éligible et ne le devient pas d'après sa fiche${hint}`, "notAvailable");
    }
    return excelSerialFromDay(dayFromIso(day));
  });
}
