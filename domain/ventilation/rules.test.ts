/**
 * The rule of the engine, clause by clause, on literal cases a facilitator can check by hand.
 */
import { calendarRulesSchema } from "../dates/calendar-rules";
import nationalCalendar from "../dates/calendar-national.json";
import { prepareInput, ventilate, type HourLineInput, type MarketInput, type Policy, type Spread, type WindowInput } from ".";

const calendar = calendarRulesSchema.parse(nationalCalendar);

function market(id: string, start: string, end: string, obligation: number, extra: Partial<MarketInput> = {}): MarketInput {
  return { id, company: "X", start, end, obligation, pooled: true, ...extra };
}

function line(start: string, end: string, hours: number, extra: Partial<HourLineInput> = {}): HourLineInput {
  return { company: "X", start, end, hours, ...extra };
}

function run(markets: MarketInput[], lines: HourLineInput[], options: { policy?: Policy; spread?: Spread; windows?: WindowInput[] } = {}) {
  return ventilate(prepareInput({ markets, lines, windows: options.windows ?? [] }), {
    policy: options.policy ?? "earliest-end",
    spread: options.spread ?? "calendar",
    calendar,
    rulePack: "test",
    detail: true,
  });
}

const byId = (result: ReturnType<typeof run>) =>
  Object.fromEntries(result.markets.map((m) => [m.id, { direct: m.direct, ventilated: m.ventilated }]));

describe("direct lines", () => {
  it("credit their contract in full, beyond its obligation, and are credited before the day's pooled hours", () => {
    const result = run(
      [market("M1", "2026-03-02", "2026-03-02", 100)],
      [line("2026-03-02", "2026-03-02", 80, { market: "M1" }), line("2026-03-02", "2026-03-02", 50)],
    );
    expect(byId(result)).toEqual({ M1: { direct: 80, ventilated: 20 } });
    expect(result.companies[0]).toMatchObject({ excess: 30, outOfPeriod: 0 });
    const over = run([market("M1", "2026-03-02", "2026-03-02", 100)], [line("2026-03-02", "2026-03-02", 130, { market: "M1" })]);
    expect(over.markets[0]).toMatchObject({ direct: 130, total: 130, remaining: 0 });
  });

  it("count only on their contract's days: the rest of the period is out of period", () => {
    // 31 h over 1–31 March, 1 h a day; the contract starts on 11 March.
    const result = run([market("M1", "2026-03-11", "2026-12-31", 500)], [line("2026-03-01", "2026-03-31", 31, { market: "M1" })]);
    expect(result.markets[0]?.direct).toBeCloseTo(21, 10);
    expect(result.companies[0]?.outOfPeriod).toBeCloseTo(10, 10);
  });

  it("credit a contract outside any pooling, which never receives pooled hours", () => {
    const result = run(
      [market("M1", "2026-03-01", "2026-03-31", 100, { pooled: false }), market("M2", "2026-03-01", "2026-03-31", 10)],
      [line("2026-03-01", "2026-03-31", 40, { market: "M1" }), line("2026-03-01", "2026-03-31", 62)],
    );
    expect(byId(result)).toEqual({ M1: { direct: 40, ventilated: 0 }, M2: { direct: 0, ventilated: 10 } });
    expect(result.companies[0]?.excess).toBeCloseTo(52, 10);
  });
});

describe("pooled lines", () => {
  it("are out of period on days when no pooled contract of the company is active", () => {
    const result = run([market("M1", "2026-03-01", "2026-03-31", 100, { pooled: false })], [line("2026-03-01", "2026-03-10", 10)]);
    expect(result.companies[0]).toMatchObject({ outOfPeriod: 10, excess: 0 });
  });

  it("go to another company's contracts never", () => {
    const result = run([market("M1", "2026-03-01", "2026-03-31", 100, { company: "Y" })], [line("2026-03-01", "2026-03-10", 10)]);
    expect(result.markets[0]?.ventilated).toBe(0);
    expect(result.companies.find((company) => company.company === "X")).toMatchObject({ outOfPeriod: 10 });
  });

  it.each<[Policy, [string, string, string][], string[]]>([
    [
      "earliest-end",
      [
        ["B", "2026-03-05", "2026-06-30"],
        ["A", "2026-03-01", "2026-06-30"],
        ["C", "2026-03-01", "2026-05-31"],
      ],
      ["C", "A", "B"],
    ],
    [
      "earliest-start",
      [
        ["B", "2026-03-01", "2026-09-30"],
        ["A", "2026-03-01", "2026-06-30"],
        ["C", "2026-02-01", "2026-12-31"],
      ],
      ["C", "A", "B"],
    ],
  ])("%s serves contracts in the stated order, ties broken as the issue says", (policy, contracts, order) => {
    // 10 h on 5 March, each contract can take 4 h: the first two fill, the third gets 2 h.
    const result = run(
      contracts.map(([id, start, end]) => market(id, start, end, 4)),
      [line("2026-03-05", "2026-03-05", 10)],
      { policy },
    );
    const credited = Object.fromEntries(result.markets.map((m) => [m.id, m.ventilated]));
    expect(order.map((id) => credited[id])).toEqual([4, 4, 2]);
  });

  it("keep input order as the last tie-breaker", () => {
    const result = run(
      [market("B", "2026-03-01", "2026-03-31", 4), market("A", "2026-03-01", "2026-03-31", 4)],
      [line("2026-03-05", "2026-03-05", 6)],
    );
    expect(byId(result)).toEqual({ B: { direct: 0, ventilated: 4 }, A: { direct: 0, ventilated: 2 } });
  });

  it("under pro-rata, share by obligation and give a full contract's share to the others the same day", () => {
    // 30 h on one day; obligations 10 and 90 but the first has only 1 h of room left.
    const result = run(
      [market("M1", "2026-03-01", "2026-03-31", 10), market("M2", "2026-03-01", "2026-03-31", 90)],
      [line("2026-03-01", "2026-03-01", 9, { market: "M1" }), line("2026-03-01", "2026-03-01", 30)],
      { policy: "pro-rata" },
    );
    expect(byId(result)).toEqual({ M1: { direct: 9, ventilated: 1 }, M2: { direct: 0, ventilated: 29 } });
  });

  it("under pro-rata-remaining, share by what each contract still needs that day", () => {
    const result = run(
      [market("M1", "2026-03-01", "2026-03-31", 10), market("M2", "2026-03-01", "2026-03-31", 90)],
      [line("2026-03-01", "2026-03-01", 20)],
      { policy: "pro-rata-remaining" },
    );
    expect(byId(result)).toEqual({ M1: { direct: 0, ventilated: 2 }, M2: { direct: 0, ventilated: 18 } });
  });
});

