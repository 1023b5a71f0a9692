/**
 * The ventilation's step of the whole-workbook pipeline.
 */
import {
  decodeTable,
  encodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  ventilationTable,
  type DecodedRow,
  type TableRecord,
} from "../../../domain";
import type { VentilationResult } from "../../../domain/ventilation";
import { demoHours, demoMarkets, demoParticipants } from "../../demo/territory";
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

  it("follows the run's policy and the Participants' countable windows, as the pane and the functions do", async () => {
    // P001 is made an adult with no criterion until she registers as a job seeker on 2025-02-01 (DELD from 2026-02-01).
    const late = demoParticipants.map((person) =>
      person.id === "P001" ? { id: "P001", birthDate: "1980-05-10", jobSeekerSince: "2025-02-01", firstClauseEntry: "2026-01-05" } : person,
    );
    const tables = {
      ...input().tables,
      [participantsTable.name]: decodeTable(participantsTable, encodeTable(participantsTable, late)).rows,
    };
    const output = await ventilationStep.run(input({ options: { policy: "pro-rata" }, tables }));
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
    const badPerson = decodeTable(participantsTable, encodeTable(participantsTable, [{ id: "P001", qualificationLevel: 9 }])).rows;
    const badWindows = await ventilationStep.run(input({ tables: { ...input().tables, [participantsTable.name]: badPerson } }));
    expect(badWindows.errors?.map((error) => error.message)).toEqual([
      "Participants, ligne 2, colonne « Niveau de qualification » : le niveau 9 n'existe pas (1 à 8 ; 3 = CAP, BEP)",
    ]);
  });
});
