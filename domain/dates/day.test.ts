import fc from "fast-check";
import {
  dayFromIso,
  dayFromIsoText,
  dayFromParts,
  isoFromDay,
  monthKeyOf,
  partsOfDay,
  startOfMonthDay,
  startOfNextMonthDay,
  todayDay,
  tryDayFromIso,
  weekdayOf,
} from "./day";
import { dayFromExcelSerial, excelSerialFromDay } from "./excel-serial";

describe("days", () => {
  it("reads and writes ISO dates", () => {
    expect(dayFromIso("1970-01-01")).toBe(0);
    expect(dayFromIso("2026-03-02")).toBe(20514);
    expect(isoFromDay(20514)).toBe("2026-03-02");
    expect(partsOfDay(20514)).toEqual({ year: 2026, month: 3, day: 2 });
  });

  it("refuses impossible dates instead of rolling them over", () => {
    expect(tryDayFromIso("2026-02-29")).toBeNull();
    expect(tryDayFromIso("2028-02-29")).not.toBeNull();
    expect(dayFromParts(2026, 4, 31)).toBeNull();
    expect(tryDayFromIso("2026-3-2")).toBeNull();
    expect(() => dayFromIso("2026-13-01", "markets[0].start")).toThrow(
      "markets[0].start : la date « 2026-13-01 » n'existe pas ou n'est pas au format AAAA-MM-JJ",
    );
  });

  it("knows weekdays and months", () => {
    expect(weekdayOf(dayFromIso("2026-03-02"))).toBe(1);
    expect(weekdayOf(dayFromIso("2026-03-08"))).toBe(0);
    expect(monthKeyOf(dayFromIso("2026-03-31"))).toBe("2026-03");
    expect(isoFromDay(startOfMonthDay(dayFromIso("2026-03-17")))).toBe("2026-03-01");
    expect(isoFromDay(startOfNextMonthDay(dayFromIso("2026-12-17")))).toBe("2027-01-01");
  });

  it("takes today in Paris, not in UTC", () => {
    expect(isoFromDay(todayDay(new Date("2026-03-01T23:30:00Z")))).toBe("2026-03-02");
    expect(isoFromDay(todayDay(new Date("2026-07-01T21:59:00Z")))).toBe("2026-07-01");
  });
});

describe("Excel serials (1900 system)", () => {
  it.each([
    ["2000-01-01", 36526],
    ["2026-03-02", 46083],
    ["1900-03-01", 61],
    ["1900-02-28", 59],
    ["1900-01-01", 1],
  ])("%s is serial %i, both ways", (iso, serial) => {
    expect(dayFromExcelSerial(serial)).toBe(dayFromIso(iso));
    expect(excelSerialFromDay(dayFromIso(iso))).toBe(serial);
  });

  it("drops the time of day", () => {
    expect(isoFromDay(dayFromExcelSerial(46083.99) as number)).toBe("2026-03-02");
  });

  it("refuses the phantom 29 February 1900 and non-dates", () => {
    expect(dayFromExcelSerial(60)).toBeNull();
    expect(dayFromExcelSerial(0)).toBeNull();
    expect(dayFromExcelSerial(-5)).toBeNull();
    expect(dayFromExcelSerial(Number.NaN)).toBeNull();
    expect(dayFromExcelSerial(3e6)).toBeNull();
  });
});

describe("isoFromDay, computed without a Date", () => {
  it("writes every day of years 0000 to 9999 as Date#toISOString does, and the days beyond as it does too", () => {
    const byDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    const days = [-719_529, -719_528, -1, 0, 59, 60, 11_016, 20_514, 2_932_896, 2_932_897];
    for (let day = -719_528; day <= 2_932_896; day += 37) days.push(day);
    for (let day = 10_000; day <= 30_000; day += 1) days.push(day);
    expect(days.filter((day) => isoFromDay(day) !== byDate(day))).toEqual([]);
    expect(isoFromDay(20_514)).toBe("2026-03-02");
    expect(isoFromDay(-719_528)).toBe("0000-01-01");
    expect(isoFromDay(2_932_896)).toBe("9999-12-31");
  });
});

describe("the fast reading of yyyy-mm-dd", () => {
  it("gives what the definition gives (regex then dayFromParts) for every day of years 0001–2200 and for impossible or odd texts", () => {
    const pad = (value: number, width: number) => String(value).padStart(width, "0");
    for (let year = 1; year <= 2200; year += 1) {
      for (let month = 0; month <= 13; month += 1) {
        for (const day of [0, 1, 15, 28, 29, 30, 31, 32]) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (tryDayFromIso(text) !== dayFromIsoText(text)) throw new Error(`${text}: ${tryDayFromIso(text)} ≠ ${dayFromIsoText(text)}`);
        }
      }
    }
    for (const text of ["9999-12-31", "2026-1a-01", "2026/01/01", " 2026-01-0", "2026-01-01 ", "٢٠٢٦-01-01", "+002601-01", "0099-12-31"]) {
      expect([text, tryDayFromIso(text)]).toEqual([text, dayFromIsoText(text)]);
    }
  });

  it("agrees with the definition on random texts of ten characters", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9-]{4}-[0-9a]{2}-[0-9 ]{2}$/), (text) => tryDayFromIso(text) === dayFromIsoText(text)),
      { numRuns: 2000 },
    );
  });
});
