/**
 * Building the national pack from the capabilities' sections, and applying a territory's pack on top.
 */
import { z } from "zod";
import { ValidationFailed } from "../errors";
import { sectionUnknown } from "./errors";
import { parseOrThrow } from "../validation";
import { packMetaSchema, type PackMeta, type RulePack, type RuleSection } from "./schema";

/**
 * Validates every section's national defaults and assembles the national pack.
 *
 * @example
 * const national = buildNationalPack(nationalMeta, [calendarSection, sizingSection]);
 * packRef(national) // => "national@2026.11.1"
 */
export function buildNationalPack(meta: PackMeta, sections: readonly RuleSection[]): RulePack {
  const parsed: Record<string, unknown> = {};
  for (const section of sections) {
    parsed[section.key] = parseOrThrow(section.schema, section.national, { root: `sections.${section.key}` });
  }
  return { meta: parseOrThrow(packMetaSchema, meta, { root: "meta" }), sections: parsed };
}

const territoryFileSchema = z.object({
  meta: packMetaSchema.extend({ kind: z.literal("territory"), extends: z.literal("national") }),
  sections: z.record(z.string(), z.unknown()),
});

/**
 * Applies a territory pack (JSON, as imported from a file) over the national pack: objects are
 * merged key by key; lists of entries that carry a `code` are merged by code (an entry with
 * `"remove": true` withdraws the national one); other values replace the national ones. The result
 * is validated as a whole, so a territory cannot leave a section inconsistent.
 *
 * @example
 * applyTerritoryPack(national, { meta: { id: "plie-sud", version: "1", kind: "territory", extends: "national", … },
 *   sections: { sizing: { trades: [{ code: "nettoyage", labourShare: 0.8, source: "grille PLIE Sud 2026", confirmed: true }] } } }, sections)
 * // => pack "plie-sud@1+national@…" where the cleaning trade has a labour share of 80 %
 */
export function applyTerritoryPack(national: RulePack, territory: unknown, sections: readonly RuleSection[]): RulePack {
  const file = parseOrThrow(territoryFileSchema, territory);
  const known = new Map(sections.map((section) => [section.key, section]));
  const unknown = Object.keys(file.sections).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new ValidationFailed(unknown.map((key) => sectionUnknown(key, [...known.keys()])));
  }
  const merged: Record<string, unknown> = { ...national.sections };
  for (const [key, patch] of Object.entries(file.sections)) {
    const section = known.get(key) as RuleSection;
    const raw = mergeRule(section.national, patch);
    merged[key] = parseOrThrow(section.schema, raw, { root: `sections.${key}` });
  }
  return { meta: file.meta, base: `${national.meta.id}@${national.meta.version}`, sections: merged };
}

/**
 * Merges a territory's patch into national data (see `applyTerritoryPack`).
 *
 * @example
 * mergeRule({ a: 1, list: [{ code: "X", v: 1 }, { code: "Y", v: 2 }] }, { list: [{ code: "Y", remove: true }, { code: "Z", v: 3 }] })
 * // => { a: 1, list: [{ code: "X", v: 1 }, { code: "Z", v: 3 }] }
 */
export function mergeRule(base: unknown, patch: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(patch) && isCodedList(base) && isCodedList(patch)) {
    return mergeCodedLists(base, patch);
  }
  if (isRecord(base) && isRecord(patch)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) out[key] = key in base ? mergeRule(base[key], value) : value;
    return out;
  }
  return patch;
}

type Coded = Record<string, unknown> & { code: string };

function mergeCodedLists(base: readonly Coded[], patch: readonly Coded[]): Coded[] {
  const out = base.map((entry) => ({ ...entry }));
  for (const entry of patch) {
    const index = out.findIndex((existing) => existing.code === entry.code);
    if (entry.remove === true) {
      if (index >= 0) out.splice(index, 1);
      continue;
    }
    const { remove: _remove, ...kept } = entry;
    if (index >= 0) out[index] = { ...(out[index] as Coded), ...kept };
    else out.push(kept as Coded);
  }
  return out;
}

function isCodedList(list: readonly unknown[]): list is Coded[] {
  return list.every((entry) => isRecord(entry) && typeof entry.code === "string");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
