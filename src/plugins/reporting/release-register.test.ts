/**
 * The pane's and the workbook CLI's release when the ladder stopped at step 2 (outcomes left out) on
 * a territory whose hidden cells do not fit a cell of « Diffusions »: it leaves withheld whole, as
 * before the ladder, rather than being refused.
 */
import { dayFromIso } from "../../../domain";
import { baseFromJson, buildBilans, releaseProtection, releasesOfRows, reportView } from "../../../domain/reporting";
import { reportingTestPack } from "../../../domain/reporting/test-territory";
import { subtractionTerritory } from "../../../test/support/subtraction-territory";
import { protectedRelease } from "./release-register";

describe("a release left without its outcomes whose register row would not fit", () => {
  it('leaves withheld whole (hours exact, recorded {"*": "withheld"}) instead of being refused', () => {
    const pack = reportingTestPack();
    const base = baseFromJson(subtractionTerritory(7, 240), pack, dayFromIso("2026-11-26"));
    const set = buildBilans(base, pack, "buyer", { from: "2026-01", to: "2026-12" });
    expect(releaseProtection(set).families).toEqual(["outcomes"]);
    const { view, row } = protectedRelease(set, "buyer", "buyer:buyer", ["territory:"], []);
    expect(view.withheld?.families).toBeUndefined();
    expect(view.total.participants.total).toBe("masqué");
    expect(view.total.hours).toEqual(reportView(set, "facilitator").total.hours);
    expect(releasesOfRows([row], "Diffusions")[0]?.hidden).toEqual({ "*": "withheld" });
  });
});
