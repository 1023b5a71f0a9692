/**
 * The ventilation's step of the whole-workbook pipeline.
 */
import { decodeTable, encodeTable, hoursTable, marketsTable, ventilationTable, type DecodedRow, type TableRecord } from "../../../domain";
import type { VentilationResult } from "../../../domain/ventilation";
import { demoHours, demoMarkets } from "../../demo/territory";
import { nationalPack } from "../../composition/root";
import type { PipelineInput } from "../types";
import { ventilationStep } from "./pipeline";

function rows(table: typeof marketsTable | typeof hoursTable, records: readonly TableRecord[]): DecodedRow[] {
  return decodeTable(table, encodeTable(table, records)).rows;
}

function input(overrides: Partial<PipelineInput> = {}): PipelineInput {
  return {
    tables: { [marketsTable.name]: rows(marketsTable, demoMarkets), [hoursTable.name]: rows(hoursTable, demoHours) },
    pack: nationalPack(),
    today: 20783,
    options: {},
    results: {},
    ...overrides,
  };
}

describe("the ventilation pipeline step", () => {
  it("ventilates Marchés and Heures and gives the Ventilation table to write", async () => {
    const output = await ventilationStep.run(input());
    const result = output.result as VentilationResult;
    expect(result.markets.map((market) => Math.round(market.total * 1e4) / 1e4)).toEqual([600, 400, 207.0968, 350, 196]);
    expect(output.write?.[0]?.table).toBe(ventilationTable);
    const written = output.write?.[0]?.records ?? [];
    expect(written.filter((record) => record.market === "M3").reduce((sum, record) => sum + (record.hours as number), 0)).toBeCloseTo(
      207.0968,
      4,
    );
    expect(output.errors).toBeUndefined();
  });

  it("follows the run's policy and the eligibility step's countable windows", async () => {
    const output = await ventilationStep.run(
      input({ options: { policy: "pro-rata" }, results: { eligibility: { windows: [{ participant: "P001", from: "2026-02-01" }] } } }),
    );
    const result = output.result as VentilationResult;
    expect(result.policy).toBe("pro-rata");
    // P001 worked 34 h of January's 100 pooled hours before being countable.
    expect(result.companies.find((company) => company.company === "BTP-RIVIERE")?.notCountable).toBeCloseTo(34, 9);
  });

  it("returns the rows at fault, located, and nothing to write", async () => {
    const broken = demoMarkets.map((market) => (market.id === "M2" ? { ...market, obligation: undefined } : market));
    const output = await ventilationStep.run(
      input({ tables: { [marketsTable.name]: rows(marketsTable, broken), [hoursTable.name]: rows(hoursTable, demoHours) } }),
    );
    expect(output.write).toBeUndefined();
    expect(output.errors?.map((error) => error.message)).toEqual([
      "Marchés, ligne 3, colonne « Heures dues » : valeur obligatoire pour la mutualisation (entreprise, dates et heures dues de chaque marché)",
    ]);
    const badWindows = await ventilationStep.run(input({ results: { eligibility: { windows: [{ participant: "P001", from: 3 }] } } }));
    expect(badWindows.errors?.map((error) => error.message)).toEqual(["eligibility.windows[0].from : doit être du texte (reçu « 3 »)"]);
  });
});
