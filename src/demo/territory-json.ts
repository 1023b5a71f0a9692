/**
 * The demo territory (Valrivière) as the JSON every command reads — `{"markets", "lines", "people"}`
 * — built from the same records as the demo workbook, so the CLI and the pane see the same figures.
 */
import { dayFromIso, decodeTable, encodeTable, participantsTable } from "../../domain";
import { eligibilityRulesSchema, factsFromRecord, type ParticipantFacts } from "../../domain/eligibility";
import national from "../../domain/eligibility/national.json";
import { demoHours, demoMarkets, demoNeeds, demoParticipants, demoProposals, demoSteps } from "./territory";

const ENGINE_MARKET_FIELDS = ["id", "company", "buyer", "label", "start", "end", "obligation", "pooled"] as const;
const LINE_FIELDS = ["company", "participant", "market", "mode", "contractType", "employer", "start", "end", "hours"] as const;

/**
 * @example
 * demoTerritoryJson().markets[0] // => { id: "M1", company: "BTP-RIVIERE", buyer: "VILLE-VR", label: "Réhabilitation…", … }
 */
export function demoTerritoryJson(): {
  markets: object[];
  lines: object[];
  people: ParticipantFacts[];
  needs: object[];
  proposals: object[];
  steps: object[];
} {
  const rules = eligibilityRulesSchema.parse(national);
  const rows = decodeTable(participantsTable, encodeTable(participantsTable, demoParticipants)).rows;
  return {
    markets: demoMarkets.map((market) => pick(market, ENGINE_MARKET_FIELDS)),
    lines: demoHours.map((line) => pick(line, LINE_FIELDS)),
    people: rows.map(
      ({ row, values }) => factsFromRecord(values, rules, dayFromIso("2026-11-26"), { table: participantsTable.sheet, row }).facts,
    ),
    needs: demoNeeds,
    proposals: demoProposals,
    steps: demoSteps,
  };
}

function pick(record: Record<string, unknown>, keys: readonly string[]): object {
  return Object.fromEntries(keys.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]));
}
