/**
 * What the bilans count from: where each hour line went, month by month; and the territory JSON
 * every command reads (descriptive fields carried, never-eligible people's empty windows).
 */
import { parseOrThrow } from "../validation";
import { POLICIES, prepareInput, ventilate, ventilationInputSchema, type VentilationResult } from ".";

const MONTHLY = [100, 120, 150, 150, 160, 160, 80, 40, 120, 60, 50, 30];

const markets = [
  { id: "M1", company: "X", start: "2026-01-05", end: "2026-06-30", obligation: 600, pooled: true },
  { id: "M2", company: "X", start: "2026-03-01", end: "2026-09-30", obligation: 400, pooled: true },
  { id: "M3", company: "X", start: "2026-05-01", end: "2026-12-31", obligation: 300, pooled: true },
  { id: "D1", company: "Y", start: "2026-02-01", end: "2026-03-31", obligation: 50, pooled: false },
];

function lines() {
  const pooled = MONTHLY.map((hours, index) => {
    const month = String(index + 1).padStart(2, "0");
    const last = new Date(Date.UTC(2026, index + 1, 0)).getUTCDate();
    return { company: "X", start: `2026-${month}-01`, end: `2026-${month}-${last}`, hours, participant: `P${(index % 3) + 1}` };
  });
  // A direct line over January–April: January and April fall outside D1's dates.
  return [...pooled, { company: "Y", start: "2026-01-01", end: "2026-04-30", hours: 120, market: "D1", participant: "P9" }];
}

function run(policy: (typeof POLICIES)[number], windows: { participant: string; from?: string; until?: string }[] = []): VentilationResult {
  return ventilate(prepareInput({ markets, lines: lines(), windows }), { policy, spread: "calendar", rulePack: "test", lineMonths: true });
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe("line-by-month shares", () => {
  it.each(POLICIES)("under %s, add up to each contract's total and to each line's hours", (policy) => {
    const result = run(policy);
    const shares = result.lineMonths ?? [];
    for (const market of result.markets) {
      expect(sum(shares.filter((share) => share.market === market.id).map((share) => share.hours))).toBeCloseTo(market.total, 9);
    }
    lines().forEach((line, index) => {
      expect(sum(shares.filter((share) => share.line === index).map((share) => share.hours))).toBeCloseTo(line.hours, 9);
    });
    expect(sum(shares.filter((share) => share.kind === "excess").map((share) => share.hours))).toBeCloseTo(result.totals.excess, 9);
  });

  it("put each share in the month it was worked, direct hours outside their contract's dates as out of period", () => {
    const shares = (run("earliest-end").lineMonths ?? []).filter((share) => share.line === 12);
    const byMonth = (month: string, kind: string) =>
      sum(shares.filter((share) => share.month === month && share.kind === kind).map((share) => share.hours));
    // 120 h over 120 days (1 January – 30 April 2026): one hour a day.
    expect(byMonth("2026-01", "outOfPeriod")).toBeCloseTo(31, 9);
    expect(byMonth("2026-02", "direct")).toBeCloseTo(28, 9);
    expect(byMonth("2026-03", "direct")).toBeCloseTo(31, 9);
    expect(byMonth("2026-04", "outOfPeriod")).toBeCloseTo(30, 9);
    expect(shares.find((share) => share.kind === "direct")?.market).toBe("D1");
    expect(shares.find((share) => share.kind === "outOfPeriod")?.market).toBeNull();
  });
});

describe("countable windows", () => {
  it("treat the empty window eligibility gives a never-eligible person as « nothing counts »", () => {
    const result = run("earliest-end", [{ participant: "P9", from: "2026-03-02", until: "2026-03-01" }]);
    expect(result.markets.find((market) => market.id === "D1")?.total).toBe(0);
    expect(result.companies.find((company) => company.company === "Y")?.notCountable).toBeCloseTo(120, 9);
  });

  it("still refuse a window whose end is well before its start", () => {
    expect(() =>
      prepareInput({ markets, lines: lines(), windows: [{ participant: "P9", from: "2026-03-02", until: "2026-02-01" }] }),
    ).toThrow("windows[0].until : la fin (2026-02-01) précède le début (2026-03-02)");
  });
});

describe("the territory JSON", () => {
  it("carries buyers, modes, contract types, employers and people without the engine using them", () => {
    const input = parseOrThrow(ventilationInputSchema, {
      markets: [{ ...markets[0], buyer: "VILLE", label: "École" }],
      lines: [
        {
          company: "X",
          start: "2026-01-05",
          end: "2026-01-31",
          hours: 10,
          mode: "mise-a-disposition",
          contractType: "CDI",
          employer: "ETTI",
        },
      ],
      people: [{ id: "P1" }],
    });
    expect(input.markets[0]?.buyer).toBe("VILLE");
    expect(ventilate(prepareInput(input), { policy: "earliest-end", spread: "calendar", rulePack: "test" }).markets[0]?.total).toBe(10);
  });

  it("names a mode or contract type it does not know", () => {
    expect(() =>
      parseOrThrow(ventilationInputSchema, {
        markets: [],
        lines: [{ company: "X", start: "2026-01-05", end: "2026-01-31", hours: 1, mode: "stage" }],
      }),
    ).toThrow(/lines\[0\]\.mode : doit valoir « embauche-directe », .* \(reçu « stage »\)/);
  });
});
