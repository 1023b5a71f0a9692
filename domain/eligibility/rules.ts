/**
 * The eligibility section of a rule pack: the clause's criteria (codes, French labels, tests with
 * their thresholds, sources, `confirmed`), the reference lists the form offers (benefits,
 * structures, programmes, proofs), the counting window and the IAE helper.
 *
 * Thresholds (12/24 months, 26/50 years, 6 months out of school, qualification level 3) are data:
 * a territory pack changes them, adds a criterion built from the same tests, or withdraws one.
 */
import { z } from "zod";
import { isoDateSchema, provenanceSchema, defineRuleSection } from "../rules/schema";
import national from "./national.json";

const upperCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: "code en majuscules, chiffres et soulignés (ex. DELD)" });
const listCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { message: "code en lettres, chiffres et tirets (ex. RSA-ayant-droit)" });
const months = z.number().int().positive();
const years = z.number().int().positive();

/** How a criterion is checked on a day. Each test reads some facts; its numbers are the pack's. */
export const criterionTestSchema = z.discriminatedUnion("type", [
  z
    .object({ type: z.literal("jobSeekerMonths"), minMonths: z.number().int().nonnegative(), maxMonthsExclusive: months.optional() })
    .strict(),
  z.object({ type: z.literal("benefits"), benefits: z.array(listCode).min(1) }).strict(),
  z.object({ type: z.literal("rqth") }).strict(),
  z
    .object({
      type: z.literal("youth"),
      maxAgeExclusive: years,
      schoolLeftMinMonths: z.number().int().nonnegative(),
      maxQualificationLevel: z.number().int().min(1).max(8),
      /** The school condition, the qualification condition, both, or either (territory option). */
      condition: z.enum(["school", "qualification", "school-and-qualification", "school-or-qualification"]),
    })
    .strict(),
  z
    .object({ type: z.literal("age"), minAge: years.optional(), maxAgeExclusive: years.optional(), jobSeeker: z.boolean().optional() })
    .strict(),
  z.object({ type: z.literal("qualification"), maxLevel: z.number().int().min(1).max(8) }).strict(),
  z.object({ type: z.literal("structure"), structures: z.array(listCode).min(1) }).strict(),
  z.object({ type: z.literal("programme"), programmes: z.array(listCode).min(1) }).strict(),
  z.object({ type: z.literal("qpv") }).strict(),
  z.object({ type: z.literal("derogation") }).strict(),
]);

export type CriterionTest = z.output<typeof criterionTestSchema>;

/** A clause criterion (`criterion`) or a priority flag (`priority`, e.g. QPV), ranked: rank 1 is the main one. */
export const criterionSchema = provenanceSchema.extend({
  code: upperCode,
  label: z.string().min(1),
  kind: z.enum(["criterion", "priority"]),
  rank: z.number().int().positive(),
  test: criterionTestSchema,
  /** How the drafted clause names the public; its thresholds are rendered from `test` (see `criterionClauseText`). */
  clauseWording: z.string().min(1).optional(),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
});

export type Criterion = z.output<typeof criterionSchema>;

/** Labels typed in list cells (« RSA ; AAH », « Pièce d'identité du … ; … ») cannot hold the separators. */
const cellLabel = z
  .string()
  .min(1)
  .regex(/^[^,;]*$/, { message: "un libellé listé dans une cellule ne contient ni virgule ni point-virgule" });

/**
 * An entry of a list the form offers (a benefit, a structure kind, a programme). `validFrom` /
 * `validTo` bound the days on which it can count (a benefit that no longer exists, like the ATA).
 */
export const listEntrySchema = provenanceSchema.extend({
  code: listCode,
  label: cellLabel,
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
});
export type ListEntry = z.output<typeof listEntrySchema>;

/** A kind of proof the facilitator may have seen, and the criteria it supports (a hint: codes the pack lacks are ignored). */
export const proofTypeSchema = listEntrySchema.extend({ criteria: z.array(upperCode) });
export type ProofType = z.output<typeof proofTypeSchema>;

/** A criterion of the IAE helper (les-emplois), at level 1 or 2. */
export const iaeCriterionSchema = z.object({ code: upperCode, label: z.string().min(1), test: criterionTestSchema });

