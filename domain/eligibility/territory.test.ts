/**
 * People as part of the territory JSON every command reads: exits (« sorties ») for the bilans,
 * what the retention purge leaves, and the countable windows `ventilate` and `report` apply.
 */
import { dayFromIso } from "../dates";
import { decodeTable, encodeTable, participantsTable } from "../workbook";
import { eligibilityRulesSchema, factsFromRecord, peopleWindows, readPeople, recordFromFacts, type ParticipantFacts } from ".";
import national from "./national.json";

const rules = eligibilityRulesSchema.parse(national);
const today = dayFromIso("2026-11-26");

const claire: ParticipantFacts = {
  id: "C",
  birthDate: "1979-09-20",
  sex: "F",
  qualificationLevel: 5,
  jobSeekerSince: "2025-07-01",
  firstClauseEntry: "2026-03-02",
  exit: { date: "2026-10-31", situation: "CDI", after6Months: "CDI" },
};
const neverEligible: ParticipantFacts = { id: "N", birthDate: "1980-01-01", firstClauseEntry: "2026-01-05" };
const purged: ParticipantFacts = {
  id: "P",
  sex: "M",
  qpv: true,
  firstClauseEntry: "2020-01-06",
  purged: { on: "2026-11-26", ageBand: "26-49", countableFrom: "2020-01-06", countableUntil: "2021-12-31" },
};

describe("the people of a territory", () => {
  it("are read from the whole territory JSON, contracts and hour lines included", () => {
    const read = readPeople({ markets: [{ id: "M1" }], lines: [], policy: "pro-rata", people: [claire, purged] }, rules, today);
    expect(read.people.map((person) => person.id)).toEqual(["C", "P"]);
    expect(read.people[0]?.exit).toEqual({ date: "2026-10-31", situation: "CDI", after6Months: "CDI" });
  });

  it("still name an unknown top-level field", () => {
    expect(() => readPeople({ people: [], lignes: [] }, rules, today)).toThrow("Champ inconnu : « lignes » (faute de frappe ?)");
  });

  it("give one countable window each: evaluated, empty for someone never eligible, recorded for someone purged", () => {
    expect(peopleWindows({ people: [claire, neverEligible, purged] }, rules, today)).toEqual([
      { participant: "C", from: "2026-07-01", reason: "éligible à partir du 01/07/2026" },
      {
        participant: "N",
        from: "2026-01-05",
        until: "2026-01-04",
        reason: "non éligible d'après sa fiche au 05/01/2026 : aucune heure comptabilisable",
      },
      { participant: "P", from: "2020-01-06", until: "2021-12-31", reason: "fenêtre conservée lors de la purge du 26/11/2026" },
    ]);
  });
});

describe("the Participants table", () => {
  it("keeps exits and what the purge leaves through a round trip", () => {
    for (const facts of [claire, purged]) {
      const [row] = decodeTable(participantsTable, encodeTable(participantsTable, [recordFromFacts(facts)])).rows;
      expect(factsFromRecord(row?.values ?? {}, rules, today).facts).toEqual(facts);
    }
  });

  it("reads the exit columns by their French headers", () => {
    const decoded = decodeTable(participantsTable, [
      ["Participant", "Date de sortie", "Situation à la sortie", "Situation à 6 mois"],
      ["P1", "31/10/2026", "CDD-MOINS-6M", ""],
    ]);
    expect(factsFromRecord(decoded.rows[0]?.values ?? {}, rules, today).facts.exit).toEqual({
      date: "2026-10-31",
      situation: "CDD-MOINS-6M",
    });
  });
});
