/**
 * The minima sociaux of the domain reference (§ 2.2, row 4: ASS, AI, AAH, allocation d'invalidité)
 * and the validity dates of the ATA.
 */
import { dayFromIso } from "../dates";
import { eligibilityRulesSchema, evaluatePeople, readPeople } from ".";
import national from "./national.json";

const rules = eligibilityRulesSchema.parse(national);
const today = dayFromIso("2026-11-26");
const run = (json: unknown) => evaluatePeople(readPeople(json, rules, today), rules, "national@test", today);

describe("allocation d'insertion and allocation d'invalidité", () => {
  it("are accepted by code or label and make the person MINIMA (they were refused as unknown codes)", () => {
    const result = run({
      date: "2026-03-02",
      people: [
        { id: "I", benefits: ["AI"] },
        { id: "V", benefits: ["invalidite"] },
        { id: "L", benefits: ["Allocation d'invalidité"] },
        { id: "N", benefits: ["Allocation d'insertion (AI)"] },
      ],
    });
    expect(result.people.map((person) => [person.id, person.criteria])).toEqual([
      ["I", ["MINIMA"]],
      ["V", ["MINIMA"]],
      ["L", ["MINIMA"]],
      ["N", ["MINIMA"]],
    ]);
  });

  it("carry their source in the pack", () => {
    for (const code of ["AI", "invalidite"]) {
      const entry = rules.benefits.find((benefit) => benefit.code === code);
      expect(entry).toMatchObject({ confirmed: true, source: expect.stringContaining("APECA") });
    }
  });
});

describe("the ATA counts only between its validity dates", () => {
  it("has its dates, unconfirmed", () => {
    expect(rules.benefits.find((benefit) => benefit.code === "ATA")).toMatchObject({
      validFrom: "2006-11-16",
      validTo: "2018-08-31",
      confirmed: false,
    });
  });

  it.each([
    ["2006-11-15", false],
    ["2006-11-16", true],
    ["2018-08-31", true],
    ["2018-09-01", false],
    ["2026-03-02", false],
  ])("an open ATA on %s: MINIMA = %s", (date, expected) => {
    const result = run({ date, people: [{ id: "T", benefits: [{ code: "ATA", from: "2000-01-01" }] }] });
    expect(result.people[0]?.criteria.includes("MINIMA")).toBe(expected);
  });
});
