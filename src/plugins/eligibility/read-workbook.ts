/**
 * What the eligibility pane reads from the workbook: the Participants rows evaluated, and the
 * history of validations. One port call per table.
 */
import { decodeTable, participantsTable, validationsTable, type Day, type DomainError } from "../../../domain";
import {
  validationHistory,
  validationsFromRows,
  type EligibilityResult,
  type EligibilityRules,
  type ValidationPeriod,
} from "../../../domain/eligibility";
import type { WorkbookPort } from "../../workbook/port";
import { evaluateRecord } from "./evaluate-rows";

export interface WorkbookEligibility {
  results: EligibilityResult[];
  history: Map<string, ValidationPeriod[]>;
  /** Rows that could not be read, located; the others are still evaluated. */
  errors: DomainError[];
}

/**
 * Reads both tables and evaluates every participant on their own reference date.
 *
 * @example
 * const { results, history, errors } = await readWorkbookEligibility(services.workbook, rules, today);
 */
export async function readWorkbookEligibility(workbook: WorkbookPort, rules: EligibilityRules, today: Day): Promise<WorkbookEligibility> {
  const errors: DomainError[] = [];
  const results: EligibilityResult[] = [];
  const participants = await workbook.readTable(participantsTable);
  if (participants) {
    const decoded = decodeTable(participantsTable, [participants.headers, ...participants.rows], { firstRow: participants.headerRow + 1 });
    errors.push(...decoded.errors);
    const badRows = new Set(decoded.errors.map((error) => error.where.row));
    for (const { row, values } of decoded.rows) {
      if (badRows.has(row)) continue;
      const outcome = evaluateRecord(values, rules, today, undefined, { table: participantsTable.sheet, row });
      if (outcome.kind === "evaluated") results.push(outcome.result);
      if (outcome.kind === "invalid") errors.push(...outcome.errors);
    }
  }
  return { results, history: await readHistory(workbook, errors), errors };
}

/**
 * The validations of every person, read from the Validations table (empty when the table is absent).
 *
 * @example
 * const history = await readHistory(services.workbook, []);
 */
export async function readHistory(workbook: WorkbookPort, errors: DomainError[]): Promise<Map<string, ValidationPeriod[]>> {
  const table = await workbook.readTable(validationsTable);
  if (!table) return new Map();
  const decoded = decodeTable(validationsTable, [table.headers, ...table.rows], { firstRow: table.headerRow + 1 });
  const read = validationsFromRows(decoded.rows);
  errors.push(...decoded.errors, ...read.errors);
  return validationHistory(read.validations);
}
