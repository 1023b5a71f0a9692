import { dayFromIso } from "../dates";
import { mergeRule } from "../rules";
import { eligibilityRulesSchema, evaluateParticipant, type EligibilityRules, type ParticipantFacts } from ".";
import national from "./national.json";

const rules = eligibilityRulesSchema.parse(national);
const d = dayFromIso;
const on = (facts: ParticipantFacts, date: string, pack: EligibilityRules = rules) => evaluateParticipant(facts, pack, d(date));
const withPatch = (patch: unknown) => eligibilityRulesSchema.parse(mergeRule(national, patch));

// Domain reference, § 7, example 2 (reference date 2 March 2026).
const amina: ParticipantFacts = {
  id: "A",
  birthDate: "2001-05-10",
  qualificationLevel: 3,
  schoolLeftDate: "2019-07-01",
  jobSeekerSince: "2025-10-01",
  qpv: true,
};
const bernard: ParticipantFacts = { id: "B", birthDate: "1973-01-15", qualificationLevel: 3, jobSeekerSince: "2024-06-01", qpv: false };
const claire: ParticipantFacts = { id: "C", birthDate: "1979-09-20", qualificationLevel: 5, jobSeekerSince: "2025-07-01", qpv: false };

describe("example 2 of the domain reference, on 2 March 2026", () => {
  it("Amina is eligible as a young person, with the QPV priority, and IAE-eligible everywhere", () => {
    expect(on(amina, "2026-03-02")).toMatchObject({
      eligible: true,
      main: "JEUNE",
      criteria: ["JEUNE"],
      priority: ["QPV"],
      eligibleFrom: null,
      countableUntil: null,
      iae: { level1: [], level2: ["JEUNE", "NIVEAU_3", "QPV"], eligibleFor: ["ACI", "AI", "EI", "EITI", "ETTI"] },
    });
  });

  it("Amina is not DELD: 5 months of registration", () => {
    expect(on(amina, "2026-03-02").criteria).not.toContain("DELD");
  });

  it("Bernard is eligible as DELD (21 months), with senior as a second criterion, and IAE-eligible everywhere", () => {
    expect(on(bernard, "2026-03-02")).toMatchObject({
      eligible: true,
      main: "DELD",
      criteria: ["DELD", "SENIOR"],
      priority: [],
      iae: { level1: [], level2: ["DELD", "NIVEAU_3", "SENIOR"], eligibleFor: ["ACI", "AI", "EI", "EITI", "ETTI"] },
    });
  });

  it("without his BEP, Bernard would be IAE-eligible for AI and ETTI only", () => {
    const { qualificationLevel: _level, ...withoutLevel } = bernard;
    expect(on(withoutLevel, "2026-03-02").iae).toEqual({ level1: [], level2: ["DELD", "SENIOR"], eligibleFor: ["AI", "ETTI"] });
  });

  it("Claire is not eligible, becomes DELD on 1 July 2026, and a derogation is possible", () => {
    expect(on(claire, "2026-03-02")).toMatchObject({
      eligible: false,
      main: null,
      criteria: [],
      eligibleFrom: "2026-07-01",
      derogationPossible: true,
      iae: { level1: [], level2: [], eligibleFor: [] },
    });
  });

  it("Claire re-checked on 1 July 2026 is eligible, since that very day", () => {
    expect(on(claire, "2026-07-01")).toMatchObject({ eligible: true, criteria: ["DELD"], eligibleFrom: null, eligibleSince: "2026-07-01" });
  });
});

