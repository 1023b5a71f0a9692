/**
 * Privacy by construction: criteria never leave the Participants and Validations tables except in
 * the facilitator's own views (this pane, the functions in their sheet, the CLI's output).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { dayFromIso, decodeTable, encodeTable, participantsTable, validationsTable } from "../../../domain";
import { checkFacts, eligibilityRulesSchema, recordFromFacts, type ParticipantFacts } from "../../../domain/eligibility";
import national from "../../../domain/eligibility/national.json";
import { nationalPack } from "../../composition/root";
import { eligibilityPlugin } from ".";
import type { EligibilityStepResult } from "./pipeline";

const ROOT = path.join(__dirname, "..", "..", "..");
const sources = ["domain/eligibility", "src/plugins/eligibility"].flatMap((folder) =>
  readdirSync(path.join(ROOT, folder))
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => path.join(folder, name)),
);

describe("privacy of eligibility data", () => {
  it.each(sources)("%s keeps nothing outside the workbook and logs nothing", (file) => {
    // Code only: comments may explain what is not done.
    const text = readFileSync(path.join(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(text).not.toMatch(
      /localStorage|sessionStorage|indexedDB|document\.cookie|console\.|fetch\(|XMLHttpRequest|sendBeacon|WebSocket/,
    );
  });

  it("writes only to the user's own Participants and Validations tables, and the pipeline step writes no table", async () => {
    expect(eligibilityPlugin.tables.writes).toEqual([participantsTable, validationsTable]);
    const rows = decodeTable(
      participantsTable,
      encodeTable(participantsTable, [recordFromFacts({ id: "P1", benefits: [{ code: "RSA" }] })]),
    ).rows;
    const output = await eligibilityPlugin.pipeline!.run({
      tables: { [participantsTable.name]: rows },
      pack: nationalPack(),
      today: dayFromIso("2026-11-26"),
      options: {},
      results: {},
    });
    expect(output.write ?? []).toEqual([]);
    // The ventilation (and whatever it shows to buyers) gets dates, never the criterion.
    const { windows } = output.result as EligibilityStepResult;
    expect(JSON.stringify(windows)).not.toMatch(/RSA|MINIMA|minimum/i);
  });

  it("names the field at fault without repeating the person's dates", () => {
    const rules = eligibilityRulesSchema.parse(national);
    const facts: ParticipantFacts = {
      id: "P1",
      birthDate: "2030-04-17",
      // Before the reference date (a future one is refused on its own since issue 17), still before the birth.
      schoolLeftDate: "2022-06-30",
      rqth: { from: "2024-03-11", to: "2023-02-09" },
      benefits: [{ code: "AAH", from: "2025-08-21", to: "2025-01-13" }],
    };
    const { errors } = checkFacts(facts, rules, dayFromIso("2026-11-26"), (field) => ({ field }));
    expect(errors).toHaveLength(4);
    for (const error of errors) expect(error.message).not.toMatch(/2030|2022|2024|2023|2025|AAH/);
  });
});
