import fc from "fast-check";
import { dayFromParts, isoFromDay, partsOfDay } from "../dates";
import { firstDayOfMonthIndex, forEachMonthPart, monthIndexOf } from "./units";

describe("months as integers", () => {
  it("agree with the calendar for every day from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromParts(1900, 1, 1)!, max: dayFromParts(2200, 12, 31)! }), (day) => {
        const { year, month } = partsOfDay(day);
        expect(monthIndexOf(day)).toBe(year * 12 + month - 1);
        expect(firstDayOfMonthIndex(year * 12 + month - 1)).toBe(dayFromParts(year, month, 1));
      }),
      { numRuns: 2000 },
    );
  });

  it("cut a period at month boundaries, leap February included", () => {
    const parts: string[] = [];
    forEachMonthPart(dayFromParts(2028, 1, 30)!, dayFromParts(2028, 3, 1)!, (from, to) =>
      parts.push(`${isoFromDay(from)}..${isoFromDay(to)}`),
    );
    expect(parts).toEqual(["2028-01-30..2028-01-31", "2028-02-01..2028-02-29", "2028-03-01..2028-03-01"]);
  });
});