export const iaeRulesSchema = provenanceSchema.extend({
  level1: z.array(iaeCriterionSchema),
  level2: z.array(iaeCriterionSchema),
  /** Pairs counted at most once between them (senior/young, DELD/DETLD). */
  exclusive: z.array(z.tuple([upperCode, upperCode])),
  /** Level-2 criteria needed per structure kind (one level-1 criterion is always enough). */
  thresholds: z.array(z.object({ structure: listCode, minLevel2: z.number().int().positive() })).min(1),
});

export type IaeRules = z.output<typeof iaeRulesSchema>;

/** Where the counting window starts: the first entry into a clause, or the later of that entry and the first day of eligibility. */
export const COUNTING_WINDOW_STARTS = ["first-entry", "later-of-entry-and-eligibility"] as const;
export type CountingWindowStart = (typeof COUNTING_WINDOW_STARTS)[number];

/** How long hours count after the window's start; `months: null` = no window set. */
export const countingWindowSchema = provenanceSchema.extend({
  months: months.nullable(),
  start: z.enum(COUNTING_WINDOW_STARTS).default("first-entry"),
});

/** Default validity of a validation, to pre-fill « valide jusqu'au »; `months: null` = none. */
export const validitySchema = provenanceSchema.extend({ months: months.nullable() });

const rulesObjectSchema = z.object({
  criteria: z.array(criterionSchema).min(1),
  benefits: z.array(listEntrySchema),
  structures: z.array(listEntrySchema),
  programmes: z.array(listEntrySchema),
  proofTypes: z.array(proofTypeSchema),
  countingWindow: countingWindowSchema,
  validity: validitySchema,
  iae: iaeRulesSchema,
});

export type EligibilityRules = z.output<typeof rulesObjectSchema>;

export const eligibilityRulesSchema = rulesObjectSchema.superRefine((rules, ctx) => checkReferences(rules, ctx));

/** Every code a test or a proof names must exist in the pack (a territory removing RSA must also fix MINIMA). */
function checkReferences(rules: EligibilityRules, ctx: z.RefinementCtx): void {
  const known = {
    benefits: new Set(rules.benefits.map((entry) => entry.code)),
    structures: new Set(rules.structures.map((entry) => entry.code)),
    programmes: new Set(rules.programmes.map((entry) => entry.code)),
  };
  const unknownCodes = (codes: readonly string[], set: Set<string>, path: PropertyKey[], what: string) => {
    const missing = codes.filter((code) => !set.has(code));
    if (missing.length > 0) ctx.addIssue({ code: "custom", path, message: `${what} inconnu(s) : ${missing.join(", ")}` });
  };
  const checkTest = (test: CriterionTest, path: PropertyKey[]) => {
    if (test.type === "benefits") unknownCodes(test.benefits, known.benefits, [...path, "benefits"], "minimum(s) social(aux)");
    if (test.type === "structure") unknownCodes(test.structures, known.structures, [...path, "structures"], "type(s) de structure");
    if (test.type === "programme") unknownCodes(test.programmes, known.programmes, [...path, "programmes"], "dispositif(s)");
  };
  rules.criteria.forEach((criterion, index) => checkTest(criterion.test, ["criteria", index, "test"]));
  rules.iae.level1.forEach((criterion, index) => checkTest(criterion.test, ["iae", "level1", index, "test"]));
  rules.iae.level2.forEach((criterion, index) => checkTest(criterion.test, ["iae", "level2", index, "test"]));
  rules.iae.thresholds.forEach((threshold, index) =>
    unknownCodes([threshold.structure], known.structures, ["iae", "thresholds", index, "structure"], "type(s) de structure"),
  );
  const seen = new Set<string>();
  rules.criteria.forEach((criterion, index) => {
    if (seen.has(criterion.code))
      ctx.addIssue({ code: "custom", path: ["criteria", index, "code"], message: `code en double : ${criterion.code}` });
    seen.add(criterion.code);
  });
}

export const eligibilitySection = defineRuleSection({
  key: "eligibility",
  label: "Éligibilité",
  schema: eligibilityRulesSchema,
  national,
});
