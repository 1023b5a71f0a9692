import { rowsOf, partsOf } from "./rows-parts";

describe("rows sent in parts, shared values once", () => {
  it("gives back the same rows, in order, absent values still absent, whatever the part size", () => {
    const rows = [
      { company: "A", market: "M1", participant: "P1", hours: 12.5, policy: "Fin", digest: "sha256:x" },
      { company: "A", market: "M2", hours: 3, policy: "Fin", digest: "sha256:x" },
      { company: "B", market: "M3", participant: "P2", hours: 0.25, policy: "Fin", digest: "sha256:x", note: "n" },
    ];
    for (const size of [1, 2, 3, 10]) {
      const parts = partsOf(rows, size);
      expect(parts).toHaveLength(Math.ceil(rows.length / size));
      expect(parts.flatMap(rowsOf)).toEqual(rows);
    }
    expect(partsOf(rows, 10)[0]!.constants).toEqual({ policy: "Fin", digest: "sha256:x" });
    expect(partsOf([], 10)).toEqual([]);
  });
});
