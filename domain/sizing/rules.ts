/**
 * The sizing section of a rule pack: default parameters and the labour-share presets per trade.
 */
import { z } from "zod";
import { datedValue, defineRuleSection, provenanceSchema } from "../rules/schema";
import national from "./national.json";

const fraction = z.number().min(0).max(1);

/** A trade (corps d'état / secteur) and its labour share, or null when no source gives one. */
export const tradeSchema = provenanceSchema.extend({
  code: z.string().regex(/^[a-z0-9-]+$/, { message: "code en minuscules, chiffres et tirets" }),
  label: z.string().min(1),
  labourShare: fraction.nullable(),
});

export const sizingRulesSchema = z.object({
  hourlyCost: z.array(datedValue(z.number().positive())).min(1),
  insertionRate: z.array(datedValue(fraction.refine((rate) => rate > 0, { message: "doit être strictement positif" }))).min(1),
  eurosPerHour: z.array(datedValue(z.number().positive())).min(1),
  hoursPerFte: z.array(datedValue(z.number().positive())).min(1),
  rounding: z.enum(["nearest", "up"]),
  trades: z.array(tradeSchema),
});

export type SizingRules = z.output<typeof sizingRulesSchema>;
export type Trade = z.output<typeof tradeSchema>;

export const sizingSection = defineRuleSection({
  key: "sizing",
  label: "Dimensionnement",
  schema: sizingRulesSchema,
  national,
});
