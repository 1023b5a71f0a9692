/**
 * Test-only plugins with pipeline steps, standing in for eligibility, ventilation and bilans (built by
 * other capabilities) so the runner and `clauses run` can be tested end to end on their own:
 * - `totals` adds up each company's hours (Heures) and obligations (Marchés) into the Bilans table;
 * - `coverage`, after `totals`, writes one Ventilation row per company with the hours `totals` found.
 */
import { bilansTable, packRef, roundTo, ventilationTable, type TableRecord } from "../../domain";
import { definePlugin, type PluginDefinition } from "../../src/plugins/types";

export interface Totals {
  hours: Record<string, number>;
  obligations: Record<string, number>;
}

export const totalsPlugin: PluginDefinition = definePlugin({
  id: "totals",
  title: "Totaux (test)",
  summary: "Heures réalisées et heures dues par entreprise.",
  tables: { reads: [], writes: [bilansTable] },
  pipeline: {
    run({ tables, pack }) {
      const totals: Totals = { hours: {}, obligations: {} };
      for (const { values } of tables["Heures"] ?? []) add(totals.hours, String(values.company), Number(values.hours));
      for (const { values } of tables["Marchés"] ?? []) add(totals.obligations, String(values.company), Number(values.obligation ?? 0));
      const records: TableRecord[] = Object.keys(totals.obligations)
        .sort()
        .flatMap((company) => [
          {
            scope: company,
            indicator: "Heures réalisées",
            value: String(totals.hours[company] ?? 0),
            period: "2026",
            rulePack: packRef(pack),
          },
          { scope: company, indicator: "Heures dues", value: String(totals.obligations[company]), period: "2026", rulePack: packRef(pack) },
        ]);
      return { result: totals, write: [{ table: bilansTable, records }] };
    },
  },
});

export const coveragePlugin: PluginDefinition = definePlugin({
  id: "coverage",
  title: "Couverture (test)",
  summary: "Une ligne de ventilation par entreprise.",
  tables: { reads: [], writes: [ventilationTable] },
  pipeline: {
    after: ["totals"],
    run({ results, options, pack }) {
      const totals = results["totals"] as Totals;
      const records = Object.entries(totals.hours).map(([company, hours]) => ({
        market: company,
        kind: "réalisées",
        hours,
        policy: options.policy ?? "",
        rulePack: packRef(pack),
      }));
      return { result: records.length, write: [{ table: ventilationTable, records }] };
    },
  },
});

function add(sums: Record<string, number>, key: string, value: number): void {
  sums[key] = roundTo((sums[key] ?? 0) + value, 2);
}
