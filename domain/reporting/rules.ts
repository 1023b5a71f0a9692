/**
 * The reporting section of a rule pack (« Bilans »): the small-count threshold of exports, the age
 * bands at entry, the outcome categories (« sorties ») and the situations that fall in each, and
 * the retention period of participants' personal fields. Hours per FTE come from the sizing
 * section (one value for the whole pack).
 */
import { z } from "zod";
import { defineRuleSection, provenanceSchema } from "../rules/schema";
import { SMALL_COUNT_FLOOR, smallCountBelowFloorReason } from "./errors";
import national from "./national.json";

const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { message: "code en lettres, chiffres et tirets (ex. CDD-6M-PLUS)" });
const age = z.number().int().min(0).max(130);

/** An age band at entry: `minAge` ≤ age < `maxAgeExclusive` (no upper bound when absent). */
export const ageBandSchema = provenanceSchema.extend({ code, label: z.string().min(1), minAge: age, maxAgeExclusive: age.optional() });

export const OUTCOME_CATEGORIES = ["durable", "transition", "positive", "other"] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

export const outcomeCategorySchema = provenanceSchema.extend({
  code: z.enum(OUTCOME_CATEGORIES),
  label: z.string().min(1),
  /** Counted in « sorties dynamiques » (durable + transition + positive). */
  dynamic: z.boolean(),
  definition: z.string().min(1),
});

/** A situation a facilitator records at the exit or 6 months later, and its category. */
export const situationSchema = provenanceSchema.extend({ code, label: z.string().min(1), category: z.enum(OUTCOME_CATEGORIES) });

const rulesObjectSchema = z.object({
  // A territory pack (or the workbook's settings) may raise the threshold, never lower it below the national floor.
  smallCount: provenanceSchema.extend({
    value: z
      .number()
      .int()
      .min(SMALL_COUNT_FLOOR, { message: smallCountBelowFloorReason(SMALL_COUNT_FLOOR) })
      .max(100),
  }),
  ageBands: z.array(ageBandSchema).min(1),
  outcomeCategories: z.array(outcomeCategorySchema).length(OUTCOME_CATEGORIES.length),
  situations: z.array(situationSchema).min(1),
  retention: provenanceSchema.extend({ years: z.number().int().min(1).max(100).nullable() }),
});

export type ReportingRules = z.output<typeof rulesObjectSchema>;
export type AgeBand = z.output<typeof ageBandSchema>;
export type Situation = z.output<typeof situationSchema>;

export const reportingRulesSchema = rulesObjectSchema.superRefine((rules, ctx) => {
  const bands = [...rules.ageBands].sort((a, b) => a.minAge - b.minAge);
  bands.forEach((band, index) => {
    const next = bands[index + 1];
    const end = band.maxAgeExclusive;
    if (next && end !== next.minAge)
      ctx.addIssue({
        code: "custom",
        path: ["ageBands"],
        message: `les tranches d'âge doivent se suivre sans trou ni chevauchement (${band.code} → ${next.code})`,
      });
    if (!next && end !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["ageBands"],
        message: `la dernière tranche (${band.code}) doit être ouverte (sans âge maximal)`,
      });
  });
  if (bands[0]?.minAge !== 0)
    ctx.addIssue({ code: "custom", path: ["ageBands"], message: "la première tranche d'âge doit commencer à 0 an" });
  const categories = new Set(rules.outcomeCategories.map((category) => category.code));
  if (categories.size !== OUTCOME_CATEGORIES.length)
    ctx.addIssue({
      code: "custom",
      path: ["outcomeCategories"],
      message: `une définition par catégorie : ${OUTCOME_CATEGORIES.join(", ")}`,
    });
});

export const reportingSection = defineRuleSection({
  key: "reporting",
  label: "Bilans",
  schema: reportingRulesSchema,
  national,
});
