/**
 * Every value of a rule pack as a facilitator reads it: what it is (a French name, never a key),
 * the value, its validity dates, its source (a citation) and whether a source confirms it.
 */
import { formatNumberFr, normalizeLabel, type RulePack, type RuleSection } from "../../../domain";
import { targetOf, type ValueTarget } from "./territory-value";

export interface RuleValue {
  /** Stable key for React (section + path). */
  key: string;
  section: string;
  /** What the value is, in French (« Taux d'insertion », « Bâtiment »). */
  name: string;
  /** The value, in French (« 5 % », « 30 », « — » when none). */
  shown: string;
  validFrom?: string;
  validTo?: string;
  source: string;
  note?: string;
  confirmed: boolean;
  /** Where the facilitator can set this value for the territory (numbers only). */
  target?: ValueTarget;
}

/** French names of the pack's keys that carry a value without a label of their own. */
const KEY_NAMES: Readonly<Record<string, string>> = {
  hourlyCost: "Coût horaire moyen",
  insertionRate: "Taux d'insertion",
  eurosPerHour: "Euros HT par heure d'insertion",
  hoursPerFte: "Heures par équivalent temps plein",
  mandatoryCondition: "Condition sociale obligatoire",
  localPreference: "Préférence locale",
  countingWindow: "Fenêtre de décompte",
  validity: "Durée de validité de l'éligibilité",
  iae: "Aide IAE",
  policy: "Règle de ventilation",
  spread: "Répartition dans le temps",
  alertDays: "Délai d'alerte (jours)",
  smallCount: "Seuil de diffusion (personnes)",
  retention: "Durée de conservation",
};

/**
 * The pack's values, section by section, in the pack's order.
 *
 * @example
 * ruleValues(nationalPack(), ruleSections()).find((value) => value.name === "Taux d'insertion")
 * // => { section: "Dimensionnement", shown: "5 %", validFrom: "2013-01-01", source: "MEF Sud 77 …", confirmed: true, … }
 */
export function ruleValues(pack: RulePack, sections: readonly RuleSection[]): RuleValue[] {
  const found: RuleValue[] = [];
  for (const section of sections) walk(pack.sections[section.key], section.label, section.label, section.key, found);
  return found;
}

function walk(value: unknown, section: string, name: string, path: string, found: RuleValue[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, section, name, `${path}[${index}]`, found));
    return;
  }
  if (!value || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  const own = typeof record.label === "string" ? record.label : typeof record.code === "string" ? record.code : name;
  if (typeof record.source === "string" && typeof record.confirmed === "boolean") {
    found.push({
      key: path,
      section,
      name: own,
      shown: shownValue(record, path),
      ...(typeof record.validFrom === "string" ? { validFrom: record.validFrom } : {}),
      ...(typeof record.validTo === "string" ? { validTo: record.validTo } : {}),
      source: record.source,
      ...(typeof record.note === "string" ? { note: record.note } : {}),
      confirmed: record.confirmed,
      ...(targetOf(path, record) ? { target: targetOf(path, record) } : {}),
    });
  }
  for (const [key, item] of Object.entries(record)) {
    if (item && typeof item === "object") walk(item, section, KEY_NAMES[key] ?? own, `${path}.${key}`, found);
  }
}

/** The value of an entry in French: a fraction as a percentage, a number the French way, « — » when none. */
function shownValue(record: Record<string, unknown>, path: string): string {
  const candidate =
    "value" in record ? record.value : "labourShare" in record ? record.labourShare : "rate" in record ? record.rate : undefined;
  if (candidate === null) return "à saisir";
  if (typeof candidate === "number") {
    const fraction = /rate|share|Rate|Share/.test(path) || "labourShare" in record || "rate" in record;
    return fraction && candidate <= 1 ? `${formatNumberFr(candidate * 100)} %` : formatNumberFr(candidate);
  }
  if (typeof candidate === "boolean") return candidate ? "oui" : "non";
  if (typeof candidate === "string") return candidate;
  return "—";
}

/**
 * The values whose name, section, value or source contains what was typed (accents and case
 * ignored), and only the unconfirmed ones when asked.
 *
 * @example
 * filterRuleValues(values, "insertion", false) // => the insertion rate, …
 */
export function filterRuleValues(values: readonly RuleValue[], query: string, unconfirmedOnly: boolean): RuleValue[] {
  const wanted = normalizeLabel(query);
  return values.filter(
    (value) =>
      (!unconfirmedOnly || !value.confirmed) &&
      (!wanted || normalizeLabel(`${value.section} ${value.name} ${value.shown} ${value.source}`).includes(wanted)),
  );
}

/** One value that a territory pack changes, as the facilitator reads it before applying it. */
export interface RuleChange {
  key: string;
  section: string;
  name: string;
  before: string;
  after: string;
}

/**
 * What applying another pack would change: values changed (value, source or « à confirmer »),
 * added or removed, matched by section, name and validity start.
 *
 * @example
 * ruleChanges(ruleValues(national, sections), ruleValues(territory, sections))
 * // => [{ section: "Dimensionnement", name: "Nettoyage", before: "(absent)", after: "80 % (confirmé) — Grille PLIE Sud" }]
 */
export function ruleChanges(before: readonly RuleValue[], after: readonly RuleValue[]): RuleChange[] {
  const id = (value: RuleValue) => `${value.section}|${value.name}|${value.validFrom ?? ""}`;
  const described = (value: RuleValue | undefined) =>
    value ? `${value.shown} (${value.confirmed ? "confirmé" : "à confirmer"}) — ${value.source}` : "(absent)";
  const old = new Map(before.map((value) => [id(value), value]));
  const now = new Map(after.map((value) => [id(value), value]));
  const changes: RuleChange[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const was = old.get(key);
    const is = now.get(key);
    const shownBefore = described(was);
    const shownAfter = described(is);
    if (shownBefore === shownAfter) continue;
    const any = (is ?? was) as RuleValue;
    changes.push({ key, section: any.section, name: any.name, before: shownBefore, after: shownAfter });
  }
  return changes;
}
