/**
 * What the check and the drafting requests contain (CLI JSON, task-pane form and custom functions
 * all become these). Objects are strict, so a typo in a field name is reported, not ignored.
 */
import { z } from "zod";
import { isoDateSchema } from "../rules/schema";
import { normalizeLabel } from "../text";
import { valueOrLotsProblem } from "./errors";

export const BUYER_TYPE_CODES = ["collectivite", "etat", "entite-adjudicatrice", "prive"] as const;
/** Kinds of contract (the « Nature du contrat » of Marchés). */
export const CONTRACT_NATURE_CODES = ["marche", "accord-cadre", "concession", "partenariat", "commande-privee"] as const;
export type ContractNature = (typeof CONTRACT_NATURE_CODES)[number];

const NATURE_WORDS: readonly [RegExp, ContractNature][] = [
  [/commande privee|client prive|prive/, "commande-privee"],
  [/concession|delegation de service public|\bdsp\b/, "concession"],
  [/partenariat/, "partenariat"],
  [/accord cadre/, "accord-cadre"],
  [/marche/, "marche"],
];

/**
 * The kind of contract a « Nature » cell says (free text, as the DECP or the facilitator write it).
 *
 * @example
 * contractNatureCode("Concession / DSP") // => "concession"
 * contractNatureCode("Commande privée") // => "commande-privee"
 * contractNatureCode("Accord-cadre") // => "accord-cadre"
 * contractNatureCode("") // => null
 */
export function contractNatureCode(text: string): ContractNature | null {
  const words = normalizeLabel(text);
  if (!words) return null;
  return NATURE_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}
export const CONTRACT_KINDS = ["works", "supplies", "services"] as const;

export type BuyerType = (typeof BUYER_TYPE_CODES)[number];
export type ContractKind = (typeof CONTRACT_KINDS)[number];

const lotSchema = z
  .object({
    id: z.union([z.string().trim().min(1), z.number().transform(String)]).optional(),
    label: z.string().trim().optional(),
    value: z.number().nonnegative(),
  })
  .strict();

export const checkInputSchema = z
  .object({
    /** Estimated value excluding VAT, in euros (of the whole contract: all lots together). */
    value: z.number().nonnegative().optional(),
    /** Or the lots' estimated values, summed: the EU threshold applies to the value of all lots together. */
    lots: z.array(lotSchema).min(1).optional(),
    buyerType: z.enum(BUYER_TYPE_CODES),
    kind: z.enum(CONTRACT_KINDS),
    /** Marché, accord-cadre, concession / DSP, marché de partenariat or commande privée (a concession also sets `concession`). */
    nature: z.enum(CONTRACT_NATURE_CODES).optional(),
    /** Day the consultation is engaged or the notice sent (ISO). */
    launchDate: isoDateSchema,
    defence: z.boolean().default(false),
    concession: z.boolean().default(false),
    /** An exemption the buyer invokes, with the reason recorded in the consultation file. */
    exemption: z
      .object({
        code: z.string().min(1),
        reason: z.string().trim().min(1, { message: "une dérogation doit être motivée : indiquez le motif" }),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const problem = valueOrLotsProblem(input.value !== undefined, input.lots !== undefined);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.where.field ?? "value"], message: problem.reason });
  })
  .transform((input) => ({
    ...input,
    value: input.value ?? (input.lots ?? []).reduce((sum, lot) => sum + lot.value, 0),
    // A concession or DSP is a concession whatever the flag says.
    concession: input.concession || input.nature === "concession",
  }));

export type CheckInput = z.output<typeof checkInputSchema>;

const text = z.string().trim();

export const clauseInputSchema = z
  .object({
    /** Code of a primary legal basis of the pack (`execution-condition`, `mandatory-condition`, …). */
    basis: z.string().min(1),
    contract: z.object({ reference: text.optional(), label: text.optional(), buyer: text.optional() }).strict().default({}),
    /** Article number in the buyer's CCAP, when known (« 9 » → « Article 9 – … »). */
    articleNumber: text.optional(),
    hours: z.number().int({ message: "doit être un nombre entier d'heures" }).positive().optional(),
    /** Scope of the insertion action (CCAG 2021 art. 16.1). */
    scope: text.optional(),
    facilitator: z
      .object({
        name: text.optional(),
        organisation: text.optional(),
        email: text.optional(),
        phone: text.optional(),
        address: text.optional(),
      })
      .strict()
      .default({}),
    /** Codes of the pack's eligible publics. */
    publics: z.array(z.string()).default([]),
    /** Priority publics, in the facilitator's words (never an exclusive condition). */
    publicsNote: text.optional(),
    /** Codes of the allowed ways; all of the pack's when omitted. */
    modes: z.array(z.string()).optional(),
    pooling: z.boolean().default(false),
    reporting: z.enum(["monthly", "quarterly"]).default("monthly"),
    penalties: z.boolean().default(true),
    /** Euros excl. VAT per missing hour, set by the buyer (no figure is the law's). */
    penaltyPerHour: z.number().positive().optional(),
    awardCriterion: z
      .object({
        weight: z
          .number()
          .gt(0, { message: "doit être une fraction entre 0 et 1 (10 % s'écrit 0,1)" })
          .max(1, { message: "doit être une fraction entre 0 et 1 (10 % s'écrit 0,1)" }),
      })
      .strict()
      .optional(),
    /** Duration of an ESS-reserved contract, in years. */
    durationYears: z.number().positive().optional(),
  })
  .strict();

export type ClauseInput = z.output<typeof clauseInputSchema>;
