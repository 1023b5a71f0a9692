/**
 * The bilans' step of the whole-workbook pipeline (`clauses run`, « Tout recalculer »): the Bilans
 * table rewritten with the territory and every buyer, company, contract and year, over all the
 * months with hours — the facilitator's own figures (the workbook is theirs), marked as internal.
 * Exports to buyers and companies go through `clauses report --out` or the pane, never this table.
 */
import {
  bilansTable,
  buyersTable,
  companiesTable,
  errorsOf,
  hoursTable,
  marketsTable,
  participantsTable,
  type TableRecord,
} from "../../../domain";
import { baseFromRows, bilanRecords, buildBilans, reportView, type Grouping } from "../../../domain/reporting";
import { readPolicy, readSpread, type VentilationChoice } from "../../../domain/ventilation";
import type { PipelineInput, PipelineOutput, PipelineStep } from "../types";

const GROUPINGS: readonly Grouping[] = ["buyer", "company", "contract", "year"];

export const reportingStep: PipelineStep = {
  after: ["eligibility", "ventilation"],
  run(input: PipelineInput): PipelineOutput {
    try {
      const rows = (name: string) => input.tables[name] ?? [];
      const base = baseFromRows(
        {
          markets: rows(marketsTable.name),
          hours: rows(hoursTable.name),
          participants: rows(participantsTable.name),
          buyers: rows(buyersTable.name),
          companies: rows(companiesTable.name),
        },
        input.pack,
        input.today,
        choiceOf(input.options),
      );
      const records: TableRecord[] = GROUPINGS.flatMap((grouping, index) =>
        bilanRecords(reportView(buildBilans(base, input.pack, grouping, null), "facilitator"), { total: index === 0 }),
      );
      return { result: { rows: records.length }, write: [{ table: bilansTable, records }] };
    } catch (error) {
      const errors = errorsOf(error);
      if (errors.length === 0) throw error;
      return { errors };
    }
  },
};

/** The run's ventilation rule and spread, as the ventilation step reads them. */
function choiceOf(options: PipelineInput["options"]): VentilationChoice {
  return {
    ...(options.policy ? { policy: readPolicy(options.policy, { field: "policy" }) } : {}),
    ...(options.spread ? { spread: readSpread(options.spread, { field: "spread" }) } : {}),
  };
}
