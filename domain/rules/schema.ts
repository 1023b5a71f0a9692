/**
 * Rule packs: the dated, sourced data every computation reads.
 *
 * A pack has sections, one per capability (`sizing`, `eligibility`, …) plus the core's `calendar`.
 * Each capability declares the zod schema of its section and its national defaults; the pack
 * schema is composed from those declarations, so adding a capability never edits this file.
 * Every value that a source backs says so (`source`), and what no source backs is marked
 * `confirmed: false` so the faces can show it as « à confirmer ».
 */
import { z } from "zod";
import { isoDateSchema } from "../validation/schemas";
import { sectionMissing } from "./errors";

export { isoDateSchema };

/** Where a rule comes from and whether a source backs it. */
export const provenanceSchema = z.object({
  source: z.string().min(1),
  confirmed: z.boolean(),
  note: z.string().optional(),
});

/**
 * A value with its validity period and provenance. Parameters are lists of these, so a pack keeps
 * the history (e.g. the EU thresholds of 2024–2025 and of 2026–2027).
 *
 * @example
 * datedValue(z.number()).parse({ value: 30, validFrom: "2013-01-01", source: "MEF Sud 77", confirmed: true })
 */
export function datedValue<T extends z.ZodType>(value: T) {
  return provenanceSchema.extend({
    value,
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
  });
}

/** The identity of a pack, recorded in every result as `id@version`. */
export const packMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "identifiant en minuscules, chiffres et tirets" }),
  version: z.string().min(1),
  label: z.string().min(1),
  kind: z.enum(["national", "territory"]),
  /** For a territory pack: the id of the pack it amends (normally `national`). */
  extends: z.string().optional(),
  publishedOn: isoDateSchema,
  source: z.string().min(1),
});

export type PackMeta = z.output<typeof packMetaSchema>;

/** A capability's part of the pack: its key, its schema and its national defaults. */
export interface RuleSection<S extends z.ZodType = z.ZodType> {
  key: string;
  label: string;
  schema: S;
  /** National defaults as shipped (JSON); validated against `schema` when the pack is built. */
  national: unknown;
}

/**
 * Declares a section (an identity function that keeps the schema's types).
 *
 * @example
 * export const sizingSection = defineRuleSection({ key: "sizing", label: "Dimensionnement", schema, national });
 */
export function defineRuleSection<S extends z.ZodType>(section: RuleSection<S>): RuleSection<S> {
  return section;
}

/** A validated pack. `sections` is keyed by section key; read it with `sectionOf`. */
export interface RulePack {
  meta: PackMeta;
  /** For a territory pack, the national pack it amends (`national@2026.11.1`). */
  base?: string;
  sections: Readonly<Record<string, unknown>>;
}

/**
 * The `id@version` string every result records.
 *
 * @example
 * packRef(pack) // => "national@2026.11.1"  or  "plie-sud@3+national@2026.11.1"
 */
export function packRef(pack: RulePack): string {
  const own = `${pack.meta.id}@${pack.meta.version}`;
  return pack.base ? `${own}+${pack.base}` : own;
}

/**
 * A section of a pack, typed by its declaration.
 *
 * @example
 * const sizing = sectionOf(pack, sizingSection); // => SizingRules
 * @throws DomainError `rules.section.missing`
 */
export function sectionOf<S extends z.ZodType>(pack: RulePack, section: RuleSection<S>): z.output<S> {
  if (!(section.key in pack.sections)) {
    throw sectionMissing(packRef(pack), section.key);
  }
  return pack.sections[section.key] as z.output<S>;
}
