/**
 * The pane's exports when a release is too large to be protected together: the refusal is said
 * (« Export impossible » above the buttons) and the facilitator's view stays; any other failure is
 * not turned into a refusal.
 */
import { releaseTooLarge, periodOptionInvalid } from "../../../domain/reporting/errors";
import type { ReportView } from "../../../domain/reporting";
import { refusedOr } from "./bilan-state";

describe("an external view refused by the protection's budget", () => {
  it("is a refusal in French instead of a view (nothing to export)", () => {
    const outcome = refusedOr(() => {
      throw releaseTooLarge(244, 1091);
    });
    expect(outcome).toEqual({
      refused: expect.stringMatching(/^Diffusion trop grande pour être protégée d'un seul tenant \(244 bilans liés/),
    });
  });

  it("lets every other failure through, and a view through unchanged", () => {
    expect(() =>
      refusedOr(() => {
        throw periodOptionInvalid("2026-13");
      }),
    ).toThrow(/--period/);
    const view = { audience: "buyer" } as ReportView;
    expect(refusedOr(() => view)).toBe(view);
  });
});
