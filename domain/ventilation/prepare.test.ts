/**
 * Bad requests: every problem named by its field, in French, all at once.
 */
import fc from "fast-check";
import { digestOf } from "../provenance";
import { ValidationFailed } from "../errors";
import { parseOrThrow } from "../validation";
import { prepareInput, requestDigest, ventilationInputSchema } from ".";

function messages(attempt: () => unknown): string[] {
  try {
    attempt();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((found) => found.message);
    throw error;
  }
  throw new Error("expected a ValidationFailed");
}

const m1 = { id: "M1", company: "X", start: "2026-01-05", end: "2026-06-30", obligation: 600, pooled: true };

describe("checking a ventilation request", () => {
  it("reports unknown contracts, another company's contract, impossible and reversed dates, duplicates", () => {
    expect(
      messages(() =>
        prepareInput({
          markets: [m1, { ...m1, start: "2026-07-01" }],
          lines: [
            { company: "X", start: "2026-02-30", end: "2026-03-01", hours: 1 },
            { company: "X", start: "2026-03-02", end: "2026-03-01", hours: 1 },
            { company: "X", start: "2026-03-01", end: "2026-03-01", hours: 1, market: "M9" },
            { company: "Y", start: "2026-03-01", end: "2026-03-01", hours: 1, market: "M1" },
          ],
          windows: [{ participant: "P1", from: "2026-05-01", until: "2026-04-01" }],
        }),
      ),
    ).toEqual([
      "markets[1].id : le marché « M1 » apparaît deux fois (déjà en position 1)",
      "markets[1].end : la fin (2026-06-30) précède le début (2026-07-01)",
      "lines[0].start : la date « 2026-02-30 » n'existe pas ou n'est pas au format AAAA-MM-JJ",
      "lines[1].end : la fin (2026-03-01) précède le début (2026-03-02)",
      "lines[2].market : marché « M9 » inconnu (il n'est pas dans la liste des marchés)",
      "lines[3].market : le marché « M1 » est celui de l'entreprise « X », pas de « Y »",
      "windows[0].until : la fin (2026-04-01) précède le début (2026-05-01)",
    ]);
  });

  it("lists the first hundred problems and counts the others", () => {
    const lines = Array.from({ length: 250 }, () => ({ company: "X", start: "2026-13-01", end: "2026-12-31", hours: 1 }));
    const found = messages(() => prepareInput({ markets: [], lines }));
    expect(found).toHaveLength(101);
    expect(found[99]).toBe("lines[99].start : la date « 2026-13-01 » n'existe pas ou n'est pas au format AAAA-MM-JJ");
    expect(found[100]).toBe("Et 150 autres problèmes : corrigez les premiers puis relancez");
  });

  it("rejects unknown fields, wrong types and negative hours with the JSON field", () => {
    expect(
      messages(() =>
        parseOrThrow(ventilationInputSchema, {
          policy: "au-hasard",
          markets: [{ id: "M1", company: "X", start: "2026-01-05", end: "2026-06-30", obligation: "600" }],
          lines: [{ company: "X", start: "2026-01-01", end: "2026-01-31", hours: -3, heures: 4 }],
        }),
      ),
    ).toEqual([
      "policy : doit valoir « earliest-end », « earliest-start », « pro-rata », « pro-rata-remaining » (reçu « au-hasard »)",
      "markets[0].obligation : doit être un nombre (reçu « 600 »)",
      "lines[0].hours : doit être positif ou nul (reçu « -3 »)",
      "lines[0] : champ inconnu : « heures » (faute de frappe ?)",
    ]);
  });

  it("fills in pooled = true when absent, and reads numeric ids as text", () => {
    const input = parseOrThrow(ventilationInputSchema, {
      markets: [{ id: 2026014, company: "X", start: "2026-01-05", end: "2026-06-30", obligation: 600 }],
      lines: [{ company: "X", start: "2026-01-05", end: "2026-01-05", hours: 7, market: 2026014 }],
    });
    expect(input.markets[0]).toMatchObject({ id: "2026014", pooled: true });
    expect(prepareInput(input).lines.market[0]).toBe(0);
  });
});

describe("the input digest", () => {
  const text = fc.string({ maxLength: 6 });
  const requestArb = fc.record({
    markets: fc.array(
      fc.record({
        id: text,
        company: text,
        start: text,
        end: text,
        obligation: fc.double({ noNaN: true, noDefaultInfinity: true }),
        pooled: fc.boolean(),
      }),
    ),
    lines: fc.array(
      fc.record(
        {
          company: text,
          start: text,
          end: text,
          hours: fc.double({ noNaN: true, noDefaultInfinity: true }),
          market: text,
          participant: text,
        },
        { requiredKeys: ["company", "start", "end", "hours"] },
      ),
    ),
    windows: fc.array(fc.record({ participant: text, from: text, until: text, reason: text }, { requiredKeys: ["participant"] })),
  });

  it("is digestOf({ lines, markets, windows }), written line by line", () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        expect(requestDigest(request)).toBe(digestOf({ lines: request.lines, markets: request.markets, windows: request.windows }));
      }),
      { numRuns: 60 },
    );
  });

  it("is the same across the chunks of a large request", () => {
    const lines = Array.from({ length: 9000 }, (_, index) => ({
      company: `C${index % 7}`,
      start: "2026-01-01",
      end: "2026-01-31",
      hours: index / 3,
    }));
    expect(requestDigest({ markets: [], lines, windows: [] })).toBe(digestOf({ lines, markets: [], windows: [] }));
  });
});
