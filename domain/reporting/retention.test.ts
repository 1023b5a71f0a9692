/**
 * Retention: who has had no activity for more than N years, and a purge that removes their
 * personal fields while every bilan stays the same.
 */
import { dayFromIso } from "../dates";
import { DomainError } from "../errors/domain-error";
import { decodeTable, encodeTable, hoursTable, marketsTable, participantsTable, validationsTable } from "../workbook";
import { recordFromFacts, readPeople, eligibilitySection, type ParticipantFacts } from "../eligibility";
import { sectionOf } from "../rules";
import { baseFromJson, buildBilans, purgeJson, purgeRows, reportView, retentionYears, reportingSection } from ".";
import { handTerritory, reportingTestPack } from "./test-territory";

const pack = reportingTestPack();

function externalView(set: Parameters<typeof reportView>[0]): unknown {
  try {
    return reportView(set, "buyer");
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}
// Five years after spring 2026: P1 (last hours 28 February 2026) and P2 (left 31 March 2026) are due, P4 (left 31 May 2026) is not.
const later = dayFromIso("2031-04-15");

describe("the retention report", () => {
  it("lists the people without activity for more than N years, oldest first, with the fields a purge would remove", () => {
    const { report } = purgeJson(handTerritory(), pack, later, 5, false);
    expect(report).toEqual({
      reference: "2031-04-15",
      years: 5,
      before: "2026-04-15",
      due: [
        // P3 is in people since issue 17 (a line naming nobody of people is refused): its benefit is due too.
        { participant: "P3", lastActivity: "2025-12-31", fields: ["Minima sociaux"] },
        { participant: "P1", lastActivity: "2026-02-28", fields: ["Date de naissance", "Sortie scolaire"] },
        { participant: "P2", lastActivity: "2026-03-31", fields: ["Date de naissance", "Demandeur d'emploi depuis"] },
      ],
      purged: 0,
      undated: [],
    });
  });

  it("asks for the period when the pack leaves it to the territory", () => {
    expect(() => retentionYears(sectionOf(pack, reportingSection), undefined)).toThrow(
      /^--years : la durée de conservation n'est pas fixée/,
    );
    expect(retentionYears(sectionOf(pack, reportingSection), 3)).toBe(3);
  });
});

describe("the purge", () => {
  const { territory } = purgeJson(handTerritory(), pack, later, 5, true);
  const purged = (territory as { people: ParticipantFacts[] }).people;

  it("removes birth dates, registrations and benefits, and keeps categories, exits and the countable window", () => {
    expect(purged[0]).toEqual({
      id: "P1",
      sex: "F",
      qpv: true,
      firstClauseEntry: "2026-01-01",
      purged: { on: "2031-04-15", ageBand: "moins-26", countableFrom: "2020-01-01" },
    });
    expect(purged[1]).toEqual({
      id: "P2",
      sex: "M",
      qpv: false,
      firstClauseEntry: "2026-02-01",
      exit: { date: "2026-03-31", situation: "CDI", after6Months: "CDI" },
      // Senior job seeker since his registration (1 June 2024), before being DELD.
      purged: { on: "2031-04-15", ageBand: "50-plus", countableFrom: "2024-06-01" },
    });
    expect(purged[2]).toEqual(handTerritory().people[2]);
    // The purged territory is still a valid input, and its people are reported as already purged.
    expect(purgeJson(territory, pack, later, 5, false).report).toMatchObject({ due: [], purged: 3 });
  });

  it("leaves every bilan as it was, except the criteria, which become « données purgées »", () => {
    for (const grouping of ["buyer", "contract", "company", "year"] as const) {
      const before = buildBilans(baseFromJson(handTerritory(), pack, later), pack, grouping, null);
      const after = buildBilans(baseFromJson(territory, pack, later), pack, grouping, null);
      // The buyer's view, or its refusal: this four-person territory has counts no alternative
      // territory can move (reporting.release.unproven), before the purge and after it alike.
      expect(externalView(after)).toEqual(externalView(before));
      const strip = (view: ReturnType<typeof reportView>) =>
        JSON.parse(JSON.stringify(view, (key, value) => (key === "criterion" || key === "inputDigest" ? undefined : value)));
      expect(strip(reportView(after, "facilitator"))).toEqual(strip(reportView(before, "facilitator")));
    }
    const after = buildBilans(baseFromJson(territory, pack, later), pack, null, null);
    expect(after.total.people.criterion.map((part) => [part.code, part.value])).toEqual([
      ["MINIMA", 1],
      ["PURGE", 2],
    ]);
  });

  it("gives the workbook's cells to rewrite, row by row, keyed by participant", () => {
    const json = handTerritory();
    const rows = <T extends typeof marketsTable | typeof hoursTable | typeof participantsTable | typeof validationsTable>(
      table: T,
      records: object[],
    ) => decodeTable(table, encodeTable(table, records as never)).rows;
    const people = readPeople({ people: json.people }, sectionOf(pack, eligibilitySection), later).people;
    const { report, participants, validations } = purgeRows(
      {
        markets: rows(marketsTable, json.markets),
        hours: rows(hoursTable, json.lines),
        participants: rows(participantsTable, people.map(recordFromFacts)),
        validations: rows(validationsTable, [
          { participant: "P2", validatedOn: "2026-02-01", validatedBy: "PLIE", criteria: ["DELD"], proofs: ["Attestation"] },
          { participant: "P4", validatedOn: "2026-05-01", validatedBy: "PLIE", criteria: ["MINIMA"] },
        ]),
      },
      pack,
      later,
      5,
    );
    expect(report.due.map((entry) => entry.participant)).toEqual(["P3", "P1", "P2"]);
    expect(participants.map((update) => [update.row, update.key.value])).toEqual([
      [2, "P1"],
      [3, "P2"],
      [5, "P3"],
    ]);
    expect(participants[1]?.values).toMatchObject({
      birthDate: null,
      jobSeekerSince: null,
      ageBandAtEntry: "50-plus",
      purgedOn: "2031-04-15",
    });
    expect(validations).toEqual([{ row: 2, key: { column: "participant", value: "P2" }, values: { criteria: null, proofs: null } }]);
  });
});
