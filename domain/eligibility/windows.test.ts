import { dayFromIso } from "../dates";
import { mergeRule } from "../rules";
import {
  countableWindows,
  eligibilityRulesSchema,
  evaluateParticipant,
  upcomingDeadlines,
  validationHistory,
  type ParticipantFacts,
} from ".";
import national from "./national.json";

const rules = eligibilityRulesSchema.parse(national);
const with24Months = eligibilityRulesSchema.parse(
  mergeRule(national, { countingWindow: { months: 24, source: "Charte locale", confirmed: true } }),
);
const evaluate = (facts: ParticipantFacts, date: string, pack = rules) => evaluateParticipant(facts, pack, dayFromIso(date));

const amina: ParticipantFacts = {
  id: "P001",
  birthDate: "2001-05-10",
  qualificationLevel: 3,
  schoolLeftDate: "2019-07-01",
  qpv: true,
  firstClauseEntry: "2026-01-05",
};
const claire: ParticipantFacts = { id: "P003", birthDate: "1979-09-20", jobSeekerSince: "2025-07-01", firstClauseEntry: "2026-03-02" };
const nobody: ParticipantFacts = { id: "P009", birthDate: "1979-09-20", firstClauseEntry: "2026-03-02" };

describe("countable windows for the ventilation", () => {
  it("opens from the day the person qualifies: not before, so hours worked earlier do not count", () => {
    expect(countableWindows([evaluate(claire, "2026-03-02")])).toEqual([
      { participant: "P003", from: "2026-07-01", reason: "éligible à partir du 01/07/2026" },
    ]);
  });

  it("starts with the eligibility that covers the hire date, so a whole first month counts", () => {
    expect(countableWindows([evaluate(amina, "2026-01-05")])).toEqual([
      { participant: "P001", from: "2020-01-01", reason: "éligible depuis le 01/01/2020" },
    ]);
  });

  it("closes at the end of the counting window when the pack sets one", () => {
    expect(countableWindows([evaluate(claire, "2026-03-02", with24Months)])).toEqual([
      {
        participant: "P003",
        from: "2026-07-01",
        until: "2028-03-01",
        reason: "éligible à partir du 01/07/2026 ; comptabilisable jusqu'au 01/03/2028",
      },
    ]);
  });

  it("is empty for someone who never qualifies: from after until, so no hour counts and none is lost", () => {
    const [window] = countableWindows([evaluate(nobody, "2026-03-02")]);
    expect(window).toMatchObject({ participant: "P009", from: "2026-03-02", until: "2026-03-01" });
  });

  it("never says which criterion made a person eligible", () => {
    const people = [
      amina,
      claire,
      nobody,
      { id: "P004", benefits: [{ code: "RSA" }], qpv: true },
      { id: "P005", rqth: { from: "2024-01-01" } },
    ];
    const labels = rules.criteria.flatMap((criterion) => [criterion.code, criterion.label]);
    for (const window of countableWindows(people.map((facts) => evaluate(facts, "2026-03-02", with24Months)))) {
      for (const label of labels) expect(window.reason ?? "").not.toContain(label);
    }
  });
});

describe("deadlines within 60 days", () => {
  it("lists validations in force and counting windows that end between today and 60 days later, soonest first", () => {
    const history = validationHistory([
      { participant: "P001", validatedOn: "2026-06-01", validatedBy: "PLIE", criteria: ["JEUNE"], proofs: [], validUntil: "2026-12-31" },
      { participant: "P002", validatedOn: "2026-01-10", validatedBy: "PLIE", criteria: ["DELD"], proofs: [], validUntil: "2026-12-01" },
      // Replaced by the validation of 2026-11-01: its own end no longer matters.
      { participant: "P002", validatedOn: "2026-11-01", validatedBy: "PLIE", criteria: ["DELD"], proofs: [], validUntil: "2027-11-01" },
      { participant: "P006", validatedOn: "2026-01-10", validatedBy: "PLIE", criteria: ["SIAE"], proofs: [], validUntil: "2027-01-26" },
      { participant: "P007", validatedOn: "2026-01-10", validatedBy: "PLIE", criteria: ["MINIMA"], proofs: [], validUntil: "2027-01-27" },
    ]);
    const results = [evaluate({ id: "P008", programmes: ["E2C"], firstClauseEntry: "2025-01-10" }, "2025-01-10", with24Months)];
    expect(upcomingDeadlines(results, history, dayFromIso("2026-11-27"))).toEqual([
      { participant: "P001", kind: "validation", endsOn: "2026-12-31", daysLeft: 34 },
      { participant: "P008", kind: "counting", endsOn: "2027-01-09", daysLeft: 43 },
      { participant: "P006", kind: "validation", endsOn: "2027-01-26", daysLeft: 60 },
    ]);
  });
});
