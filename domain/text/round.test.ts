/**
 * `roundTo` skips the 15-digit string round trip when it cannot change the result: it gives what
 * its definition gives (15 significant digits, then the nearest integer, half up) on every input.
 */
import fc from "fast-check";
import { roundTo } from "./normalize";

/** The definition, as written before the fast path. */
function byDefinition(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(shifted)) / factor;
}

const same = (value: number, decimals: number) => Object.is(roundTo(value, decimals), byDefinition(value, decimals));

describe("roundTo", () => {
  it("equals its definition on any double and any number of decimals", () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 8 }), (value, decimals) => same(value, decimals)),
      { numRuns: 20000 },
    );
  });

  it("equals its definition next to every half (where the 15 digits decide)", () => {
    const near = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(near, ([whole, ulps, decimals]) => {
        const half = (whole + 0.5) / 10 ** decimals;
        const value = half + ulps * Number.EPSILON * Math.max(1, Math.abs(half));
        return same(value, decimals);
      }),
      { numRuns: 20000 },
    );
    for (const [value, decimals] of [
      [1.005, 2],
      [2.675, 2],
      [1.0049999999999999, 2],
      [0.49999999999999994, 0],
      [-2.5, 0],
      [-0, 4],
      [1e14, 4],
      [123456789.12345, 4],
      [Number.NaN, 2],
      [Number.POSITIVE_INFINITY, 2],
    ] as const) {
      expect([value, decimals, roundTo(value, decimals)]).toEqual([value, decimals, byDefinition(value, decimals)]);
    }
  });

  it("equals its definition on hours as the engine makes them (shares of days, sums of shares)", () => {
    for (let numerator = 1; numerator <= 100_000; numerator += 1) {
      for (const value of [numerator / 7, numerator / 31, numerator * 0.1, (numerator * 1.1) / 3, numerator / 1e4 + 0.00005]) {
        for (const decimals of [2, 4]) if (!same(value, decimals)) throw new Error(`${value}, ${decimals}`);
      }
    }
  });
});
