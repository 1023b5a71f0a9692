/**
 * The protection of a release is bounded: a release too large to be protected together is never
 * computed for minutes nor exported less protected. Before the bound, a 10 000-line territory had not
 * finished after 8 minutes; here a small budget stands for the large territory. Such a release was
 * refused (nothing exported); it now leaves withheld — hours exact, no count of people (withheld.ts).
 */
import { dayFromIso } from "../dates";
import { DomainError } from "../errors/domain-error";
import { baseFromJson, buildBilans, PROTECTION_BUDGET, releaseProtection, reportView } from ".";
import { issueTerritory } from "../../test/support/subtraction-territory";
import { reportingTestPack } from "./test-territory";

const pack = reportingTestPack();
const set = () =>
  buildBilans(baseFromJson(issueTerritory(), pack, dayFromIso("2026-11-26")), pack, "buyer", { from: "2026-01", to: "2026-12" });

describe("the budget of a release's protection", () => {
  it("refused, in French, a release whose protection would exceed its budget (without the withheld fallback)", () => {
    let refusal: unknown = null;
    try {
      releaseProtection(set(), [], { budget: 10, withhold: false });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe("reporting.release.tooLarge");
    expect((refusal as DomainError).message).toMatch(
      /^Diffusion trop grande pour être protégée d'un seul tenant \(\d+ bilans liés, .*rien n'a été exporté\. Exportez depuis un territoire restreint/,
    );
  });

  it("gives such a release withheld: every hour exact, no count of people, and says why", () => {
    const protection = releaseProtection(set(), [], { budget: 10 });
    expect(protection.withheld).toBe("tooLarge");
    const view = reportView(set(), "buyer", protection);
    const truth = reportView(set(), "facilitator");
    expect(view.withheld).toEqual({
      cause: "tooLarge",
      reason: expect.stringMatching(/^Effectifs non diffusés : le calcul n'a pas pu vérifier/),
    });
    expect(view.notice).toContain(view.withheld?.reason);
    for (const [index, bilan] of [view.total, ...view.bilans].entries()) {
      const fact = index === 0 ? truth.total : truth.bilans[index - 1];
      expect(bilan.hours).toEqual(fact?.hours);
      expect(bilan.participants).toEqual({ total: "masqué", breakdown: null, reason: view.withheld?.reason });
      expect(bilan.employmentContracts).toEqual({ total: "masqué", breakdown: null, reason: view.withheld?.reason });
      expect(bilan.contracts.every((row) => row.participants === "masqué")).toBe(true);
    }
  });

  it("protects the same release within the default budget, and says what it spent", () => {
    const protection = releaseProtection(set());
    expect(protection.withheld).toBeUndefined();
    expect(protection.counts.steps).toBeGreaterThan(10);
    expect(protection.counts.steps).toBeLessThan(PROTECTION_BUDGET);
    expect(protection.counts.hidden).toBeGreaterThan(0);
    expect(reportView(set(), "buyer", protection).hiddenCounts).toBeGreaterThan(0);
  });
});
