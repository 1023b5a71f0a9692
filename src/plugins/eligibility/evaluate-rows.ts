/**
 * Reading Participants rows (as a custom function or the pipeline receives them) into evaluated
 * people, each row keeping its own errors. Shared by the functions, the pipeline and the pane.
 */
import { decodeRange, looksLikeHeader, participantsTable, type Day, type DomainError, type TableRecord } from "../../../domain";
import {
  evaluateParticipant,
  factsFromRecord,
  referenceDay,
  type EligibilityResult,
  type EligibilityRules,
  type ParticipantFacts,
} from "../../../domain/eligibility";

/** One row's outcome: blank, its evaluation, or its problems. */
export type RowOutcome =
  | { kind: "blank" }
  | { kind: "evaluated"; row: number; facts: ParticipantFacts; result: EligibilityResult }
  | { kind: "invalid"; row: number; errors: DomainError[] };

/**
 * Evaluates one decoded Participants record on `date`, or on its own reference date (first clause
 * entry, else today) when `date` is undefined.
 *
 * @example
 * evaluateRecord({ id: "P003", jobSeekerSince: "2025-07-01", firstClauseEntry: "2026-07-01" }, rules, today, undefined, { table: "Participants", row: 4 })
 * // => { kind: "evaluated", row: 4, result: { eligible: true, criteria: ["DELD"], … }, … }
 */
export function evaluateRecord(
  record: TableRecord,
  rules: EligibilityRules,
  today: Day,
  date: Day | undefined,
  where: { table: string; row: number },
): RowOutcome {
  const { facts, errors } = factsFromRecord(record, rules, today, where);
  if (errors.length > 0) return { kind: "invalid", row: where.row, errors };
  return { kind: "evaluated", row: where.row, facts, result: evaluateParticipant(facts, rules, referenceDay(facts, date, today)) };
}

/**
 * Evaluates every data row of a range of the Participants table (with a header row, or in the
 * standard column order), one outcome per data row in order, blank rows included, so a custom
 * function can spill its answers beside the rows.
 *
 * @example
 * evaluateRange([["Participant", "Date de naissance"], ["P1", 37021], ["", ""]], rules, today, () => undefined)
 * // => [{ kind: "evaluated", … }, { kind: "blank" }]
 */
export function evaluateRange(
  values: readonly (readonly unknown[])[],
  rules: EligibilityRules,
  today: Day,
  dateOfRow: (index: number) => Day | undefined,
): RowOutcome[] {
  const decoded = decodeRange(participantsTable, values, { textNumbers: "refuse" });
  // decodeRange makes the same decision: rows are numbered from 2 under a header, from 1 without.
  const hasHeader = values.length > 0 && looksLikeHeader(participantsTable, values[0] as readonly unknown[]);
  const firstRow = hasHeader ? 2 : 1;
  const dataCount = values.length - (hasHeader ? 1 : 0);
  const outcomes: RowOutcome[] = Array.from({ length: dataCount }, () => ({ kind: "blank" }));
  const errorsByRow = new Map<number, DomainError[]>();
  for (const error of decoded.errors) errorsByRow.set(error.where.row ?? 0, [...(errorsByRow.get(error.where.row ?? 0) ?? []), error]);
  for (const { row, values: record } of decoded.rows) {
    const index = row - firstRow;
    const cellErrors = errorsByRow.get(row);
    outcomes[index] = cellErrors
      ? { kind: "invalid", row, errors: cellErrors }
      : evaluateRecord(record, rules, today, dateOfRow(index), { table: participantsTable.sheet, row });
  }
  // A missing required column (no row number) concerns every row.
  const tableErrors = errorsByRow.get(0);
  if (tableErrors) return outcomes.map((outcome, index) => ({ kind: "invalid", row: index + firstRow, errors: tableErrors }));
  return outcomes;
}
