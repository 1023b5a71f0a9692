import { dayFromIso } from "../dates";
import { ValidationFailed } from "../errors";
import { countableWindows, eligibilityRulesSchema, evaluateAll, evaluatePeople, readPeople } from ".";
import national from "./national.json";

const rules = eligibilityRulesSchema.parse(national);
const today = dayFromIso("2026-11-26");
const run = (json: unknown, date?: string) =>
  evaluatePeople(readPeople(json, rules, today, date === undefined ? undefined : dayFromIso(date)), rules, "national@test", today);

const example2 = {
  date: "2026-03-02",
  people: [
    {
      id: "A",
      birthDate: "2001-05-10",
      sex: "F",
      qualificationLevel: 3,
      schoolLeftDate: "2019-07-01",
      jobSeekerSince: "2025-10-01",
      qpv: true,
    },
    { id: "B", birthDate: "1973-01-15", sex: "M", qualificationLevel: 3, jobSeekerSince: "2024-06-01", qpv: false },
    { id: "C", birthDate: "1979-09-20", sex: "F", qualificationLevel: 5, jobSeekerSince: "2025-07-01", qpv: false },
  ],
};

function problems(json: unknown, date?: string): string[] {
  try {
    run(json, date);
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error("expected the input to be refused");
}

describe("the CLI contract", () => {
  it("answers example 2 exactly in the contract's shape", () => {
    expect(run(example2)).toEqual({
      date: "2026-03-02",
      rulePack: "national@test",
      people: [
        {
          id: "A",
          eligible: true,
          criteria: ["JEUNE"],
          priority: ["QPV"],
          eligibleFrom: null,
          countableUntil: null,
          iae: { level1: [], level2: ["JEUNE", "NIVEAU_3", "QPV"], eligibleFor: ["ACI", "AI", "EI", "EITI", "ETTI"] },
        },
        {
          id: "B",
          eligible: true,
          criteria: ["DELD", "SENIOR"],
          priority: [],
          eligibleFrom: null,
          countableUntil: null,
          iae: { level1: [], level2: ["DELD", "NIVEAU_3", "SENIOR"], eligibleFor: ["ACI", "AI", "EI", "EITI", "ETTI"] },
        },
        {
          id: "C",
          eligible: false,
          criteria: [],
          priority: [],
          eligibleFrom: "2026-07-01",
          countableUntil: null,
          iae: { level1: [], level2: [], eligibleFor: [] },
        },
      ],
      // Issue 12: results state the counting window and the unconfirmed rules they used.
      countingWindow: {
        months: null,
        start: "first-entry",
        explanation: "aucune durée de comptabilisation fixée par le paquet : les heures comptent sans limite de durée",
        confirmed: false,
      },
      confirmed: false,
      unconfirmed: expect.arrayContaining([expect.stringMatching(/^critère MINIMA .*élément à confirmer : ATA/)]),
    });
  });

  it("lets --date win over the input's date", () => {
    expect(run(example2, "2026-07-01").people.find((person) => person.id === "C")).toMatchObject({ eligible: true, criteria: ["DELD"] });
  });

  it("without any date, evaluates each person on their first clause entry (else today) and says so per person", () => {
    const result = run({
      people: [
        { ...example2.people[2], firstClauseEntry: "2026-07-01" },
        { id: "D", structure: "ACI" },
      ],
    });
    expect(result.date).toBeNull();
    expect(result.people.map(({ id, date, eligible }) => ({ id, date, eligible }))).toEqual([
      { id: "C", date: "2026-07-01", eligible: true },
      { id: "D", date: "2026-11-26", eligible: true },
    ]);
  });
});

describe("for other commands reading people", () => {
  it("gives the countable windows of a JSON list of people", () => {
    const windows = countableWindows(evaluateAll(readPeople(example2, rules, today), rules, today));
    expect(windows.map(({ participant, from }) => [participant, from])).toEqual([
      ["A", "2020-01-01"],
      ["B", "2024-06-01"],
      ["C", "2026-07-01"],
    ]);
  });
});

describe("bad input", () => {
  it("names the person and the field of an impossible date, an unknown code and a birth in the future", () => {
    expect(
      problems({
        people: [
          { id: "A", birthDate: "2001-02-30" },
          { id: "B", benefits: ["RSA", "RMI"] },
          { id: "C", birthDate: "2027-01-01" },
        ],
      }),
    ).toEqual([
      "people[0].birthDate (personne « A ») : doit être une date AAAA-MM-JJ qui existe",
      "people[1].benefits[1] (personne « B ») : minimum social inconnu « RMI » (codes possibles : RSA, RSA-ayant-droit, ASS, AI, AAH, invalidite, ATA)",
      "people[2].birthDate (personne « C ») : la date de naissance est dans le futur (aujourd'hui : 2026-11-26)",
    ]);
  });

  it("reports typos in field names, a missing id, duplicates and a birth after the reference date", () => {
    expect(
      problems({
        date: "2000-01-01",
        people: [{ id: "A", birthdate: "2001-05-10" }, { qpv: true }, { id: "E", birthDate: "2001-05-10" }, { id: "E" }],
      }),
    ).toEqual([
      "people[0] (personne « A ») : champ inconnu : « birthdate » (faute de frappe ?)",
      "people[1].id (personne n° 2) : est obligatoire",
      "people[2].birthDate (personne « E ») : la personne n'est pas née à la date de référence (2000-01-01)",
      "people[3].id : l'identifiant « E » apparaît deux fois",
    ]);
  });

  it("refuses a reversed RQTH or benefit period", () => {
    expect(
      problems({
        people: [
          { id: "A", rqth: { from: "2026-01-01", to: "2025-01-01" }, benefits: [{ code: "AAH", from: "2026-01-01", to: "2025-12-31" }] },
        ],
      }),
    ).toEqual([
      "people[0].rqth.to (personne « A ») : la fin de la RQTH précède son début",
      "people[0].benefits[0].to (personne « A ») : la fin de ce droit précède son début",
    ]);
  });
});
