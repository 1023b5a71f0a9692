/**
 * Ages and durations counted as the Plateforme de l'inclusion counts them (domain reference § 2.3:
 * jeune = `birthdate > today − 26 years`, senior = `birthdate <= today − 50 years`), on both sides
 * of every birthday and anniversary the pack's criteria use, 29 February included.
 */
import { dayFromIso } from "../dates";
import { eligibilityRulesSchema, evaluateParticipant, type ParticipantFacts } from ".";
import national from "./national.json";

const rules = eligibilityRulesSchema.parse(national);
const criteriaOn = (facts: ParticipantFacts, date: string) => evaluateParticipant(facts, rules, dayFromIso(date)).criteria;
const young = (birthDate: string): ParticipantFacts => ({ id: "J", birthDate, schoolLeftDate: "2015-06-30" });
const senior = (birthDate: string): ParticipantFacts => ({ id: "S", birthDate, jobSeekerSince: "2026-01-05" });
const seeker = (jobSeekerSince: string): ParticipantFacts => ({ id: "D", birthDate: "1990-05-05", jobSeekerSince });

describe("JEUNE: under 26 until the day before `today − 26 years` reaches the birth date", () => {
  it.each([
    ["2000-03-02", "2026-03-01", true],
    ["2000-03-02", "2026-03-02", false],
    // Born on 29 February: still 25 on 28 February of a common year, 26 on 1 March.
    ["2000-02-29", "2026-02-28", true],
    ["2000-02-29", "2026-03-01", false],
    // …and on 29 February itself in a leap year.
    ["2002-02-28", "2028-02-27", true],
    ["2002-02-28", "2028-02-28", false],
    ["2002-03-01", "2028-02-29", true],
    ["2002-03-01", "2028-03-01", false],
  ])("born %s, on %s: jeune = %s", (birth, date, expected) => {
    expect(criteriaOn(young(birth), date).includes("JEUNE")).toBe(expected);
  });

  it("gives 1 March as the day a 29 February birth stops being young, in the search for later dates too", () => {
    const result = evaluateParticipant({ id: "J", birthDate: "2000-02-29", schoolLeftDate: "2020-06-30" }, rules, dayFromIso("2026-02-28"));
    expect(result.eligibleSince).toBe("2020-12-30");
  });
});

describe("SENIOR: 50 once `today − 50 years` reaches the birth date", () => {
  it.each([
    ["1976-03-02", "2026-03-01", false],
    ["1976-03-02", "2026-03-02", true],
    ["1976-02-29", "2026-02-28", false],
    ["1976-02-29", "2026-03-01", true],
    ["1978-02-28", "2028-02-27", false],
    ["1978-02-28", "2028-02-28", true],
    ["1980-02-29", "2030-02-28", false],
    ["1980-02-29", "2030-03-01", true],
  ])("born %s, on %s: senior = %s", (birth, date, expected) => {
    expect(criteriaOn(senior(birth), date).includes("SENIOR")).toBe(expected);
  });

  it("finds 1 March as the first day a 29 February birth qualifies as senior", () => {
    const result = evaluateParticipant(senior("1976-02-29"), rules, dayFromIso("2026-02-01"));
    expect(result.eligibleFrom).toBe("2026-03-01");
  });
});

describe("registration (DELD 12 months, DETLD 24 months), counted back the same way", () => {
  it.each([
    ["2025-03-02", "2026-03-01", false],
    ["2025-03-02", "2026-03-02", true],
    // 12 months after 29 February 2024 are reached on 1 March 2025 (2025-03-01 − 12 months = 2024-03-01).
    ["2024-02-29", "2025-02-28", false],
    ["2024-02-29", "2025-03-01", true],
    ["2023-02-28", "2024-02-27", false],
    ["2023-02-28", "2024-02-28", true],
  ])("registered %s, on %s: DELD = %s", (since, date, expected) => {
    expect(criteriaOn(seeker(since), date).includes("DELD")).toBe(expected);
  });

  it.each([
    ["2024-03-02", "2026-03-01", "DELD"],
    ["2024-03-02", "2026-03-02", "DETLD"],
    ["2024-02-29", "2026-02-28", "DELD"],
    ["2024-02-29", "2026-03-01", "DETLD"],
  ])("registered %s, on %s: %s", (since, date, expected) => {
    expect(criteriaOn(seeker(since), date)).toContain(expected);
  });
});

describe("6 months out of school (JEUNE)", () => {
  it.each([
    ["2025-09-02", "2026-03-01", false],
    ["2025-09-02", "2026-03-02", true],
    // Six months after 31 August end on 1 March, not on the clamped 28 February.
    ["2025-08-31", "2026-02-28", false],
    ["2025-08-31", "2026-03-01", true],
    ["2027-08-31", "2028-02-29", false],
    ["2027-08-31", "2028-03-01", true],
  ])("left school %s, on %s: jeune = %s", (left, date, expected) => {
    expect(criteriaOn({ id: "J", birthDate: "2007-01-15", schoolLeftDate: left }, date).includes("JEUNE")).toBe(expected);
  });
});

it("the CLI contract: born 2000-02-29, on 2026-02-28, J is JEUNE", () => {
  expect(criteriaOn({ id: "J", birthDate: "2000-02-29", schoolLeftDate: "2020-06-30" }, "2026-02-28")).toEqual(["JEUNE"]);
});
