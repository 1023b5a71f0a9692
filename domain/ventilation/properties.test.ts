/**
 * Properties of the engine on random small territories (fast-check): it agrees with the literal
 * day-by-day rule, keeps every hour, never fills a contract beyond its obligation with pooled hours,
 * credits nothing outside a contract's dates, and ignores the order of the lines.
 */
import fc from "fast-check";
import { addMonthsToDay, dayFromIso, isoFromDay } from "../dates";
import { calendarRulesSchema } from "../dates/calendar-rules";
import nationalCalendar from "../dates/calendar-national.json";
import {
  POLICIES,
  SPREADS,
  prepareInput,
  ventilate,
  type HourLineInput,
  type MarketInput,
  type Policy,
  type Spread,
  type WindowInput,
} from ".";
import { ventilateDayByDay } from "./day-by-day";
import { monthIndexOf } from "./units";

const calendar = calendarRulesSchema.parse(nationalCalendar);
// Late April: the random periods cross May's public holidays and a month boundary or two.
const ORIGIN = dayFromIso("2026-04-20");
const iso = (offset: number) => isoFromDay(ORIGIN + offset);

interface Territory {
  markets: MarketInput[];
  lines: HourLineInput[];
  windows: WindowInput[];
  policy: Policy;
  spread: Spread;
}

const marketArb = (id: string) =>
  fc
    .record({
      company: fc.constantFrom("A", "B"),
      start: fc.integer({ min: 0, max: 50 }),
      length: fc.integer({ min: 0, max: 45 }),
      obligation: fc.oneof(fc.integer({ min: 0, max: 150 }), fc.double({ min: 0, max: 150, noNaN: true })),
      pooled: fc.constantFrom(true, true, true, false),
    })
    .map(({ company, start, length, obligation, pooled }) => ({
      id,
      company,
      start: iso(start),
      end: iso(start + length),
      obligation,
      pooled,
    }));

const lineArb = fc.record({
  company: fc.constantFrom("A", "B"),
  start: fc.integer({ min: -5, max: 70 }),
  length: fc.integer({ min: 0, max: 35 }),
  hours: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 200, noNaN: true })),
  market: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 3 }),
  participant: fc.option(fc.constantFrom("P1", "P2", "P3"), { freq: 5 }),
});

const windowArb = fc.record({
  participant: fc.constantFrom("P1", "P2", "P3"),
  from: fc.option(fc.integer({ min: -5, max: 60 }), { nil: undefined }),
  length: fc.integer({ min: 0, max: 40 }),
});

const territoryArb: fc.Arbitrary<Territory> = fc
  .record({
    markets: fc
      .integer({ min: 1, max: 4 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => marketArb(`M${index + 1}`)))),
    lines: fc.array(lineArb, { maxLength: 8 }),
    windows: fc.array(windowArb, { maxLength: 3 }),
    policy: fc.constantFrom(...POLICIES),
    spread: fc.constantFrom(...SPREADS),
  })
  .map(({ markets, lines, windows, policy, spread }) => ({
    markets,
    policy,
    spread,
    lines: lines.map(({ company, start, length, hours, market, participant }) => {
      // A direct line names a contract of its own company (anything else is an input error, tested elsewhere).
      const target = market === null ? undefined : markets[market % markets.length];
      return {
        company: target ? target.company : company,
        start: iso(start),
        end: iso(start + length),
        hours,
        ...(target ? { market: target.id } : {}),
        ...(participant === null ? {} : { participant }),
      };
    }),
    windows: windows.map(({ participant, from, length }) =>
      from === undefined ? { participant, until: iso(length) } : { participant, from: iso(from), until: iso(from + length) },
    ),
  }));

function engine(territory: Territory, detail = false) {
  const prepared = prepareInput(territory);
  return {
    prepared,
    result: ventilate(prepared, { policy: territory.policy, spread: territory.spread, calendar, rulePack: "test", detail }),
  };
}

const close = (actual: number, expected: number) => Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));

