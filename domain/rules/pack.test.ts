import { calendarSection } from "../dates/calendar-rules";
import { dayFromIso } from "../dates";
import { ValidationFailed } from "../errors";
import { sizingSection } from "../sizing";
import { valueOn } from "./dated";
import nationalMeta from "./national-meta.json";
import { applyTerritoryPack, buildNationalPack, mergeRule } from "./pack";
import { packRef, sectionOf, type PackMeta } from "./schema";
import { territoryPack } from "../../test/support/territory-pack";

const sections = [calendarSection, sizingSection];
const national = buildNationalPack(nationalMeta as PackMeta, sections);

const territory = (sectionsPatch: Record<string, unknown>) => territoryPack(sectionsPatch, { version: "3" });

describe("the national pack", () => {
  it("validates every section and records its identity", () => {
    expect(packRef(national)).toBe(`national@${nationalMeta.version}`);
    // Issue 12: the rounding convention carries its (missing) source and flag.
    expect(sectionOf(national, sizingSection).rounding).toMatchObject({ value: "nearest", confirmed: false });
  });

  it("keeps unsourced labour shares empty and marked unconfirmed", () => {
    const trades = sectionOf(national, sizingSection).trades;
    for (const trade of trades) expect(trade.labourShare === null).toBe(!trade.confirmed);
  });
});

describe("a territory pack", () => {
  it("amends a trade by code, adds one and withdraws another", () => {
    const pack = applyTerritoryPack(
      national,
      territory({
        sizing: {
          trades: [
            { code: "nettoyage", labourShare: 0.8, source: "Grille PLIE Sud 2026", confirmed: true },
            { code: "plomberie", label: "Plomberie", labourShare: 0.45, source: "Grille PLIE Sud 2026", confirmed: true },
            { code: "blanchisserie", remove: true },
          ],
        },
      }),
      sections,
    );
    const trades = sectionOf(pack, sizingSection).trades;
    expect(trades.find((trade) => trade.code === "nettoyage")).toMatchObject({
      label: "Nettoyage, propreté",
      labourShare: 0.8,
      confirmed: true,
    });
    expect(trades.find((trade) => trade.code === "plomberie")?.labourShare).toBe(0.45);
    expect(trades.some((trade) => trade.code === "blanchisserie")).toBe(false);
    expect(packRef(pack)).toBe(`plie-sud@3+national@${nationalMeta.version}`);
    // The national pack itself is untouched.
    expect(sectionOf(national, sizingSection).trades.some((trade) => trade.code === "blanchisserie")).toBe(true);
  });

  it("can change a dated value from a date on, the older value staying in force before it", () => {
    const pack = applyTerritoryPack(
      national,
      territory({
        sizing: {
          hourlyCost: [
            ...sectionOf(national, sizingSection).hourlyCost,
            { value: 27, validFrom: "2026-07-01", source: "Observatoire BTP Sud 2026", confirmed: true },
          ],
        },
      }),
      sections,
    );
    const costs = sectionOf(pack, sizingSection).hourlyCost;
    expect(valueOn(costs, dayFromIso("2026-06-30"), "coût").value).toBe(30);
    expect(valueOn(costs, dayFromIso("2026-07-01"), "coût").value).toBe(27);
  });

  it("is refused as a whole, with every problem located, when anything is wrong", () => {
    const attempt = () =>
      applyTerritoryPack(
        national,
        territory({ sizing: { trades: [{ code: "nettoyage", labourShare: 80 }], rounding: "au-dessus" }, bilans: {} }),
        sections,
      );
    expect(attempt).toThrow(ValidationFailed);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationFailed).errors.map((e) => e.message)).toEqual([
        "sections.bilans : section inconnue (attendu : calendar, sizing)",
      ]);
    }
    const invalid = () =>
      applyTerritoryPack(
        national,
        territory({ sizing: { trades: [{ code: "nettoyage", labourShare: 80 }], rounding: "au-dessus" } }),
        sections,
      );
    expect(invalid).toThrow("sections.sizing.rounding : doit valoir « nearest », « up » (reçu « au-dessus »)");
    expect(invalid).toThrow(/sections\.sizing\.trades\[\d+\]\.labourShare : doit être inférieur ou égal à 1 \(reçu « 80 »\)/);
  });

  it("must say it amends the national pack", () => {
    expect(() => applyTerritoryPack(national, { meta: { id: "x" }, sections: {} }, sections)).toThrow(/meta\.version : est obligatoire/);
  });
});

describe("merging rules", () => {
  it("merges objects by key and coded lists by code, replacing other values", () => {
    expect(mergeRule({ a: 1, b: { c: 2, d: 3 }, list: [1, 2] }, { b: { d: 4 }, list: [3] })).toEqual({
      a: 1,
      b: { c: 2, d: 4 },
      list: [3],
    });
  });
});
