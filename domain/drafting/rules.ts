/**
 * The drafting section of a rule pack: legal bases, EU thresholds by period, the mandatory social
 * condition (entry into force, exemptions), eligible publics, ways to meet the clause, supporting
 * documents, the « préférence locale » guard and the clause templates. Everything a territory may
 * word differently is data, so it can ship its own templates without touching code.
 */
import { z } from "zod";
import { datedValue, defineRuleSection, isoDateSchema, provenanceSchema } from "../rules/schema";
import national from "./national.json";
import { CLAUSE_FLAGS, placeholdersOf, SCALAR_VARIABLES, LIST_VARIABLES } from "./variables";

const code = z.string().regex(/^[a-z0-9-]+$/, { message: "code en minuscules, chiffres et tirets" });

/** A legal basis the facilitator can choose (or add, for the award criterion). */
export const legalBasisSchema = provenanceSchema.extend({
  code,
  article: z.string().min(1),
  label: z.string().min(1),
  /** What the basis requires, in one or two sentences. */
  requires: z.string().min(1),
  /** Plain-French explanation shown in the wizard. */
  explanation: z.string().min(1),
  /** How the clause cites it (« de l'article L2112-2 du code de la commande publique »). */
  citation: z.string().min(1),
  /** `primary`: the clause's basis; `add-on`: added to a primary basis (the award criterion). */
  use: z.enum(["primary", "add-on"]),
  /** Reserved contracts: to whom, which workers, and the minimum share of them (R2113-7). */
  reservedTo: z.string().optional(),
  reservedWorkers: z.string().optional(),
  minimumShare: z.number().min(0).max(1).optional(),
  /** ESS reservation: longest duration allowed, in years. */
  maxYears: z.number().positive().optional(),
});

export const THRESHOLD_CATEGORIES = [
  "supplies-services-central",
  "supplies-services-other",
  "supplies-services-utilities",
  "works-concessions",
] as const;
export type ThresholdCategory = (typeof THRESHOLD_CATEGORIES)[number];

const thresholdSchema = datedValue(z.number().positive()).extend({ period: z.string().min(1) });

const thresholdListSchema = z.object({ label: z.string().min(1), values: z.array(thresholdSchema).min(1) });

export const exemptionSchema = provenanceSchema.extend({
  code,
  label: z.string().min(1),
  /** Which contracts may invoke it. */
  contracts: z.array(z.enum(["market", "concession"])).min(1),
});

const mandatoryConditionSchema = provenanceSchema.extend({
  /** First day of launch (consultation engaged or notice sent) to which the obligation applies. */
  inForceFrom: isoDateSchema,
  marketArticle: z.string().min(1),
  concessionArticle: z.string().min(1),
  /** Defence and security contracts and concessions are out of scope (DAJ). */
  defenceExcluded: z.boolean(),
  /** Concessions at or above the works/concessions threshold are in scope (L3114-2-1). */
  concessionsCovered: z.boolean(),
  exemptions: z.array(exemptionSchema),
});

const labelled = provenanceSchema.extend({ code, label: z.string().min(1) });
/** A supporting document, asked for only when one of `modes` is allowed (always when absent). */
const supportingDocumentSchema = labelled.extend({ modes: z.array(code).optional() });
const modeSchema = labelled.extend({ text: z.string().min(1) });

/** A public the clause may list: the eligibility criteria it stands for (its text is rendered from them). */
const publicSchema = labelled.extend({
  criteria: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: "code de critère d'éligibilité en majuscules (ex. DELD)" })).min(1),
});

const localPreferenceSchema = provenanceSchema.extend({
  /** Regular expressions matched on normalised text (lower case, no accents, punctuation as spaces). */
  patterns: z.array(z.string().refine(isRegExp, { message: "expression régulière invalide" })).min(1),
  explanation: z.string().min(1),
  levers: z.array(z.string().min(1)).min(1),
});

const paragraphSchema = z.union([z.string().min(1), z.object({ list: z.enum(LIST_VARIABLES) }).strict()]);

export const templateSchema = provenanceSchema
  .extend({
    code,
    document: z.enum(["ccap", "rc", "criterion"]),
    title: z.string().min(1),
    /** Primary bases whose clause includes this section. */
    bases: z.array(code).min(1),
    /** Flags that must all hold. */
    when: z.array(z.enum(CLAUSE_FLAGS)).optional(),
    /** Flags none of which may hold. */
    unless: z.array(z.enum(CLAUSE_FLAGS)).optional(),
    paragraphs: z.array(paragraphSchema).min(1),
  })
  .superRefine((template, ctx) => {
    const texts = [template.title, ...template.paragraphs.filter((paragraph): paragraph is string => typeof paragraph === "string")];
    for (const name of texts.flatMap(placeholdersOf)) {
      if (!(SCALAR_VARIABLES as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: "custom",
          path: ["paragraphs"],
          message: `variable inconnue « {{${name}}} » (connues : ${SCALAR_VARIABLES.join(", ")})`,
        });
      }
    }
  });

export const draftingRulesSchema = z.object({
  legalBases: z.array(legalBasisSchema).min(1),
  euThresholds: z.object(
    Object.fromEntries(THRESHOLD_CATEGORIES.map((key) => [key, thresholdListSchema])) as Record<
      ThresholdCategory,
      typeof thresholdListSchema
    >,
  ),
  mandatoryCondition: mandatoryConditionSchema,
  publics: z.array(publicSchema).min(1),
  modes: z.array(modeSchema).min(1),
  supportingDocuments: z.array(supportingDocumentSchema).min(1),
  localPreference: localPreferenceSchema,
  documents: z.object({ ccap: z.string().min(1), rc: z.string().min(1), criterion: z.string().min(1) }),
  templates: z.array(templateSchema).min(1),
});

export type DraftingRules = z.output<typeof draftingRulesSchema>;
export type LegalBasis = z.output<typeof legalBasisSchema>;
export type ClauseTemplate = z.output<typeof templateSchema>;
export type Exemption = z.output<typeof exemptionSchema>;

export const draftingSection = defineRuleSection({
  key: "drafting",
  label: "Rédaction",
  schema: draftingRulesSchema,
  national,
});

function isRegExp(text: string): boolean {
  try {
    new RegExp(text, "u");
    return true;
  } catch {
    return false;
  }
}
