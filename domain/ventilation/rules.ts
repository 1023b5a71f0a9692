/**
 * The ventilation section of a rule pack: the default policy, the default spread and the horizon
 * of the pane's end-of-contract alerts. No source documents a ventilation method (domain reference
 * § 4.1), so the national defaults are product decisions, marked `confirmed: false`.
 */
import { z } from "zod";
import { defineRuleSection, provenanceSchema } from "../rules/schema";
import national from "./national.json";
import { POLICIES, SPREADS } from "./policies";

export const ventilationRulesSchema = z.object({
  policy: provenanceSchema.extend({ value: z.enum(POLICIES) }),
  spread: provenanceSchema.extend({ value: z.enum(SPREADS) }),
  alertDays: provenanceSchema.extend({ value: z.number().int().min(0).max(366) }),
});

export type VentilationRules = z.output<typeof ventilationRulesSchema>;

export const ventilationSection = defineRuleSection({
  key: "ventilation",
  label: "Mutualisation et ventilation",
  schema: ventilationRulesSchema,
  national,
});
