/**
 * The demo territory's participants (fictitious) read cleanly, and its first three people are the
 * three people of the domain reference's example 2.
 */
import { dayFromIso, decodeTable, participantsTable, validationsTable } from "../../../domain";
import { countableWindows, eligibilityRulesSchema, validationsFromRows } from "../../../domain/eligibility";
import national from "../../../domain/eligibility/national.json";
import { demoWorkbook } from "../../demo/demo-workbook";
import { evaluateRecord } from "./evaluate-rows";

const rules = eligibilityRulesSchema.parse(national);
const today = dayFromIso("2026-11-26");

async function demoRows(date?: string) {
  const snapshot = await demoWorkbook().readTable(participantsTable);
  const decoded = decodeTable(participantsTable, [snapshot!.headers, ...snapshot!.rows]);
  expect(decoded.errors).toEqual([]);
  return decoded.rows.map(({ row, values }) =>
    evaluateRecord(values, rules, today, date ? dayFromIso(date) : undefined, { table: "Participants", row }),
  );
}

describe("the demo participants", () => {
  it("are all eligible on their first clause entry, so the demo's hours all count", async () => {
    const outcomes = await demoRows();
    const results = outcomes.map((outcome) => (outcome.kind === "evaluated" ? outcome.result : outcome));
    expect(results.map((result) => ("main" in result ? [result.id, result.main] : result))).toEqual([
      ["P001", "JEUNE"],
      ["P002", "DELD"],
      ["P003", "DELD"],
      ["P004", "MINIMA"],
      ["P005", "TH"],
      ["P006", "SIAE"],
      ["P007", "DETLD"],
      ["P008", "JEUNE"],
    ]);
    // Every window starts on or before 2026-01-01, the first day of the demo's hours, except Claire's
    // (first entry on 1 July 2026, the very day her registration reaches 12 months).
    const windows = countableWindows(results.filter((result) => "main" in result) as never);
    expect(
      windows
        .filter((window) => window.from !== undefined && window.from > "2026-01-01")
        .map((window) => [window.participant, window.from]),
    ).toEqual([["P003", "2026-07-01"]]);
  });

  it("are the three people of example 2 on 2 March 2026", async () => {
    const [amina, bernard, claire] = await demoRows("2026-03-02");
    expect(amina).toMatchObject({ result: { criteria: ["JEUNE"], priority: ["QPV"] } });
    expect(bernard).toMatchObject({ result: { criteria: ["DELD", "SENIOR"] } });
    expect(claire).toMatchObject({ result: { eligible: false, eligibleFrom: "2026-07-01" } });
  });

  it("have validations that read cleanly", async () => {
    const snapshot = await demoWorkbook().readTable(validationsTable);
    const decoded = decodeTable(validationsTable, [snapshot!.headers, ...snapshot!.rows]);
    expect(decoded.errors).toEqual([]);
    expect(validationsFromRows(decoded.rows)).toMatchObject({
      errors: [],
      validations: expect.arrayContaining([expect.objectContaining({ participant: "P003" })]),
    });
  });
});
