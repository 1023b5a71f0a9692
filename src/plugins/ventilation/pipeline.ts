/**
 * The ventilation's step of the whole-workbook pipeline: Marchés and Heures in, the Ventilation
 * table out; the eligibility step's countable windows are used when it ran before.
 */
import { errorsOf, hoursTable, marketsTable, parseOrThrow, ventilationTable, type CountableWindow } from "../../../domain";
import {
  readPolicy,
  readSpread,
  ventilateRows,
  ventilationOptions,
  ventilationRecords,
  windowInputSchema,
} from "../../../domain/ventilation";
import type { PipelineInput, PipelineOutput, PipelineStep } from "../types";
import { z } from "zod";

export const ventilationStep: PipelineStep = {
  after: ["eligibility"],
  run(input: PipelineInput): PipelineOutput {
    try {
      const { policy, spread } = input.options;
      const options = ventilationOptions(input.pack, {
        ...(policy ? { policy: readPolicy(policy, { field: "policy" }) } : {}),
        ...(spread ? { spread: readSpread(spread, { field: "spread" }) } : {}),
        detail: true,
      });
      const { result } = ventilateRows(
        input.tables[marketsTable.name] ?? [],
        input.tables[hoursTable.name] ?? [],
        options,
        windowsOf(input.results.eligibility),
      );
      return { result, write: [{ table: ventilationTable, records: ventilationRecords(result) }] };
    } catch (error) {
      const errors = errorsOf(error);
      if (errors.length === 0) throw error;
      return { errors };
    }
  },
};

/** The countable windows the eligibility step produced, if any (checked: they come from another plugin). */
function windowsOf(eligibility: unknown): CountableWindow[] {
  if (!eligibility || typeof eligibility !== "object" || !("windows" in eligibility)) return [];
  return parseOrThrow(z.array(windowInputSchema), (eligibility as { windows: unknown }).windows, { root: "eligibility.windows" });
}
