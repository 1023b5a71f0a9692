/**
 * The protection of a release is bounded: a release too large to be protected together is refused
 * with a French message (nothing exported), never computed for minutes nor exported less protected.
 * Before the bound, a 10 000-line territory had not finished after 8 minutes; here a small budget
 * stands for the large territory.
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
  it("refuses, in French, a release whose protection would exceed its budget", () => {
    let refusal: unknown = null;
    try {
      releaseProtection(set(), [], { budget: 10 });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe("reporting.release.tooLarge");
    expect((refusal as DomainError).message).toMatch(
      /^Diffusion trop grande pour être protégée d'un seul tenant \(\d+ bilans liés, .*rien n'a été exporté\. Exportez depuis un territoire restreint/,
    );
  });

  it("protects the same release within the default budget, and says what it spent", () => {
    const protection = releaseProtection(set());
    expect(protection.counts.steps).toBeGreaterThan(10);
    expect(protection.counts.steps).toBeLessThan(PROTECTION_BUDGET);
    expect(protection.counts.hidden).toBeGreaterThan(0);
    expect(reportView(set(), "buyer", protection).hiddenCounts).toBeGreaterThan(0);
  });
});