describe("spreading a line's hours", () => {
  // 1–8 May 2026: Friday 1 and Friday 8 are public holidays, 2–3 is a weekend: 4 working days.
  const contract = [market("M1", "2026-05-06", "2026-12-31", 1000)];

  it("over calendar days: 40 h on 8 days is 5 h a day, M1 active from 6 May gets 15 h", () => {
    const result = run(contract, [line("2026-05-01", "2026-05-08", 40)]);
    expect(result.markets[0]?.ventilated).toBeCloseTo(15, 10);
    expect(result.companies[0]?.outOfPeriod).toBeCloseTo(25, 10);
  });

  it("over working days: 10 h on each of 4, 5, 6 and 7 May, M1 gets 20 h", () => {
    const result = run(contract, [line("2026-05-01", "2026-05-08", 40)], { spread: "workdays" });
    expect(result.markets[0]?.ventilated).toBeCloseTo(20, 10);
    expect(result.companies[0]?.outOfPeriod).toBeCloseTo(20, 10);
  });

  it("over working days, a weekend-only line is spread over its own days rather than lost", () => {
    const result = run([market("M1", "2026-05-03", "2026-05-31", 100)], [line("2026-05-02", "2026-05-03", 14)], { spread: "workdays" });
    expect(result.markets[0]?.ventilated).toBeCloseTo(7, 10);
    expect(result.companies[0]?.outOfPeriod).toBeCloseTo(7, 10);
  });
});

describe("countable windows (eligibility)", () => {
  it("set aside, as not countable, the hours a participant worked outside every window, direct or pooled", () => {
    const result = run(
      [market("M1", "2026-03-01", "2026-04-30", 1000)],
      [
        line("2026-03-01", "2026-03-31", 31, { participant: "P1" }),
        line("2026-03-01", "2026-03-31", 62, { participant: "P1", market: "M1" }),
      ],
      { windows: [{ participant: "P1", from: "2026-03-11" }] },
    );
    expect(result.markets[0]?.direct).toBeCloseTo(42, 10);
    expect(result.markets[0]?.ventilated).toBeCloseTo(21, 10);
    expect(result.companies[0]?.notCountable).toBeCloseTo(30, 10);
    expect(result.setAside).toEqual([
      { company: "X", participant: "P1", month: "2026-03", kind: "notCountable", hours: expect.closeTo(30, 10) },
    ]);
  });

  it("leave participants without any window, and lines without a participant, unrestricted", () => {
    const result = run(
      [market("M1", "2026-03-01", "2026-04-30", 1000)],
      [line("2026-03-01", "2026-03-31", 31, { participant: "P2" }), line("2026-03-01", "2026-03-31", 31)],
      { windows: [{ participant: "P1", until: "2026-02-28" }] },
    );
    expect(result.markets[0]?.ventilated).toBe(62);
    expect(result.companies[0]?.notCountable).toBe(0);
  });

  it("count the union of a participant's windows", () => {
    const result = run([market("M1", "2026-03-01", "2026-04-30", 1000)], [line("2026-03-01", "2026-03-31", 31, { participant: "P1" })], {
      windows: [
        { participant: "P1", from: "2026-03-01", until: "2026-03-05" },
        { participant: "P1", from: "2026-03-04", until: "2026-03-10" },
        { participant: "P1", from: "2026-03-31" },
      ],
    });
    expect(result.markets[0]?.ventilated).toBeCloseTo(11, 10);
    expect(result.companies[0]?.notCountable).toBeCloseTo(20, 10);
  });
});

describe("what a result records", () => {
  it("the policy, the spread, the rule pack and a digest of the data that does not depend on the policy", () => {
    const markets = [market("M1", "2026-03-01", "2026-04-30", 100)];
    const lines = [line("2026-03-01", "2026-03-31", 31)];
    const a = run(markets, lines, { policy: "pro-rata" });
    const b = run(markets, lines, { policy: "earliest-end", spread: "workdays" });
    expect(a).toMatchObject({
      policy: "pro-rata",
      spread: "calendar",
      rulePack: "test",
      inputDigest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    expect(b.inputDigest).toBe(a.inputDigest);
    expect(run(markets, [line("2026-03-01", "2026-03-31", 30)]).inputDigest).not.toBe(a.inputDigest);
  });
});
