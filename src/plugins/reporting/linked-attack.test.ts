/**
 * The exact attacker (test/support/disclosure-attacker.ts: every release a recipient can hold, an
 * integer solver) against the exports. First on the exports as they were before the linked-tables
 * protection, frozen in test/fixtures (masks decided grouping by grouping): it recovers the issue's
 * counts, which shows it can fail.
 */
import fixture from "../../../test/fixtures/grouping-masks-2026-11.json";
import { leaks, type Held } from "../../../test/support/disclosure-attacker";

const old = fixture as unknown as { demo: Held[]; issue: Held[] };
const SLOW = 300_000;

describe("the old exports (masks grouping by grouping)", () => {
  it(
    "give counts back on the demo territory once buyer and contract bilans are put together",
    async () => {
      const found = await leaks(old.demo, 5);
      // Every recovered value is the true one (the attacker's model admits the truth: checked inside).
      for (const leak of found) expect(leak.value).toBe(leak.truth);
      const what = found.map((leak) => `${leak.what}=${leak.value}`);
      // DEPT-VAL (M3 + M5) has exactly one person aged 50 or more; M5's two people are both men, one had a positive exit.
      expect(what).toEqual(expect.arrayContaining(["2026-01:2026-12|M3,M5|ageBand.50-plus=1", "2026-01:2026-12|M5|people=2"]));
      expect(found.length).toBeGreaterThan(20);
    },
    SLOW,
  );

  it(
    "give the one woman of C2 back by subtracting company X from buyer B1",
    async () => {
      const found = await leaks(old.issue, 5);
      expect(found.map((leak) => `${leak.what}=${leak.value}`)).toEqual(
        expect.arrayContaining(["2026-01:2026-12|C1,C2|sex.F − 2026-01:2026-12|C1|sex.F=1"]),
      );
    },
    SLOW,
  );
});
