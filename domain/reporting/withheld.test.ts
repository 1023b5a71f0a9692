/**
 * A withheld release in the register: recorded as `{"*": "withheld"}` (the JSON file and the
 * « Diffusions » row), read back as every count of its months withheld; a later release of the same
 * months is withheld too, one of other months is protected with those counts as unknowns without
 * bounds (never shown, never « < 5 »).
 */
import { dayFromIso } from "../dates";
import { DomainError } from "../errors/domain-error";
import {
  baseFromJson,
  buildBilans,
  earlierRelease,
  GROUPINGS,
  isOutcomeKey,
  readRegister,
  releaseCells,
  releaseProtection,
  releaseRecord,
  releaseRow,
  releasesOfRows,
  reportView,
  scopeKey,
  withheldCause,
  type BilanSet,
  type Grouping,
  type Period,
} from ".";
import { releaseLocked } from "./errors";
import { leaks } from "../../test/support/disclosure-attacker";
import { issueTerritory, transitionsTerritory } from "../../test/support/subtraction-territory";
import { reportingTestPack } from "./test-territory";

const pack = reportingTestPack();
const base = baseFromJson(issueTerritory(), pack, dayFromIso("2026-11-26"));
const YEAR = { from: "2026-01", to: "2026-12" };
const set = (period: Period, grouping: Grouping = "buyer") => buildBilans(base, pack, grouping, period);
const scopes = (bilans: BilanSet) =>
  [bilans.total, ...bilans.bilans].map((bilan, index) => scopeKey(bilan, index === 0 ? null : bilans.grouping));

/** A year release too large for a tiny budget: withheld. */
function withheldYear() {
  const year = set(YEAR);
  const protection = releaseProtection(year, [], { budget: 10 });
  const view = reportView(year, "buyer", protection);
  return { view, record: releaseRecord(view, "buyer:buyer", scopes(year), protection.masks) };
}

describe("a withheld release", () => {
  it("is caught only for the protection's own refusals", () => {
    expect(withheldCause(releaseLocked(4, 1))).toBe("locked");
    expect(withheldCause(new DomainError("reporting.release.unproven", "…", {}))).toBe("unproven");
    expect(withheldCause(new DomainError("reporting.register.invalid", "…", {}))).toBeNull();
    expect(withheldCause(new Error("reporting.release.locked"))).toBeNull();
  });

  it("is recorded as every count of its months withheld, in the JSON register and in « Diffusions », and read back", () => {
    const { record } = withheldYear();
    expect(record.hidden).toEqual({ "*": "withheld" });
    expect(readRegister(JSON.parse(JSON.stringify({ releases: [record] })), "diffusions.json")).toEqual([record]);
    const row = releaseRow(record);
    expect(row["hidden"]).toBe('{"*":"withheld"}');
    expect(releasesOfRows([row], "Diffusions")).toEqual([record]);
    // `*` means a withheld release and nothing else.
    expect(() => readRegister({ releases: [{ ...record, hidden: { "*": "small" } }] }, "diffusions.json")).toThrow(
      expect.objectContaining({ code: "reporting.register.invalid" }),
    );
  });

  it("keeps the next release of the same months withheld, for any recipient, and its groupings too", () => {
    const { record } = withheldYear();
    for (const grouping of GROUPINGS) {
      const next = releaseProtection(set(YEAR, grouping), [earlierRelease(record)]);
      expect(next.withheld).toBe("earlier");
      const view = reportView(set(YEAR, grouping), "company", next);
      expect(view.withheld?.reason).toMatch(/^Effectifs non diffusés : une diffusion précédente des mêmes mois/);
      expect(view.total.participants.total).toBe("masqué");
    }
  });

  it("leaves a release of other months protected as usual, with the withheld counts as unknowns it never shows", () => {
    const { record } = withheldYear();
    const half = set({ from: "2026-01", to: "2026-06" });
    const protection = releaseProtection(half, [earlierRelease(record)]);
    expect(protection.withheld).toBeUndefined();
    const year = releaseCells(GROUPINGS.map((grouping) => set(YEAR, grouping)));
    for (const key of year) expect(protection.masks.get(key)).toBe("withheld");
    const view = reportView(half, "buyer", protection);
    expect(view.withheld).toBeUndefined();
    expect(view.hiddenCounts).toBeGreaterThan(0);
    // The withheld year gave nothing: here the half-year is published exactly as without it.
    expect(view).toEqual(reportView(half, "buyer", releaseProtection(half)));
    // Its own record lists its own masks; the year's stay in the withheld record.
    const next = releaseRecord(view, "buyer:buyer", scopes(half), protection.masks);
    expect(Object.values(next.hidden)).not.toContain("withheld");
    expect(Object.keys(next.hidden).filter((key) => year.has(key))).toEqual([]);
  });
});

