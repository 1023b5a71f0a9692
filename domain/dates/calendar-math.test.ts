import { UTCDate } from "@date-fns/utc";
import { addMonths } from "date-fns";
import fc from "fast-check";
import { addMonthsToDay, addYearsToDay, ageOn, firstDayLasted, hasLasted, monthsBetween } from "./calendar-math";
import { detectDateOrder, readDateCell } from "./date-cell";
import { dayFromIso, isoFromDay } from "./day";
import { containsDay, intersect, interval, intervalDays } from "./interval";

const d = dayFromIso;

describe("month arithmetic", () => {
  it("keeps the day of month, or falls back to the month's last day", () => {
    expect(isoFromDay(addMonthsToDay(d("2025-03-02"), 12))).toBe("2026-03-02");
    expect(isoFromDay(addMonthsToDay(d("2026-01-31"), 1))).toBe("2026-02-28");
    expect(isoFromDay(addYearsToDay(d("2024-02-29"), 1))).toBe("2025-02-28");
  });

  it("adds months exactly as date-fns does (end-of-month clamping, leap years, centuries, before 1970)", () => {
    const byDateFns = (day: number, months: number) => Math.round(addMonths(new UTCDate(day * 86_400_000), months).getTime() / 86_400_000);
    fc.assert(
      fc.property(fc.integer({ min: -150_000, max: 150_000 }), fc.integer({ min: -2_400, max: 2_400 }), (day, months) => {
        expect(addMonthsToDay(day, months)).toBe(byDateFns(day, months));
      }),
      { numRuns: 20_000 },
    );
    // The ends of months around February of leap, common and century years.
    for (const iso of ["2024-01-31", "2023-12-31", "1900-01-31", "2000-01-29", "2100-03-31", "1969-12-31", "1600-02-29"]) {
      for (let months = -30; months <= 30; months += 1) expect(addMonthsToDay(d(iso), months)).toBe(byDateFns(d(iso), months));
    }
  });

  it("turns a person one year older exactly on their birthday", () => {
    expect(ageOn(d("2000-03-02"), d("2026-03-01"))).toBe(25);
    expect(ageOn(d("2000-03-02"), d("2026-03-02"))).toBe(26);
    expect(ageOn(d("1976-03-02"), d("2026-03-02"))).toBe(50);
    expect(ageOn(d("2001-05-10"), d("2026-03-02"))).toBe(24);
  });

  it("counts ages back from the date, as les-emplois does: born 29 February, 26 on 1 March of a common year", () => {
    expect(ageOn(d("2000-02-29"), d("2026-02-28"))).toBe(25);
    expect(ageOn(d("2000-02-29"), d("2026-03-01"))).toBe(26);
    expect(ageOn(d("2000-02-29"), d("2024-02-29"))).toBe(24);
    expect(isoFromDay(firstDayLasted(d("2000-02-29"), 26 * 12))).toBe("2026-03-01");
    expect(hasLasted(d("2025-08-31"), d("2026-02-28"), 6)).toBe(false);
    expect(hasLasted(d("2025-08-31"), d("2026-03-01"), 6)).toBe(true);
  });

  it("counts whole months of registration, the anniversary included", () => {
    expect(monthsBetween(d("2025-03-02"), d("2026-03-01"))).toBe(11);
    expect(monthsBetween(d("2025-03-02"), d("2026-03-02"))).toBe(12);
    // Consistent with addMonthsToDay: one month after 31 January is 28 February.
    expect(monthsBetween(d("2025-01-31"), d("2025-02-27"))).toBe(0);
    expect(monthsBetween(d("2025-01-31"), d("2025-02-28"))).toBe(1);
  });
});

describe("date cells", () => {
  it("reads serials, ISO text and French text", () => {
    expect(readDateCell(46083)).toEqual({ ok: true, day: d("2026-03-02") });
    expect(readDateCell("2026-03-02")).toEqual({ ok: true, day: d("2026-03-02") });
    expect(readDateCell(" 02/03/2026 ")).toEqual({ ok: true, day: d("2026-03-02") });
    expect(readDateCell("02/03/2026", "mdy")).toEqual({ ok: true, day: d("2026-02-03") });
    expect(readDateCell(new Date(Date.UTC(2026, 2, 2)))).toEqual({ ok: true, day: d("2026-03-02") });
  });

  it("explains what it cannot read", () => {
    expect(readDateCell("31/02/2026")).toEqual({ ok: false, reason: "la date « 31/02/2026 » n'existe pas" });
    expect(readDateCell("mars 2026")).toMatchObject({ ok: false });
    expect(readDateCell("")).toEqual({ ok: false, reason: "date manquante" });
    expect(readDateCell(60)).toMatchObject({ ok: false });
  });

  it("tells an ambiguous column from one that proves its order", () => {
    expect(detectDateOrder(["02/03/2026", "25/03/2026"])).toBe("dmy");
    expect(detectDateOrder(["03/25/2026"])).toBe("mdy");
    expect(detectDateOrder(["02/03/2026", "03/04/2026"])).toBe("ambiguous");
    expect(detectDateOrder(["25/03/2026", "03/25/2026"])).toBe("conflict");
    expect(detectDateOrder([46083, "2026-03-02"])).toBe("none");
  });
});

describe("intervals (both ends inclusive)", () => {
  it("counts both ends and refuses reversed intervals", () => {
    expect(intervalDays(interval(d("2026-01-01"), d("2026-01-31")))).toBe(31);
    expect(intervalDays(interval(d("2026-01-01"), d("2026-01-01")))).toBe(1);
    expect(() => interval(d("2026-06-30"), d("2026-01-05"), "markets[0]")).toThrow(
      "markets[0] : la fin (2026-01-05) précède le début (2026-06-30)",
    );
  });

  it("shares the last day but not adjacency", () => {
    const q1 = interval(d("2026-01-01"), d("2026-03-31"));
    expect(intersect(q1, interval(d("2026-03-31"), d("2026-06-30")))).toEqual({ start: d("2026-03-31"), end: d("2026-03-31") });
    expect(intersect(q1, interval(d("2026-04-01"), d("2026-06-30")))).toBeNull();
    expect(containsDay(q1, d("2026-03-31"))).toBe(true);
    expect(containsDay(q1, d("2026-04-01"))).toBe(false);
  });
});
