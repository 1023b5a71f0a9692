/**
 * The ventilation section of a rule pack: the default policy, the default spread, the horizon
 * of the pane's end-of-contract alerts, and the counting rules of each execution mode. No source
 * documents a ventilation method (domain reference § 4.1) nor the counting of the modes (§ 3.2), so
 * the national defaults are product decisions, marked `confirmed: false`.
 */
import { z } from "zod";
import { datedValue, defineRuleSection, provenanceSchema } from "../rules/schema";
import national from "./national.json";
import { POLICIES, SPREADS } from "./policies";

const fraction = z.number().min(0).max(1);

/**
 * How the lines of each execution mode count (dated, so a rule can change from a date on and be
 * applied retroactively to the raw lines):
 * - `conversion`: a sub-contracting or co-contracting line (SIAE, EA, ESAT) that gives the amount
 *   invoiced counts amount × labour share ÷ hourly cost (a contract may set its own);
 * - `trainingCap`: training hours count up to this fraction of the company's obligation (null: no cap);
 * - `cdiMonths`: a CDI counts for its first N months (null: all of it);
 * - `apprenticeshipTrainingHours`: whether the training-centre hours of an apprenticeship count.
 */
export const countingRulesSchema = z.object({
  conversion: z.array(datedValue(z.object({ labourShare: fraction, hourlyCost: z.number().positive() }).strict())).min(1),
  trainingCap: z.array(datedValue(fraction.nullable())).min(1),
  cdiMonths: z.array(datedValue(z.number().int().positive().nullable())).min(1),
  apprenticeshipTrainingHours: z.array(datedValue(z.boolean())).min(1),
});

export type CountingRules = z.output<typeof countingRulesSchema>;

export const ventilationRulesSchema = z.object({
  policy: provenanceSchema.extend({ value: z.enum(POLICIES) }),
  spread: provenanceSchema.extend({ value: z.enum(SPREADS) }),
  alertDays: provenanceSchema.extend({ value: z.number().int().min(0).max(366) }),
  counting: countingRulesSchema,
});

export type VentilationRules = z.output<typeof ventilationRulesSchema>;

export const ventilationSection = defineRuleSection({
  key: "ventilation",
  label: "Mutualisation et ventilation",
  schema: ventilationRulesSchema,
  national,
});

/** The national counting rules, for callers that have no pack at hand (tests, benchmarks). */
export const NATIONAL_COUNTING: CountingRules = countingRulesSchema.parse(national.counting);