describe("the ventilation engine on random territories", () => {
  it("equals the literal day-by-day rule, per contract, company, participant and month", () => {
    fc.assert(
      fc.property(territoryArb, (territory) => {
        const { prepared, result } = engine(territory, true);
        const reference = ventilateDayByDay(prepared, territory.policy, territory.spread, calendar);
        result.markets.forEach((market, index) => {
          expect(close(market.direct, reference.direct[index] as number)).toBe(true);
          expect(close(market.ventilated, reference.ventilated[index] as number)).toBe(true);
        });
        result.companies.forEach((company, index) => {
          expect(close(company.excess, reference.excess[index] as number)).toBe(true);
          expect(close(company.outOfPeriod, reference.outOfPeriod[index] as number)).toBe(true);
          expect(close(company.notCountable, reference.notCountable[index] as number)).toBe(true);
        });
        const detail = new Map<string, number>();
        for (const allocation of result.allocations ?? []) {
          const month = monthIndexOf(dayFromIso(`${allocation.month}-01`));
          detail.set(`${allocation.market}|${allocation.participant ?? ""}|${month}|${allocation.kind}`, allocation.hours);
        }
        for (const key of new Set([...detail.keys(), ...reference.allocations.keys()])) {
          expect([key, close(detail.get(key) ?? 0, reference.allocations.get(key) ?? 0)]).toEqual([key, true]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("keeps every hour: direct + ventilated + excess + out of period + not countable = input, per company", () => {
    fc.assert(
      fc.property(territoryArb, (territory) => {
        for (const company of engine(territory).result.companies) {
          const accounted = company.direct + company.ventilated + company.excess + company.outOfPeriod + company.notCountable;
          expect(Math.abs(accounted - company.hours)).toBeLessThanOrEqual(1e-6 * Math.max(1, company.hours));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never pushes a contract above its obligation with pooled hours, and gives nothing to unpooled contracts", () => {
    fc.assert(
      fc.property(territoryArb, (territory) => {
        for (const market of engine(territory).result.markets) {
          expect(market.ventilated).toBeLessThanOrEqual(market.obligation * (1 + 1e-12) + 1e-9);
          if (!market.pooled) expect(market.ventilated).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("credits nothing outside a contract's dates", () => {
    fc.assert(
      fc.property(territoryArb, (territory) => {
        const calendarOnly = { ...territory, spread: "calendar" as const };
        const { prepared, result } = engine(calendarOnly, true);
        result.markets.forEach((market, index) => {
          const { start, end, company } = prepared.markets[index] as { start: number; end: number; company: number };
          // What the company's lines hold on the contract's days bounds what the contract can receive.
          let available = 0;
          for (let line = 0; line < prepared.lines.count; line += 1) {
            if (prepared.lines.company[line] !== company) continue;
            const from = prepared.lines.start[line] as number;
            const to = prepared.lines.end[line] as number;
            const overlap = Math.min(to, end) - Math.max(from, start) + 1;
            if (overlap > 0) available += ((prepared.lines.hours[line] as number) * overlap) / (to - from + 1);
          }
          expect(market.total).toBeLessThanOrEqual(available * (1 + 1e-9) + 1e-9);
          for (const allocation of result.allocations ?? []) {
            if (allocation.market !== market.id) continue;
            expect(allocation.month >= isoFromDay(start).slice(0, 7) && allocation.month <= isoFromDay(end).slice(0, 7)).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the lines", () => {
    fc.assert(
      fc.property(territoryArb, fc.integer(), (territory, seed) => {
        const shuffled = { ...territory, lines: shuffle(territory.lines, seed) };
        const before = engine(territory).result;
        const after = engine(shuffled).result;
        after.markets.forEach((market, index) => expect(close(market.total, before.markets[index]?.total ?? NaN)).toBe(true));
        after.companies.forEach((company) => {
          const same = before.companies.find((candidate) => candidate.company === company.company);
          expect(close(company.excess, same?.excess ?? NaN) && close(company.outOfPeriod, same?.outOfPeriod ?? NaN)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("long periods", () => {
  it("are exact: ten years of one line over four staggered contracts, under every policy", () => {
    const start = dayFromIso("2026-01-01");
    const markets: MarketInput[] = [0, 1, 2, 3].map((index) => ({
      id: `M${index}`,
      company: "X",
      start: isoFromDay(addMonthsToDay(start, 24 * index)),
      end: isoFromDay(addMonthsToDay(start, 24 * index + 36) - 1),
      obligation: 1000 + 250 * index,
      pooled: true,
    }));
    const lines: HourLineInput[] = [{ company: "X", start: "2026-01-01", end: "2035-12-31", hours: 3652 * 2 }];
    for (const policy of POLICIES) {
      const prepared = prepareInput({ markets, lines });
      const result = ventilate(prepared, { policy, spread: "calendar", rulePack: "test" });
      const reference = ventilateDayByDay(prepared, policy, "calendar");
      result.markets.forEach((market, index) => expect(market.ventilated).toBeCloseTo(reference.ventilated[index] as number, 6));
    }
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let index = out.length - 1; index > 0; index -= 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const other = state % (index + 1);
    [out[index], out[other]] = [out[other] as T, out[index] as T];
  }
  return out;
}
