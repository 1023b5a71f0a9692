/**
 * =CLAUSES.SOCIAL_RATE called as Excel calls it: ranges as 2-D arrays, omitted arguments as null.
 */
import { excelErrorOf } from "../../../test/support/excel-error";
import { socialRateFunction } from "./functions";

const considerations = [
  ["Clause sociale ; Critère social"],
  ["Pas de considération sociale"],
  ["Marché réservé"],
  [""],
  ["Pas de considération sociale"],
];
const years = [[2025], [2026], [2026], [2026], [2026]];

describe("=CLAUSES.SOCIAL_RATE (TAUX_SOCIAL)", () => {
  it("counts anything but « Pas de considération sociale », blank cells left out", () => {
    expect(socialRateFunction(considerations, null, null)).toBe(0.5); // 2 of 4
  });

  it("keeps the contracts of one year", () => {
    expect(socialRateFunction(considerations, years, [[2026]])).toBe(0.3333); // 1 of 3
  });

  it("says in French what is wrong instead of guessing", () => {
    expect(excelErrorOf(() => socialRateFunction([["Clause socile"]], null, null))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("« Clause socile » n'est pas une considération sociale des DECP"),
    });
    expect(excelErrorOf(() => socialRateFunction([["Clause sociale ; Pas de considération sociale"]], null, null)).message).toContain(
      "ne peut pas accompagner d'autres considérations",
    );
    expect(excelErrorOf(() => socialRateFunction(considerations, [[2026]], null)).message).toBe(
      "les années et les considérations doivent avoir autant de cellules (une par marché)",
    );
    expect(excelErrorOf(() => socialRateFunction(considerations, years, [[2030]]))).toMatchObject({ code: "#N/A" });
  });
});
