import { dayFromIso, decodeTable, encodeTable, participantsTable } from "../../../domain";
import { recordFromFacts } from "../../../domain/eligibility";
import { nationalPack } from "../../composition/root";
import { eligibilityPlugin } from ".";
import type { EligibilityStepResult } from "./pipeline";

const today = dayFromIso("2026-11-26");

async function runStep(cells: unknown[][]) {
  const rows = decodeTable(participantsTable, cells).rows;
  return eligibilityPlugin.pipeline!.run({
    tables: { [participantsTable.name]: rows },
    pack: nationalPack(),
    today,
    options: {},
    results: {},
  });
}

describe("the eligibility step of the pipeline", () => {
  it("evaluates each participant on their first entry and hands the ventilation its windows", async () => {
    const cells = encodeTable(participantsTable, [
      recordFromFacts({ id: "P001", birthDate: "2001-05-10", schoolLeftDate: "2019-07-01", qpv: true, firstClauseEntry: "2026-01-05" }),
      recordFromFacts({ id: "P003", jobSeekerSince: "2025-07-01", firstClauseEntry: "2026-03-02" }),
      recordFromFacts({ id: "P009", birthDate: "1979-09-20", firstClauseEntry: "2026-03-02" }),
    ]);
    const output = await runStep(cells);
    expect(output.errors).toEqual([]);
    expect(output.write ?? []).toEqual([]);
    const result = output.result as EligibilityStepResult;
    expect(result.people.map((person) => [person.id, person.date, person.main])).toEqual([
      ["P001", "2026-01-05", "JEUNE"],
      ["P003", "2026-03-02", null],
      ["P009", "2026-03-02", null],
    ]);
    expect(result.windows.map(({ participant, from, until }) => ({ participant, from, until }))).toEqual([
      { participant: "P001", from: "2020-01-01", until: undefined },
      { participant: "P003", from: "2026-07-01", until: undefined },
      { participant: "P009", from: "2026-03-02", until: "2026-03-01" },
    ]);
  });

  it("locates bad rows by table, row and column", async () => {
    const cells = encodeTable(participantsTable, [recordFromFacts({ id: "P001" }), recordFromFacts({ id: "P002", structure: "SCOP" })]);
    const output = await runStep(cells);
    expect(output.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(/^Participants, ligne 3, colonne « Structure » : type de structure inconnu « SCOP »/),
    ]);
  });
});