describe("a release protected with its outcomes left out (the ladder's second step)", () => {
  const stuck = baseFromJson(transitionsTerritory(), pack, dayFromIso("2026-11-26"));
  const stuckSet = (period: Period, grouping: Grouping = "buyer") => buildBilans(stuck, pack, grouping, period);
  const HALF = { from: "2026-01", to: "2026-06" };
  function outcomesYear() {
    const year = stuckSet(YEAR);
    const protection = releaseProtection(year, []);
    const view = reportView(year, "buyer", protection);
    return { protection, view, record: releaseRecord(view, "buyer:B", scopes(year), protection.masks) };
  }

  it("is recorded as its outcomes withheld and its other hidden cells, in the JSON register and in « Diffusions », and read back", () => {
    const { record, protection } = outcomesYear();
    expect(protection.families).toEqual(["outcomes"]);
    expect(record.hidden["*|outcomes"]).toBe("withheld");
    expect(record.hidden["*"]).toBeUndefined();
    expect(Object.keys(record.hidden).filter((key) => isOutcomeKey(key))).toEqual([]);
    expect(readRegister(JSON.parse(JSON.stringify({ releases: [record] })), "diffusions.json")).toEqual([record]);
    const row = releaseRow(record);
    expect(row["hidden"]).toContain('"*|outcomes":"withheld"');
    expect(releasesOfRows([row], "Diffusions")).toEqual([record]);
    expect(() => readRegister({ releases: [{ ...record, hidden: { "*|outcomes": "small" } }] }, "diffusions.json")).toThrow(
      expect.objectContaining({ code: "reporting.register.invalid" }),
    );
  });

  it("keeps the outcomes of the next release of the same months withheld, the other counts protected as usual", async () => {
    const { record, view: first } = outcomesYear();
    const held = [{ view: first, truth: reportView(stuckSet(YEAR), "facilitator") }];
    for (const grouping of GROUPINGS) {
      const next = releaseProtection(stuckSet(YEAR, grouping), [earlierRelease(record)]);
      expect(next.withheld).toBe("earlier");
      expect(next.families).toEqual(["outcomes"]);
      const view = reportView(stuckSet(YEAR, grouping), "company", next);
      expect(view.withheld?.reason).toMatch(/^Sorties et situations à 6 mois non diffusées : une diffusion précédente des mêmes mois/);
      expect(view.total.participants.total).toBe(20);
      held.push({ view, truth: reportView(stuckSet(YEAR, grouping), "facilitator") });
    }
    expect(await leaks(held, 5)).toEqual([]);
  }, 300_000);

  it("leaves a release of other months to the ladder as usual, and the attacker holding both recovers nothing", async () => {
    const { record, view: first } = outcomesYear();
    const half = stuckSet(HALF);
    const protection = releaseProtection(half, [earlierRelease(record)]);
    // The half-year's own transitions are as stuck as the year's: the same step.
    expect(protection.families).toEqual(["outcomes"]);
    const view = reportView(half, "buyer", protection);
    const held = [
      { view: first, truth: reportView(stuckSet(YEAR), "facilitator") },
      { view, truth: reportView(half, "facilitator") },
    ];
    expect(await leaks(held, 5)).toEqual([]);
  }, 300_000);
});
