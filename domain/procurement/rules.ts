/**
 * The procurement section of a rule pack: the national target of contracts with a social
 * consideration, the parameters of the renewal radar and of the screening of a buyer's plan, and
 * the CPV → trade presets that give a contract found in the DECP a labour share (through the
 * sizing section's trades).
 */
import { z } from "zod";
import { datedValue, defineRuleSection, provenanceSchema } from "../rules/schema";
import national from "./national.json";

const fraction = z.number().min(0).max(1);

/** A CPV prefix (2 to 8 digits: division, group, class…) and the trade it maps to. */
export const cpvTradeSchema = provenanceSchema.extend({
  cpv: z.string().regex(/^\d{2,8}$/, { message: "préfixe CPV de 2 à 8 chiffres" }),
  label: z.string().min(1),
  /** Code of a trade of the sizing section. */
  trade: z.string().regex(/^[a-z0-9-]+$/, { message: "code en minuscules, chiffres et tirets" }),
});

export const procurementRulesSchema = z.object({
  nationalTarget: z.array(datedValue(fraction)).min(1),
  renewals: provenanceSchema.extend({
    horizonMonths: z.number().int().positive(),
    minimumContracts: z.number().int().min(1),
    minimumSimilarity: fraction,
  }),
  screening: provenanceSchema.extend({
    /** Below this duration a clause is hard to organise (months). */
    minimumMonths: z.number().int().positive(),
    /** From this duration a full path (parcours) fits in the contract (months). */
    longMonths: z.number().int().positive(),
    /** A labour share at or above this one marks a labour-intensive trade. */
    laborIntensive: fraction,
    /** Estimated hours from which a contract weighs in the territory's plan. */
    significantHours: z.number().positive(),
    /** Points of each reason (the score is their sum, at most 100). */
    weights: z
      .object({
        mandatory: z.number().min(0),
        labourIntensive: z.number().min(0),
        labourKnown: z.number().min(0),
        longDuration: z.number().min(0),
        mediumDuration: z.number().min(0),
        significantHours: z.number().min(0),
        someHours: z.number().min(0),
        wantedTrade: z.number().min(0),
      })
      .strict(),
    /** Trades where reserving the contract to SIAE or EA/ESAT is worth proposing. */
    reservedTrades: z.array(z.string().min(1)),
  }),
  cpvTrades: z.array(cpvTradeSchema),
});

export type ProcurementRules = z.output<typeof procurementRulesSchema>;
export type CpvTrade = z.output<typeof cpvTradeSchema>;

export const procurementSection = defineRuleSection({
  key: "procurement",
  label: "Commande publique (DECP)",
  schema: procurementRulesSchema,
  national,
});
