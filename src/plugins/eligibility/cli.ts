/**
 * `clauses eligibility --input FILE|- [--date AAAA-MM-JJ]` : checks people's eligibility to the
 * clause and prints the result as JSON (the facilitator's own view: criteria per person).
 */
import { dayFromIso, packRef, sectionOf } from "../../../domain";
import { eligibilitySection, evaluatePeople, readPeople } from "../../../domain/eligibility";
import { printJson, requireInput } from "../../plugin-kit/cli/arguments";
import type { CommandDefinition } from "../types";

export const eligibilityCommand: CommandDefinition = {
  summary: "vérifie l'éligibilité de personnes à la clause (critères, date d'éligibilité, aide IAE)",
  usage:
    "clauses eligibility --input PERSONNES.json [--date AAAA-MM-JJ]   (--input - lit l'entrée standard ; --date l'emporte sur la date du fichier)",
  options: { input: { type: "string", short: "i" }, date: { type: "string", short: "d" } },
  async run({ values, readJson, stdout, pack, today }) {
    const rules = sectionOf(pack, eligibilitySection);
    const date = typeof values.date === "string" ? dayFromIso(values.date, "--date") : undefined;
    const input = readPeople(await readJson(requireInput(values.input)), rules, today, date);
    printJson(stdout, evaluatePeople(input, rules, packRef(pack), today));
    return 0;
  },
};
