/**
 * The ventilation's step of the whole-workbook pipeline: Marchés, Heures and Participants in, the
 * Ventilation table out. It ventilates through `ventilateTerritory`, the function the pane and the
 * custom functions call, so « Écrire la ventilation », `clauses run` and =CLAUSES.HEURES_VENTILER
 * give the same figures (the Participants' countable windows included).
 */
import { errorsOf, hoursTable, marketsTable, participantsTable, ventilationTable } from "../../../domain";
import { ventilateTerritory } from "../../../domain/territory";
import { readPolicy, readSpread, ventilationOptions, ventilationRecords } from "../../../domain/ventilation";
import type { PipelineInput, PipelineOutput, PipelineStep } from "../types";

export const ventilationStep: PipelineStep = {
  // After the eligibility step: a Participants row it refuses stops the ventilation too.
  after: ["eligibility"],
  run(input: PipelineInput): PipelineOutput {
    try {
      const { policy, spread } = input.options;
      const options = ventilationOptions(input.pack, {
        ...(policy ? { policy: readPolicy(policy, { field: "policy" }) } : {}),
        ...(spread ? { spread: readSpread(spread, { field: "spread" }) } : {}),
        detail: true,
      });
      const rows = (name: string) => input.tables[name] ?? [];
      const { result } = ventilateTerritory(
        { markets: rows(marketsTable.name), hours: rows(hoursTable.name), participants: rows(participantsTable.name) },
        input.pack,
        input.today,
        options,
      );
      return { result, write: [{ table: ventilationTable, records: ventilationRecords(result) }] };
    } catch (error) {
      const errors = errorsOf(error);
      if (errors.length === 0) throw error;
      return { errors };
    }
  },
};
