/**
 * The `confirmed` audit (issue 12): flags follow their sources, a composite criterion is confirmed
 * only when all its members are, and a result is confirmed only when every rule it used is —
 * `check`, `eligibility`, `size` and `ventilate` list the unconfirmed rules they used.
 */
import { buildNationalPack, nationalMeta, sectionOf, type PackMeta } from "../../domain/rules";
import { calendarSection } from "../../domain/dates/calendar-rules";
import { dayFromIso } from "../../domain/dates";
import { checkSocialCondition, draftingSection } from "../../domain/drafting";
import { criterionConfirmed, eligibilityRulesSchema, eligibilitySection, evaluatePeople, readPeople } from "../../domain/eligibility";
import { sizeContract, sizingSection } from "../../domain/sizing";
import { prepareInput, ventilate, ventilationOptions, ventilationSection } from "../../domain/ventilation";
import { reportingSection } from "../../domain/reporting";
import { mergeRule } from "../../domain/rules";
import eligibilityNational from "../../domain/eligibility/national.json";

const pack = buildNationalPack(nationalMeta as PackMeta, [
  calendarSection,
  sizingSection,
  eligibilitySection,
  draftingSection,
  ventilationSection,
  reportingSection,
]);
const eligibility = sectionOf(pack, eligibilitySection);
const today = dayFromIso("2026-11-26");

/** Every object of a section that carries `source` and `confirmed`. */
function provenanced(value: unknown, path = ""): { path: string; source: string; confirmed: boolean }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => provenanced(item, `${path}[${index}]`));
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record.source === "string" && typeof record.confirmed === "boolean"
      ? [{ path, source: record.source, confirmed: record.confirmed }]
      : [];
  return [...own, ...Object.entries(record).flatMap(([key, item]) => provenanced(item, `${path}.${key}`))];
}

describe("flags follow their sources", () => {
  it("no value whose source says it has none is marked confirmed", () => {
    const unsourced = /aucune source|non sourcée|non retrouvée|connaissance générale|sans source|pratique courante/i;
    const wrong = Object.entries(pack.sections)
      .flatMap(([key, section]) => provenanced(section, key))
      .filter((entry) => unsourced.test(entry.source) && entry.confirmed);
    expect(wrong).toEqual([]);
  });

  it("the rounding convention, the 2 000 € per hour default, « emploi durable » and the eligibility-validation document are « à confirmer »", () => {
    expect(sectionOf(pack, sizingSection).rounding.confirmed).toBe(false);
    expect(sectionOf(pack, sizingSection).eurosPerHour.every((entry) => !entry.confirmed)).toBe(true);
    expect(sectionOf(pack, reportingSection).outcomeCategories.find((category) => category.code === "durable")?.confirmed).toBe(false);
    expect(sectionOf(pack, draftingSection).supportingDocuments.find((document) => document.code === "eligibilite")?.confirmed).toBe(false);
  });
});

describe("a composite criterion is confirmed only when all its members are", () => {
  it("holds for every criterion of the national pack, flag included", () => {
    for (const criterion of eligibility.criteria)
      expect([criterion.code, criterion.confirmed]).toEqual([criterion.code, criterionConfirmed(criterion, eligibility)]);
    const composites = Object.fromEntries(
      eligibility.criteria.map((criterion) => [criterion.code, criterionConfirmed(criterion, eligibility)]),
    );
    expect(composites).toMatchObject({ MINIMA: false, SIAE: false, DISPOSITIF: false, SECTEUR_ADAPTE: true });
  });

  it("a territory pack that flags a composite confirmed while a member is not gets it unconfirmed in results", () => {
    const rules = eligibilityRulesSchema.parse(mergeRule(eligibilityNational, { criteria: [{ code: "SIAE", confirmed: true }] }));
    const siae = rules.criteria.find((criterion) => criterion.code === "SIAE");
    expect(siae?.confirmed).toBe(true);
    expect(criterionConfirmed(siae!, rules)).toBe(false);
    const result = evaluatePeople(
      readPeople({ date: "2026-03-02", people: [{ id: "G", structure: "GEIQ" }] }, rules, today),
      rules,
      "t",
      today,
    );
    expect(result.unconfirmed.join("\n")).toMatch(/critère SIAE .*élément à confirmer : GEIQ/);
  });
});

describe("a result is confirmed only when every rule it used is", () => {
  it("check: the mandatory condition names L2112-2-1, which the pack does not confirm", () => {
    const rules = sectionOf(pack, draftingSection);
    const result = checkSocialCondition(
      { value: 250000, buyerType: "collectivite", kind: "services", launchDate: "2026-09-15", defence: false, concession: false },
      rules,
      "t",
    );
    expect(result).toMatchObject({ required: true, legalBasis: "L2112-2-1", confirmed: false });
    expect(result.unconfirmed).toEqual([expect.stringMatching(/^article L2112-2-1 /)]);
    const below = checkSocialCondition(
      { value: 1000, buyerType: "collectivite", kind: "services", launchDate: "2026-09-15", defence: false, concession: false },
      rules,
      "t",
    );
    expect(below).toMatchObject({ required: false, legalBasis: "L2112-2", confirmed: true, unconfirmed: [] });
  });

  it("eligibility: confirmed exactly when nothing is listed", () => {
    const rules = eligibilityRulesSchema.parse(
      mergeRule(eligibilityNational, { countingWindow: { months: 24, source: "Charte", confirmed: true } }),
    );
    const deld = evaluatePeople(
      readPeople({ date: "2026-03-02", people: [{ id: "D", jobSeekerSince: "2024-12-01" }] }, rules, today),
      rules,
      "t",
      today,
    );
    expect(deld).toMatchObject({ confirmed: true, unconfirmed: [] });
    const minima = evaluatePeople(
      readPeople({ date: "2026-03-02", people: [{ id: "M", benefits: ["RSA"] }] }, rules, today),
      rules,
      "t",
      today,
    );
    expect(minima.confirmed).toBe(false);
    expect(minima.unconfirmed).toEqual([expect.stringMatching(/^critère MINIMA .*ATA/)]);
  });

  it("size: the pack's rounding and default euros per hour are listed when used, not when the request sets them", () => {
    const rules = sectionOf(pack, sizingSection);
    const byDefault = sizeContract({ method: "per-amount", lots: [{ id: "1", amount: 100000 }] }, rules, "t", today);
    expect(byDefault.confirmed).toBe(false);
    expect(byDefault.unconfirmed).toEqual([
      expect.stringMatching(/^euros facturés par heure : /),
      expect.stringMatching(/^arrondi des heures : /),
    ]);
    const chosen = sizeContract(
      { method: "labour-cost", rounding: "up", lots: [{ id: "1", amount: 100000, trade: "peinture" }] },
      rules,
      "t",
      today,
    );
    expect(chosen).toMatchObject({ confirmed: true, unconfirmed: [] });
  });

  it("ventilate: the pack's default policy and spread are listed; chosen ones are not", () => {
    const prepared = prepareInput({
      markets: [{ id: "M1", company: "X", start: "2026-01-05", end: "2026-06-30", obligation: 100, pooled: true }],
      lines: [{ company: "X", start: "2026-02-01", end: "2026-02-28", hours: 50 }],
    });
    const byDefault = ventilate(prepared, ventilationOptions(pack));
    expect(byDefault.confirmed).toBe(false);
    expect(byDefault.unconfirmed.length).toBeGreaterThan(0);
    const chosen = ventilate(prepared, ventilationOptions(pack, { policy: "earliest-end", spread: "calendar" }));
    expect(chosen).toMatchObject({ confirmed: true, unconfirmed: [] });
  });
});
