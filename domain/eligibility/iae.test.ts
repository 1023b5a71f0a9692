import { dayFromIso } from "../dates";
import { eligibilityRulesSchema, iaeEligibility, toDayFacts, type ParticipantFacts } from ".";
import national from "./national.json";

const rules = eligibilityRulesSchema.parse(national);
const iae = (facts: Omit<ParticipantFacts, "id">) => iaeEligibility(toDayFacts({ id: "X", ...facts }), rules.iae, dayFromIso("2026-03-02"));

describe("the IAE helper", () => {
  it("needs only one level-1 criterion for every structure", () => {
    expect(iae({ benefits: [{ code: "RSA" }] })).toEqual({ level1: ["RSA"], level2: [], eligibleFor: ["ACI", "AI", "EI", "EITI", "ETTI"] });
    expect(iae({ jobSeekerSince: "2024-03-02" })).toEqual({
      level1: ["DETLD"],
      level2: [],
      eligibleFor: ["ACI", "AI", "EI", "EITI", "ETTI"],
    });
  });

  it("needs two level-2 criteria for AI and ETTI, three for ACI, EI and EITI", () => {
    expect(iae({ rqth: {}, qpv: true })).toEqual({ level1: [], level2: ["QPV", "TH"], eligibleFor: ["AI", "ETTI"] });
    expect(iae({ qpv: true })).toEqual({ level1: [], level2: ["QPV"], eligibleFor: [] });
  });

  it("counts DELD between 12 and 23 months only: at 24 months it becomes DETLD, level 1", () => {
    expect(iae({ jobSeekerSince: "2024-03-03" }).level2).toEqual(["DELD"]);
    expect(iae({ jobSeekerSince: "2024-03-02" })).toMatchObject({ level1: ["DETLD"], level2: [] });
  });

  it("does not count RSA ayants droit or ATA as level 1 (not in the platform's list)", () => {
    expect(iae({ benefits: [{ code: "RSA-ayant-droit" }, { code: "ATA" }] }).level1).toEqual([]);
  });

  it("counts an exclusive pair once when a territory's thresholds would make both hold", () => {
    const overlapping = {
      ...rules.iae,
      level2: [
        ...rules.iae.level2.filter((c) => c.code !== "DELD"),
        { code: "DELD", label: "DELD", test: { type: "jobSeekerMonths" as const, minMonths: 12 } },
      ],
    };
    const result = iaeEligibility(toDayFacts({ id: "X", jobSeekerSince: "2023-01-01" }), overlapping, dayFromIso("2026-03-02"));
    expect(result).toMatchObject({ level1: ["DETLD"], level2: [] });
  });
});
