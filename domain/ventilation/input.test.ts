/**
 * `parseVentilationInput` (hand-checked hour lines, the schema for the rest) reads every request as
 * `parseOrThrow(ventilationInputSchema, …)` does: the same output, or the same French errors in the
 * same order. The fast path is only speed (see `npm run bench`).
 */
import fc from "fast-check";
import { errorsOf } from "../errors";
import { parseOrThrow } from "../validation";
import { parseVentilationInput, ventilationInputSchema } from "./input";

function outcome(read: () => unknown): unknown {
  try {
    return { ok: read() };
  } catch (error) {
    const errors = errorsOf(error);
    if (errors.length === 0) throw error;
    return { errors: errors.map((found) => found.message) };
  }
}

const id = fc.oneof(fc.constantFrom("X", "Y", "M1", "P1", " X", "X ", ""), fc.integer({ min: 0, max: 99 }));
const date = fc.constantFrom("2026-01-01", "2026-01-31", "2026-02-30", "2026-1-1", "01/02/2026", "");
const number = fc.oneof(fc.constantFrom(0, 7, 744, 745, -1, 1e16, 0.5), fc.double({ noNaN: true }));
const line = fc.record(
  {
    company: id,
    start: date,
    end: date,
    hours: number,
    amountInvoiced: number,
    market: id,
    participant: id,
    mode: fc.constantFrom("formation", "sous-traitance", "embauche-directe", "inconnu"),
    contractType: fc.constantFrom("CDI", "apprentissage", "CDX"),
    employer: fc.constantFrom("ETTI Sud", " ETTI", ""),
    typo: fc.constant(1),
  },
  { requiredKeys: [] },
);
const market = fc.record(
  { id, company: id, start: date, end: date, obligation: number, pooled: fc.boolean(), hourlyCost: number },
  { requiredKeys: ["id", "company", "start", "end", "obligation"] },
);
const request = fc.record(
  {
    markets: fc.array(market, { maxLength: 3 }),
    lines: fc.oneof(fc.array(line, { maxLength: 6 }), fc.constant("pas une liste")),
    policy: fc.constantFrom("earliest-end", "au hasard"),
    windows: fc.array(fc.record({ participant: id, from: date }), { maxLength: 2 }),
    people: fc.array(fc.record({ id }), { maxLength: 2 }),
    extra: fc.constant(true),
  },
  { requiredKeys: ["markets", "lines"] },
);

describe("parseVentilationInput", () => {
  it("gives the schema's output or the schema's errors, for valid and invalid requests alike", () => {
    fc.assert(
      fc.property(request, (data) => {
        expect(outcome(() => parseVentilationInput(data))).toEqual(outcome(() => parseOrThrow(ventilationInputSchema, data)));
      }),
      { numRuns: 1500 },
    );
  });

  it("keeps plain lines as they are and fills the contracts' defaults", () => {
    const lines = [
      { company: "X", start: "2026-01-01", end: "2026-01-31", hours: 7, mode: "formation" },
      { company: "X", start: "2026-01-01", end: "2026-01-31", mode: "sous-traitance", amountInvoiced: 3000, employer: "ESAT du Val" },
    ];
    const parsed = parseVentilationInput({
      markets: [{ id: "M1", company: "X", start: "2026-01-01", end: "2026-12-31", obligation: 10 }],
      lines,
    });
    expect(parsed.lines).toEqual(lines);
    expect(parsed.markets[0]?.pooled).toBe(true);
  });
});
