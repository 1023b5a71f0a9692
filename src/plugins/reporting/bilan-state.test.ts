/**
 * The period of the « Bilans » pane: a reversed one is a French error naming its months, which the
 * pane shows as is (it used to be a plain Error, shown as « Une erreur inattendue s'est produite »).
 */
import { DomainError } from "../../../domain";
import { periodOf } from "./bilan-state";

describe("the pane's period", () => {
  it("is open on the side left empty, bounded by the months with hours", () => {
    expect(periodOf({ from: "2026-01", to: "" }, ["2025-11", "2026-12"])).toEqual({ from: "2026-01", to: "2026-12" });
    expect(periodOf({ from: "", to: "" }, ["2025-11"])).toBeNull();
  });

  it("refuses a reversed period with a typed French error naming both months", () => {
    let thrown: unknown;
    try {
      periodOf({ from: "2026-06", to: "2026-03" }, ["2026-01", "2026-12"]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe("reporting.period.reversed");
    // Said under « Au mois » in the pane (issue 16), in the fields' own words.
    expect((thrown as DomainError).reason).toBe(
      "« Au mois » (mars 2026) précède « Du mois » (juin 2026) : choisissez un mois de fin après le début",
    );
  });
});
