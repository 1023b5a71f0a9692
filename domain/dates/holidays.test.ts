import national from "./calendar-national.json";
import { dayFromIso, isoFromDay, weekdayOf } from "./day";
import { easterSunday, holidaysOfYear, WorkdayCalendar, type HolidayRule } from "./holidays";

const rules = national.holidays as HolidayRule[];
const d = dayFromIso;

describe("Easter", () => {
  // Published dates of Easter Sunday (Western churches).
  it.each([
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
  ])("falls in %i on %s", (year, iso) => {
    expect(isoFromDay(easterSunday(year))).toBe(iso);
  });
});

describe("French public holidays", () => {
  it("lists the eleven national holidays of 2026", () => {
    expect(holidaysOfYear(2026, rules).map(isoFromDay)).toEqual([
      "2026-01-01",
      "2026-04-06",
      "2026-05-01",
      "2026-05-08",
      "2026-05-14",
      "2026-05-25",
      "2026-07-14",
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-25",
    ]);
  });

  it("adds Good Friday and 26 December in Alsace-Moselle only", () => {
    const alsace = holidaysOfYear(2026, rules, "alsace-moselle").map(isoFromDay);
    expect(alsace).toContain("2026-04-03");
    expect(alsace).toContain("2026-12-26");
    expect(alsace).toHaveLength(13);
  });
});

describe("working days", () => {
  const calendar = new WorkdayCalendar(rules);

  it("counts Monday to Friday, both ends included", () => {
    expect(calendar.countWorkdays(d("2026-03-02"), d("2026-03-08"))).toBe(5);
    expect(calendar.countWorkdays(d("2026-03-07"), d("2026-03-08"))).toBe(0);
    expect(calendar.countWorkdays(d("2026-03-06"), d("2026-03-06"))).toBe(1);
    expect(calendar.countWorkdays(d("2026-03-06"), d("2026-03-05"))).toBe(0);
  });

  it("skips holidays that fall on weekdays", () => {
    // May 2026: 21 weekdays, minus 1 May (Fri), 8 May (Fri), Ascension 14 May (Thu), Pentecost Monday 25 May.
    expect(calendar.countWorkdays(d("2026-05-01"), d("2026-05-31"))).toBe(17);
    expect(calendar.isWorkday(d("2026-07-14"))).toBe(false);
    expect(calendar.isWorkday(d("2026-07-15"))).toBe(true);
    // 15 August 2026 is a Saturday: it removes nothing.
    expect(calendar.countWorkdays(d("2026-08-10"), d("2026-08-16"))).toBe(5);
  });

  it("agrees with a day-by-day count over several years", () => {
    const start = d("2025-11-20");
    const end = d("2028-02-10");
    const holidays = new Set([2025, 2026, 2027, 2028].flatMap((year) => holidaysOfYear(year, rules)));
    let walked = 0;
    for (let day = start; day <= end; day += 1) {
      const weekday = weekdayOf(day);
      if (weekday !== 0 && weekday !== 6 && !holidays.has(day)) walked += 1;
    }
    expect(calendar.countWorkdays(start, end)).toBe(walked);
  });
});
