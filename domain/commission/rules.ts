/**
 * The commission section of a rule pack: the working parameters of the partners' monthly meeting.
 * None of them comes from a text: they are the guichet's choices, shown « à confirmer » until a
 * territory pack sets its own.
 */
import { z } from "zod";
import { defineRuleSection, provenanceSchema } from "../rules/schema";
import national from "./national.json";

const days = z.number().int().min(0).max(366);

export const commissionRulesSchema = z.object({
  /** The current pace of a company: the monthly average of its hours over this many months before the forecast's month. */
  paceMonths: provenanceSchema.extend({ value: z.number().int().min(1).max(24) }),
  /** A person whose current step ends within this many days can be proposed again. */
  stepEndingSoonDays: provenanceSchema.extend({ value: days }),
  /** Follow-ups falling due within this many days of the meeting are on its agenda. */
  followUpHorizonDays: provenanceSchema.extend({ value: days }),
  /** A path is fragmented when it has at least `minSteps` steps of at most `maxStepDays` days in the last `lookbackMonths` months. */
  fragmentedPath: provenanceSchema.extend({
    minSteps: z.number().int().min(2),
    maxStepDays: days,
    lookbackMonths: z.number().int().min(1).max(60),
  }),
  /** Points of each reason in the ranked list of candidates (the facilitator decides; the list explains). */
  ranking: provenanceSchema.extend({
    tradeWanted: z.number().min(0),
    windowCoversNeed: z.number().min(0),
    priorityPublic: z.number().min(0),
    continuity: z.number().min(0),
    available: z.number().min(0),
  }),
});

export type CommissionRules = z.output<typeof commissionRulesSchema>;

export const commissionSection = defineRuleSection({
  key: "commission",
  label: "Commission et parcours",
  schema: commissionRulesSchema,
  national,
});
