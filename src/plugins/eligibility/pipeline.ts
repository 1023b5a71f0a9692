/**
 * The eligibility step of the whole-workbook pipeline: evaluates every row of the `Participants`
 * table on its own reference date (first clause entry, else today) and hands the ventilation its
 * countable windows (`results.eligibility.windows`).
 *
 * It writes no table: criteria stay in the Participants and Validations tables. The result's
 * `people` carry criteria for the facilitator's internal bilans only; `windows` carry dates only.
 */
import { participantsTable, sectionOf, type DomainError } from "../../../domain";
import { countableWindows, eligibilitySection, recordedWindow, type EligibilityResult } from "../../../domain/eligibility";
import type { CountableWindow } from "../../../domain/countable";
import type { PipelineStep } from "../types";
import { evaluateRecord } from "./evaluate-rows";

/** What the step returns as `results.eligibility`. */
export interface EligibilityStepResult {
  people: EligibilityResult[];
  windows: CountableWindow[];
}

export const eligibilityStep: PipelineStep = {
  run({ tables, pack, today }) {
    const rules = sectionOf(pack, eligibilitySection);
    const people: EligibilityResult[] = [];
    const purged: CountableWindow[] = [];
    const errors: DomainError[] = [];
    for (const { row, values } of tables[participantsTable.name] ?? []) {
      const outcome = evaluateRecord(values, rules, today, undefined, { table: participantsTable.sheet, row });
      // A purged row has no facts left to evaluate: it keeps the window recorded at the purge.
      if (outcome.kind === "evaluated" && outcome.facts.purged) purged.push(recordedWindow(outcome.facts));
      else if (outcome.kind === "evaluated") people.push(outcome.result);
      if (outcome.kind === "invalid") errors.push(...outcome.errors);
    }
    const result: EligibilityStepResult = { people, windows: [...countableWindows(people), ...purged] };
    return { result, errors };
  },
};
