import { RangeMemo, taskClock } from "./memo";

const table = (value: number) => [
  ["M1", value],
  ["M2", 2],
];
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("memoising on Excel's ranges", () => {
  it("recognises equal ranges passed as fresh arrays, and recomputes when one cell differs", () => {
    const memo = new RangeMemo<number>(8, () => 0);
    let runs = 0;
    const compute = () => (runs += 1);
    memo.get({ ranges: [table(1)], values: ["pro-rata"] }, compute);
    memo.get({ ranges: [table(1)], values: ["pro-rata"] }, compute);
    expect(runs).toBe(1);
    memo.get({ ranges: [table(9)], values: ["pro-rata"] }, compute);
    memo.get({ ranges: [table(1)], values: ["earliest-end"] }, compute);
    expect(runs).toBe(3);
    expect(memo).toMatchObject({ hits: 1, misses: 3, addressHits: 0 });
  });

  it("within one task, trusts the same addresses without comparing cells; in the next task, compares again", async () => {
    const memo = new RangeMemo<string>(8, taskClock());
    const addresses = ["Marchés!A2:Q3", "Heures!A2:I3"];
    expect(memo.get({ ranges: [table(1)], values: [], addresses }, () => "first")).toBe("first");
    // Same task: Excel cannot have changed the workbook, the addresses say it all.
    expect(memo.get({ ranges: [table(1)], values: [], addresses }, () => "again")).toBe("first");
    expect(memo.addressHits).toBe(1);
    await nextTask();
    // Next task: the facilitator edited a cell of the same range; the cells are compared, and differ.
    expect(memo.get({ ranges: [table(5)], values: [], addresses }, () => "edited")).toBe("edited");
    expect(memo.addressHits).toBe(1);
  });

  it("never matches by address when Excel gives none, or other addresses", () => {
    const memo = new RangeMemo<string>(8, () => 0);
    memo.get({ ranges: [table(1)], values: [], addresses: [] }, () => "first");
    expect(memo.get({ ranges: [table(2)], values: [], addresses: [] }, () => "second")).toBe("second");
    memo.get({ ranges: [table(3)], values: [], addresses: ["A!A1:B2"] }, () => "third");
    expect(memo.get({ ranges: [table(4)], values: [], addresses: ["B!A1:B2"] }, () => "fourth")).toBe("fourth");
    expect(memo.addressHits).toBe(0);
  });

  it("keeps a bounded number of inputs, dropping the least recently used", () => {
    const memo = new RangeMemo<number>(2, () => 0);
    memo.get({ ranges: [table(1)], values: [] }, () => 1);
    memo.get({ ranges: [table(2)], values: [] }, () => 2);
    memo.get({ ranges: [table(1)], values: [] }, () => -1);
    memo.get({ ranges: [table(3)], values: [] }, () => 3);
    expect(memo.size).toBe(2);
    expect(memo.get({ ranges: [table(1)], values: [] }, () => -1)).toBe(1);
    expect(memo.get({ ranges: [table(2)], values: [] }, () => 22)).toBe(22);
  });
});
