/**
 * The domain reference's worked example 3 (§ 7): company X, three overlapping contracts (600 h,
 * 400 h, 300 h) and 1 220 pooled hours worked month by month in 2026.
 */
import { POLICIES, prepareInput, ventilate, type Policy, type VentilationResult } from ".";

const MONTHLY = [100, 120, 150, 150, 160, 160, 80, 40, 120, 60, 50, 30];

function monthLines(company = "X") {
  return MONTHLY.map((hours, index) => {
    const month = String(index + 1).padStart(2, "0");
    const last = new Date(Date.UTC(2026, index + 1, 0)).getUTCDate();
    return { company, start: `2026-${month}-01`, end: `2026-${month}-${last}`, hours, participant: `P${(index % 3) + 1}` };
  });
}

function markets(m1Start: string) {
  return [
    { id: "M1", company: "X", start: m1Start, end: "2026-06-30", obligation: 600, pooled: true },
    { id: "M2", company: "X", start: "2026-03-01", end: "2026-09-30", obligation: 400, pooled: true },
    { id: "M3", company: "X", start: "2026-05-01", end: "2026-12-31", obligation: 300, pooled: true },
  ];
}

function run(policy: Policy, m1Start = "2026-01-05"): VentilationResult {
  return ventilate(prepareInput({ markets: markets(m1Start), lines: monthLines() }), {
    policy,
    spread: "calendar",
    rulePack: "national@test",
    detail: true,
    trace: true,
  });
}

const rounded = (value: number) => Math.round(value * 10_000) / 10_000;
const figures = (result: VentilationResult) => ({
  totals: result.markets.map((market) => rounded(market.total)),
  excess: rounded(result.companies[0]?.excess ?? NaN),
  outOfPeriod: rounded(result.companies[0]?.outOfPeriod ?? NaN),
});

describe("worked example 3, as the reference states it (M1 from 5 January, calendar spread)", () => {
  // January's 100 h are spread over 31 days; 1–4 January no contract is active yet: 400/31 h are out of period.
  const januaryBeforeM1 = rounded((100 * 4) / 31);

  it.each<[Policy, number[], number]>([
    ["earliest-end", [600, 400, 207.0968], 0],
    ["earliest-start", [600, 400, 207.0968], 0],
    ["pro-rata", [534.7891, 355.6044, 300], 16.7033],
    ["pro-rata-remaining", [454.327, 360.4663, 300], 92.3035],
  ])("%s credits %j with %d h of excess", (policy, totals, excess) => {
    expect(figures(run(policy))).toEqual({ totals, excess, outOfPeriod: januaryBeforeM1 });
  });

  it("keeps every hour: credited + excess + out of period = 1 220 h under every policy", () => {
    for (const policy of POLICIES) {
      const { totals } = run(policy);
      expect(totals.direct + totals.ventilated + totals.excess + totals.outOfPeriod + totals.notCountable).toBeCloseTo(1220, 9);
      expect(totals.hours).toBe(1220);
    }
  });

  it("shows the periods of the reference's table, and where the hours of each went", () => {
    const periods = run("earliest-end").periods ?? [];
    expect(periods.map((period) => [period.start, period.end, period.active.join("+")])).toEqual([
      ["2026-01-01", "2026-01-04", ""],
      ["2026-01-05", "2026-02-28", "M1"],
      ["2026-03-01", "2026-04-30", "M1+M2"],
      ["2026-05-01", "2026-06-30", "M1+M2+M3"],
      ["2026-07-01", "2026-09-30", "M2+M3"],
      ["2026-10-01", "2026-12-31", "M3"],
    ]);
    const mayJune = periods[3];
    expect(mayJune?.credited.map((credit) => [credit.market, rounded(credit.hours)])).toEqual([
      ["M1", 92.9032],
      ["M2", 227.0968],
      ["M3", 0],
    ]);
  });

  it("keeps the participant and the month of every hour credited", () => {
    const allocations = run("earliest-end").allocations ?? [];
    const m1 = allocations.filter((allocation) => allocation.market === "M1");
    expect(m1.map((allocation) => allocation.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    expect(m1.find((allocation) => allocation.month === "2026-02")).toMatchObject({ participant: "P2", kind: "ventilated", hours: 120 });
    expect(rounded(m1.reduce((sum, allocation) => sum + allocation.hours, 0))).toBe(600);
  });
});

describe("worked example 3 with M1 active all January (the reference's month-by-month figures)", () => {
  it.each<[Policy, number[], number]>([
    ["earliest-end", [600, 400, 220], 0],
    ["pro-rata", [547.6923, 355.6044, 300], 16.7033],
    ["pro-rata-remaining", [462.0907, 363.0014, 300], 94.9079],
  ])("%s credits %j with %d h of excess, as the reference's table", (policy, totals, excess) => {
    expect(figures(run(policy, "2026-01-01"))).toEqual({ totals, excess, outOfPeriod: 0 });
  });
});
