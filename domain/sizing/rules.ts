/**
 * The sizing section of a rule pack: default parameters and the labour-share presets per trade.
 */
import { z } from "zod";
import { datedValue, defineRuleSection, provenanceSchema } from "../rules/schema";
import { frenchIssueMessage } from "../validation/french-issues";
import national from "./national.json";

const fraction = z.number().min(0).max(1);

/** A trade (corps d'état / secteur) and its labour share, or null when no source gives one. */
export const tradeSchema = provenanceSchema.extend({
  code: z.string().regex(/^[a-z0-9-]+$/, { message: "code en minuscules, chiffres et tirets" }),
  label: z.string().min(1),
  labourShare: fraction.nullable(),
});

const roundingObject = provenanceSchema.extend({ value: z.enum(["nearest", "up"]) });

/**
 * How each lot is rounded, with its provenance (no source gives a convention: § 1.3). A bare
 * `"nearest"` / `"up"` (packs written before the flag) reads as unconfirmed; a bad bare value is
 * reported on `rounding` itself.
 */
const roundingSchema = z.unknown().transform((input, ctx) => {
  const bare = typeof input === "string";
  const parsed = roundingObject.safeParse(
    bare ? { value: input, source: "paquet de territoire, sans source indiquée", confirmed: false } : input,
    { error: frenchIssueMessage, reportInput: true },
  );
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: bare ? [] : issue.path } as Parameters<typeof ctx.addIssue>[0]);
  return z.NEVER;
});

export const sizingRulesSchema = z.object({
  hourlyCost: z.array(datedValue(z.number().positive())).min(1),
  insertionRate: z.array(datedValue(fraction.refine((rate) => rate > 0, { message: "doit être strictement positif" }))).min(1),
  eurosPerHour: z.array(datedValue(z.number().positive())).min(1),
  hoursPerFte: z.array(datedValue(z.number().positive())).min(1),
  /**
   * How each lot is rounded, with its provenance (no source gives a convention: § 1.3). A bare
   * `"nearest"` / `"up"` (packs written before the flag) reads as unconfirmed.
   */
  rounding: roundingSchema,
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