describe("anniversaries falling exactly on the reference date", () => {
  it("12 months of registration are reached on the anniversary, not the day before", () => {
    const person = { id: "X", jobSeekerSince: "2025-03-02" };
    expect(on(person, "2026-03-01")).toMatchObject({ eligible: false, eligibleFrom: "2026-03-02" });
    expect(on(person, "2026-03-02")).toMatchObject({ eligible: true, criteria: ["DELD"] });
  });

  it("24 months make a very-long-term job seeker on the anniversary", () => {
    const person = { id: "X", jobSeekerSince: "2024-03-02" };
    expect(on(person, "2026-03-01").criteria).toEqual(["DELD"]);
    expect(on(person, "2026-03-02")).toMatchObject({ criteria: ["DELD", "DETLD"], main: "DETLD" });
  });

  it("a registration of 31 January reaches 12 months on 31 January, whatever the month lengths", () => {
    const person = { id: "X", jobSeekerSince: "2025-01-31" };
    expect(on(person, "2026-01-30").eligible).toBe(false);
    expect(on(person, "2026-01-31").eligible).toBe(true);
  });

  it("a young person stops being one on their 26th birthday", () => {
    const person = { id: "X", birthDate: "2000-03-02", schoolLeftDate: "2018-07-01" };
    expect(on(person, "2026-03-01").criteria).toEqual(["JEUNE"]);
    expect(on(person, "2026-03-02")).toMatchObject({ eligible: false, eligibleFrom: null });
  });

  it("a job seeker becomes senior on their 50th birthday", () => {
    const person = { id: "X", birthDate: "1976-03-02", jobSeekerSince: "2025-12-01" };
    expect(on(person, "2026-03-01")).toMatchObject({ eligible: false, eligibleFrom: "2026-03-02" });
    expect(on(person, "2026-03-02").criteria).toEqual(["SENIOR"]);
  });

  it("six months out of school are reached on the day, then the young person qualifies", () => {
    const person = { id: "X", birthDate: "2007-01-01", schoolLeftDate: "2025-09-02" };
    expect(on(person, "2026-03-01")).toMatchObject({ eligible: false, eligibleFrom: "2026-03-02" });
    expect(on(person, "2026-03-02").criteria).toEqual(["JEUNE"]);
  });

  it("someone born on 29 February turns 26 on 1 March of a common year (les-emplois: birthdate > today − 26 years)", () => {
    const person = { id: "X", birthDate: "2000-02-29", schoolLeftDate: "2018-07-01" };
    expect(on(person, "2026-02-28").eligible).toBe(true);
    expect(on(person, "2026-03-01").eligible).toBe(false);
  });

  it("a young person who turns 26 before leaving school for 6 months never qualifies", () => {
    const person = { id: "X", birthDate: "2000-05-01", schoolLeftDate: "2026-01-15" };
    expect(on(person, "2026-03-02")).toMatchObject({ eligible: false, eligibleFrom: null });
  });
});

describe("dated facts", () => {
  it("RQTH counts between its dates, both included", () => {
    const person = { id: "X", rqth: { from: "2026-03-02", to: "2026-12-31" } };
    expect(on(person, "2026-03-01")).toMatchObject({ eligible: false, eligibleFrom: "2026-03-02" });
    expect(on(person, "2026-12-31").criteria).toEqual(["TH"]);
    expect(on(person, "2027-01-01")).toMatchObject({ eligible: false, eligibleFrom: null });
  });

  it("a benefit without dates counts; a benefit that ended does not", () => {
    expect(on({ id: "X", benefits: [{ code: "RSA" }] }, "2026-03-02").criteria).toEqual(["MINIMA"]);
    expect(on({ id: "X", benefits: [{ code: "ASS", to: "2025-12-31" }] }, "2026-03-02").eligible).toBe(false);
    expect(on({ id: "X", benefits: [{ code: "AAH", from: "2026-04-01" }] }, "2026-03-02").eligibleFrom).toBe("2026-04-01");
  });

  it("a derogation counts from the day the facilitator validated it, not before, and never without validation", () => {
    const reason = "Avis motivé de la Mission locale";
    expect(on({ ...claire, derogation: { reason, validatedOn: "2026-03-02" } }, "2026-03-02")).toMatchObject({
      eligible: true,
      criteria: ["DEROGATION"],
      derogationPending: false,
    });
    expect(on({ ...claire, derogation: { reason, validatedOn: "2026-04-15" } }, "2026-03-02")).toMatchObject({
      eligible: false,
      eligibleFrom: "2026-04-15",
      derogationPending: true,
    });
    expect(on({ ...claire, derogation: { reason } }, "2026-03-02")).toMatchObject({ eligible: false, derogationPending: true });
  });

  it("a structure or a programme qualifies from the start, with no recorded start date", () => {
    expect(on({ id: "X", birthDate: "1998-08-08", structure: "ETTI" }, "2026-03-02")).toMatchObject({
      criteria: ["SIAE"],
      eligibleSince: null,
    });
    expect(on({ id: "X", structure: "ESAT" }, "2026-03-02").criteria).toEqual(["SECTEUR_ADAPTE"]);
    expect(on({ id: "X", programmes: ["E2C"] }, "2026-03-02").criteria).toEqual(["DISPOSITIF"]);
    expect(on({ id: "X", programmes: ["CEJ"] }, "2026-03-02").eligible).toBe(false);
  });

  it("nobody qualifies before being born", () => {
    expect(on({ id: "X", birthDate: "2026-05-01", structure: "EI" }, "2026-03-02")).toMatchObject({
      eligible: false,
      eligibleFrom: "2026-05-01",
    });
  });
});

