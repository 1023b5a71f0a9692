/**
 * The digest recorded with a result covers every field of the request. Before, a line's mode and
 * contract type and a contract's own labour share and hourly cost were left out: two requests whose
 * hours differ (a CDI counted for 6 months or not, an amount converted at 25 €/h or at 30 €/h)
 * shared one digest.
 */
import fc from "fast-check";
import { digestOf } from "../provenance";
import { utf8ToBytes } from "@noble/hashes/utils";
import { canonicalRequestBytes, canonicalRequestChunks, requestDigest } from "./digest";
import type { HourLineInput, MarketInput } from "./input";

const market: MarketInput = { id: "M1", company: "X", start: "2026-01-01", end: "2026-12-31", obligation: 1000, pooled: true };
const line: HourLineInput = { company: "X", start: "2026-03-01", end: "2026-03-31", market: "M1", participant: "P1" };
const digest = (markets: MarketInput[], lines: HourLineInput[]) => requestDigest({ markets, lines, windows: [] });

describe("the input digest", () => {
  it("differs whenever one input differs: mode, contract type, amount invoiced, labour share, hourly cost", () => {
    const variants = [
      digest([market], [{ ...line, hours: 100 }]),
      digest([market], [{ ...line, hours: 100, mode: "formation" }]),
      digest([market], [{ ...line, hours: 100, mode: "embauche-directe" }]),
      digest([market], [{ ...line, hours: 100, contractType: "CDI" }]),
      digest([market], [{ ...line, hours: 100, contractType: "apprentissage", mode: "formation" }]),
      digest([market], [{ ...line, mode: "sous-traitance", amountInvoiced: 30000 }]),
      digest([market], [{ ...line, mode: "sous-traitance", amountInvoiced: 30001 }]),
      digest([{ ...market, labourShare: 0.6 }], [{ ...line, mode: "sous-traitance", amountInvoiced: 30000 }]),
      digest([{ ...market, labourShare: 0.6, hourlyCost: 25 }], [{ ...line, mode: "sous-traitance", amountInvoiced: 30000 }]),
      digest([{ ...market, hourlyCost: 25 }], [{ ...line, mode: "sous-traitance", amountInvoiced: 30000 }]),
      digest([{ ...market, buyer: "VILLE" }], [{ ...line, hours: 100 }]),
      digest([market], [{ ...line, hours: 100, employer: "ETTI Sud" }]),
    ];
    expect(new Set(variants).size).toBe(variants.length);
  });

  it("is digestOf({ lines, markets, windows }) of requests with every field", () => {
    const text = fc.string({ maxLength: 6 });
    const number = fc.double({ noNaN: true, noDefaultInfinity: true });
    const markets = fc.array(
      fc.record(
        {
          id: text,
          company: text,
          start: text,
          end: text,
          obligation: number,
          pooled: fc.boolean(),
          buyer: text,
          label: text,
          labourShare: number,
          hourlyCost: number,
        },
        { requiredKeys: ["id", "company", "start", "end", "obligation", "pooled"] },
      ),
    );
    const lines = fc.array(
      fc.record(
        {
          company: text,
          start: text,
          end: text,
          hours: number,
          amountInvoiced: number,
          market: text,
          participant: text,
          mode: fc.constantFrom("embauche-directe", "formation", "sous-traitance"),
          contractType: fc.constantFrom("CDI", "CDD", "apprentissage"),
          employer: text,
        },
        { requiredKeys: ["company", "start", "end"] },
      ),
    );
    fc.assert(
      fc.property(markets, lines, (m, l) => {
        const request = { markets: m as MarketInput[], lines: l as HourLineInput[], windows: [] };
        expect(requestDigest(request)).toBe(digestOf(request));
      }),
      { numRuns: 80 },
    );
  });

  it("is hashed from bytes written straight into one buffer: the UTF-8 of the canonical chunks, escapes and accents included", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.string({ unit: "binary", maxLength: 4 }),
      fc.constantFrom("Valrivière", 'a"b', "a\\b", "\u0001", "\ud800", "😀"),
    );
    const number = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1e21, 0.1));
    const markets = fc.array(
      fc.record(
        {
          id: text,
          company: text,
          start: text,
          end: text,
          obligation: number,
          pooled: fc.boolean(),
          buyer: text,
          label: text,
          labourShare: number,
          hourlyCost: number,
        },
        { requiredKeys: ["id", "company", "start", "end", "obligation", "pooled"] },
      ),
      { maxLength: 3 },
    );
    const lines = fc.array(
      fc.record(
        {
          company: text,
          start: text,
          end: text,
          hours: number,
          amountInvoiced: number,
          market: text,
          participant: text,
          mode: text,
          contractType: text,
          employer: text,
        },
        { requiredKeys: ["company", "start", "end"] },
      ),
      { maxLength: 5 },
    );
    const windows = fc.array(fc.record({ participant: text, from: text, until: text, reason: text }, { requiredKeys: ["participant"] }), {
      maxLength: 2,
    });
    fc.assert(
      fc.property(markets, lines, windows, (m, l, w) => {
        const request = { markets: m as MarketInput[], lines: l as HourLineInput[], windows: w };
        const parts: string[] = [];
        canonicalRequestChunks(request, (chunk) => parts.push(chunk));
        expect(Buffer.from(canonicalRequestBytes(request)).equals(Buffer.from(utf8ToBytes(parts.join(""))))).toBe(true);
        expect(requestDigest(request)).toBe(digestOf(request));
      }),
      { numRuns: 300 },
    );
  });
});
