/**
 * The eligibility functions called exactly as Excel calls them: a row of the Participants table
 * (standard column order) or a range with its header row, dates as serials, omitted arguments as null.
 */
import { dayFromIso, encodeTable, excelSerialFromDay, participantsTable, type TableRecord } from "../../../domain";
import { recordFromFacts } from "../../../domain/eligibility";
import { eligibility, eligibleFrom } from "./functions";
import { excelErrorOf } from "../../../test/support/excel-error";

const serial = (iso: string) => excelSerialFromDay(dayFromIso(iso));
const amina = recordFromFacts({
  id: "P001",
  birthDate: "2001-05-10",
  qualificationLevel: 3,
  schoolLeftDate: "2019-07-01",
  jobSeekerSince: "2025-10-01",
  qpv: true,
});
const bernard = recordFromFacts({ id: "P002", birthDate: "1973-01-15", qualificationLevel: 3, jobSeekerSince: "2024-06-01" });
const claire = recordFromFacts({
  id: "P003",
  birthDate: "1979-09-20",
  qualificationLevel: 5,
  jobSeekerSince: "2025-07-01",
  firstClauseEntry: "2026-03-02",
});
const nobody = recordFromFacts({ id: "P009", birthDate: "1979-09-20", firstClauseEntry: "2026-03-02" });

/** The table as `Participants[#Tout]` passes it: header row, then data rows. */
const table = (...records: TableRecord[]) => encodeTable(participantsTable, records);
/** One row as `Participants[@]` passes it: data only, standard column order. */
const row = (record: TableRecord) => table(record)[1] as unknown[];

describe("=CLAUSES.ELIGIBILITY", () => {
  it("gives the main criterion of example 2 on 2 March 2026, from a row or from a range with its header", () => {
    expect(eligibility([row(amina)], [[serial("2026-03-02")]])).toEqual([["JEUNE"]]);
    expect(eligibility(table(amina, bernard, claire), [[serial("2026-03-02")]])).toEqual([["JEUNE"], ["DELD"], ["NON_ELIGIBLE"]]);
  });

  it("evaluates on the first clause entry when the date is omitted, and reads French text dates", () => {
    const claireHired = recordFromFacts({ id: "P003", jobSeekerSince: "2025-07-01", firstClauseEntry: "2026-07-01" });
    expect(eligibility([row(claireHired)], null as never)).toEqual([["DELD"]]);
    expect(eligibility([row(claireHired)], [["30/06/2026"]])).toEqual([["NON_ELIGIBLE"]]);
  });

  it("spills one answer per row, blank rows staying blank, a bad row showing its column", () => {
    const cells = table(amina, bernard);
    cells.splice(
      2,
      0,
      cells[0]!.map(() => ""),
    );
    const birth = participantsTable.columns.findIndex((column) => column.key === "birthDate");
    cells[3]![birth] = "31/02/1973";
    const [first, blank, bad] = eligibility(cells, [[serial("2026-03-02")]]) as unknown[][];
    expect(first).toEqual(["JEUNE"]);
    expect(blank).toEqual([""]);
    expect(bad?.[0]).toMatchObject({ code: "#VALUE!", message: "colonne « Date de naissance » : la date « 31/02/1973 » n'existe pas" });
  });

  it("throws the French reason when the only row is wrong", () => {
    const wrong = row(recordFromFacts({ id: "P010", structure: "SCOP" }));
    expect(excelErrorOf(() => eligibility([wrong], null as never))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^colonne « Structure » : type de structure inconnu « SCOP »/),
    });
    expect(excelErrorOf(() => eligibility([row(amina)], [["demain"]])).message).toBe(
      "date : « demain » n'est pas une date (attendu JJ/MM/AAAA ou AAAA-MM-JJ)",
    );
  });
});

describe("=CLAUSES.ELIGIBLE_FROM", () => {
  it("gives the day Claire becomes DELD as a date serial", () => {
    expect(eligibleFrom([row(claire)], [[serial("2026-03-02")]])).toEqual([[serial("2026-07-01")]]);
  });

  it("gives the reference date itself for someone already eligible", () => {
    expect(eligibleFrom([row(amina)], [[serial("2026-03-02")]])).toEqual([[serial("2026-03-02")]]);
  });

  it("answers #N/A, suggesting a derogation, when the facts never make the person eligible", () => {
    expect(excelErrorOf(() => eligibleFrom([row(nobody)], null as never))).toEqual(
      expect.objectContaining({
        code: "#N/A",
        message: "P009 n'est pas éligible et ne le devient pas d'après sa fiche ; dérogation possible sur avis motivé d'un prescripteur",
      }),
    );
  });
});