describe("what the pane needs besides the contract", () => {
  it("says which missing fact keeps a young person from qualifying", () => {
    expect(on({ id: "X", birthDate: "2001-05-10" }, "2026-03-02").missing).toEqual(["schoolLeftDate"]);
    expect(on({ id: "X" }, "2026-03-02").missing).toEqual(["birthDate"]);
  });
});

describe("a territory pack", () => {
  it("sets a counting window: 24 months after the first entry, last day included", () => {
    const pack = withPatch({ countingWindow: { months: 24, source: "Charte PLIE Sud 2026", confirmed: true } });
    expect(on({ ...amina, firstClauseEntry: "2026-03-02" }, "2026-03-02", pack).countableUntil).toBe("2028-03-01");
    expect(on(amina, "2026-03-02", pack).countableUntil).toBeNull();
    expect(on({ ...claire, firstClauseEntry: "2026-03-02" }, "2026-03-02", pack)).toMatchObject({
      eligibleFrom: "2026-07-01",
      countableUntil: "2028-03-01",
    });
  });

  it("changes thresholds: seniors from 45", () => {
    const pack = withPatch({ criteria: [{ code: "SENIOR", test: { type: "age", minAge: 45, jobSeeker: true } }] });
    expect(on(claire, "2026-03-02", pack).criteria).toEqual(["SENIOR"]);
  });

  it("asks for a qualification level instead of, or in addition to, the school condition", () => {
    const young = { id: "X", birthDate: "2005-01-01", schoolLeftDate: "2023-06-30", qualificationLevel: 4 };
    // A territory replaces a criterion's test as a whole (coded entries merge field by field).
    const youth = { type: "youth", maxAgeExclusive: 26, schoolLeftMinMonths: 6, maxQualificationLevel: 3 };
    const condition = (value: string) => withPatch({ criteria: [{ code: "JEUNE", test: { ...youth, condition: value } }] });
    expect(on(young, "2026-03-02", condition("school")).eligible).toBe(true);
    expect(on(young, "2026-03-02", condition("qualification")).eligible).toBe(false);
    expect(on(young, "2026-03-02", condition("school-and-qualification")).eligible).toBe(false);
    expect(on({ ...young, qualificationLevel: 3 }, "2026-03-02", condition("school-and-qualification")).eligible).toBe(true);
    expect(
      on({ ...young, schoolLeftDate: undefined, qualificationLevel: 3 }, "2026-03-02", condition("school-or-qualification")).eligible,
    ).toBe(true);
  });

  it("makes QPV a criterion (ANRU operations), adds a programme and withdraws the derogation", () => {
    const pack = withPatch({
      criteria: [
        { code: "QPV", kind: "criterion" },
        { code: "DISPOSITIF", test: { type: "programme", programmes: ["PLIE", "E2C", "EPIDE", "CEJ"] } },
        { code: "DEROGATION", remove: true },
      ],
    });
    expect(on(amina, "2026-03-02", pack)).toMatchObject({ criteria: ["JEUNE", "QPV"], priority: [] });
    expect(on({ id: "X", programmes: ["CEJ"] }, "2026-03-02", pack).criteria).toEqual(["DISPOSITIF"]);
    expect(on(claire, "2026-03-02", pack).derogationPossible).toBe(false);
  });

  it("ends a criterion from a date on", () => {
    const pack = withPatch({ criteria: [{ code: "TH", validTo: "2026-06-30" }] });
    const person = { id: "X", rqth: { from: "2020-01-01" } };
    expect(on(person, "2026-06-30", pack).eligible).toBe(true);
    expect(on(person, "2026-07-01", pack).eligible).toBe(false);
  });

  it("is refused when a criterion names a benefit the pack no longer lists", () => {
    const attempt = () => withPatch({ benefits: [{ code: "ATA", remove: true }] });
    expect(attempt).toThrow(/minimum\(s\) social\(aux\) inconnu\(s\) : ATA/);
  });
});
