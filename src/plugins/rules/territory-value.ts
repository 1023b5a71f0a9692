/**
 * Setting one value for the territory from the « Règles » panel: the change becomes part of the
 * workbook's territory pack (created when there is none), with the facilitator's reason and source,
 * and the pack is validated in full before it is stored (`RulesService.importTerritoryPack`).
 */
import { dayFromIso, isoFromDay, type RulePack } from "../../../domain";

/** Where a value can be set: a dated parameter (`sizing.insertionRate`) or a field of a coded entry (a trade's share). */
export type ValueTarget =
  | { kind: "dated"; section: string; key: string; fraction: boolean }
  | { kind: "coded"; section: string; list: string; code: string; field: string; fraction: boolean };

export interface TerritoryValue {
  /** The value as the core reads it (a fraction for percentages). */
  value: number;
  /** First day of validity (ISO). */
  from: string;
  reason: string;
  source: string;
}

interface TerritoryFile {
  meta: Record<string, unknown>;
  sections: Record<string, Record<string, unknown>>;
}

/**
 * Where the value at a pack path can be set, if it can (numbers only).
 *
 * @example
 * targetOf("sizing.insertionRate[0]", { value: 0.05, validFrom: "2013-01-01", … }) // => { kind: "dated", section: "sizing", key: "insertionRate", fraction: true }
 */
export function targetOf(path: string, record: Record<string, unknown>): ValueTarget | undefined {
  const match = /^(\w+)\.(\w+)\[\d+\]$/.exec(path);
  if (!match) return undefined;
  const [, section, key] = match as unknown as [string, string, string];
  if (typeof record.validFrom === "string" && typeof record.value === "number") {
    return { kind: "dated", section, key, fraction: /Rate|Share/.test(key) };
  }
  if (typeof record.code === "string" && "labourShare" in record) {
    return { kind: "coded", section, list: key, code: record.code, field: "labourShare", fraction: true };
  }
  return undefined;
}

/**
 * The territory pack with one value set (the national dated list closed the day before).
 *
 * @example
 * withTerritoryValue(undefined, national, { kind: "dated", section: "sizing", key: "hourlyCost", fraction: false }, { value: 32, from: "2027-01-01", reason: "…", source: "…" }, "2026-11-26")
 * // => { meta: { id: "territoire", version: "1", … }, sections: { sizing: { hourlyCost: [{ value: 30, …, validTo: "2026-12-31" }, { value: 32, validFrom: "2027-01-01", … }] } } }
 */
export function withTerritoryValue(stored: unknown, current: RulePack, target: ValueTarget, set: TerritoryValue, today: string): unknown {
  const file = copyOf(stored, today);
  const section = (file.sections[target.section] ??= {});
  const provenance = { source: set.source, note: set.reason, confirmed: true };
  if (target.kind === "dated") {
    const list = ((current.sections[target.section] as Record<string, unknown>)[target.key] as Record<string, unknown>[]) ?? [];
    const dayBefore = isoFromDay(dayFromIso(set.from) - 1);
    const kept = list
      .filter((entry) => String(entry.validFrom) < set.from)
      .map((entry) => (entry.validTo === undefined || String(entry.validTo) >= set.from ? { ...entry, validTo: dayBefore } : entry));
    section[target.key] = [...kept, { value: set.value, validFrom: set.from, ...provenance }];
  } else {
    const patch = ((section[target.list] as Record<string, unknown>[] | undefined) ?? []).filter((entry) => entry.code !== target.code);
    section[target.list] = [...patch, { code: target.code, [target.field]: set.value, ...provenance }];
  }
  return file;
}

function copyOf(stored: unknown, today: string): TerritoryFile {
  if (stored && typeof stored === "object") {
    const file = JSON.parse(JSON.stringify(stored)) as TerritoryFile;
    const version = Number(file.meta.version);
    file.meta = {
      ...file.meta,
      version: Number.isInteger(version) ? String(version + 1) : `${String(file.meta.version)}.1`,
      publishedOn: today,
    };
    file.sections ??= {};
    return file;
  }
  return {
    meta: {
      id: "territoire",
      version: "1",
      label: "Paquet du territoire",
      kind: "territory",
      extends: "national",
      publishedOn: today,
      source: "Valeurs fixées par le facilitateur dans le volet « Règles », chacune avec son motif et sa source",
    },
    sections: {},
  };
}
