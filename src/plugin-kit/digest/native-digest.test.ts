/**
 * The pane's worker and the CLI hash the request natively (Web Crypto); the core hashes it in pure
 * JavaScript: the same request must give the same `sha256:` text either way, or a result written
 * by the pane and one written by `clauses run` would not say they come from the same data.
 */
import { requestDigest, type DigestedRequest } from "../../../domain/ventilation";
import { nativeDigest } from "./native-digest";

describe("the native digest of a request", () => {
  const request: DigestedRequest = {
    markets: [
      { id: "M1", company: "BTP-RIVIÈRE", start: "2026-01-05", end: "2026-06-30", obligation: 600, pooled: true, buyer: "Ville « VR »" },
      {
        id: "M2",
        company: "X\\Y",
        start: "2026-02-01",
        end: "2026-12-31",
        obligation: 0.5,
        pooled: false,
        labourShare: 0.4,
        hourlyCost: 31,
      },
    ],
    lines: [
      { company: "BTP-RIVIÈRE", start: "2026-01-01", end: "2026-01-31", hours: 100, participant: "P001", mode: "embauche-directe" },
      { company: "X\\Y", start: "2026-02-01", end: "2026-02-28", amountInvoiced: 1234.56, market: "M2", employer: "GEIQ 🏗" },
    ],
    windows: [{ participant: "P001", from: "2026-01-10", reason: "éligible à partir du 10/01/2026" }],
  };

  it("gives the core's digest, character for character (accents, quotes, emoji, numbers)", async () => {
    expect(globalThis.crypto?.subtle).toBeDefined();
    const digest = await nativeDigest(request);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(digest).toBe(requestDigest(request));
    expect(await nativeDigest({ markets: [], lines: [], windows: [] })).toBe(requestDigest({ markets: [], lines: [], windows: [] }));
  });

  it("tells two requests apart that differ in one field", async () => {
    const other = { ...request, lines: [{ ...request.lines[0]!, hours: 100.5 }, request.lines[1]!] };
    expect(await nativeDigest(other)).not.toBe(await nativeDigest(request));
    expect(await nativeDigest(other)).toBe(requestDigest(other));
  });
});
