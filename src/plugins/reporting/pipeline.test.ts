/**
 * The bilans' step of the whole-workbook pipeline, on the demo workbook's tables.
 */
import {
  bilansTable,
  buyersTable,
  companiesTable,
  decodeTable,
  encodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  type DecodedRow,
  type TableDef,
  type TableRecord,
} from "../../../domain";
import { demoBuyers, demoCompanies, demoHours, demoMarkets, demoParticipants } from "../../demo/territory";
import { nationalPack } from "../../composition/root";
import type { PipelineInput } from "../types";
import { reportingPlugin } from ".";

function rows(table: TableDef, records: readonly TableRecord[]): DecodedRow[] {
  return decodeTable(table, encodeTable(table, records)).rows;
}

function input(overrides: Partial<PipelineInput> = {}): PipelineInput {
  return {
    tables: {
      [marketsTable.name]: rows(marketsTable, demoMarkets),
      [hoursTable.name]: rows(hoursTable, demoHours),
      [participantsTable.name]: rows(participantsTable, demoParticipants),
      [buyersTable.name]: rows(buyersTable, demoBuyers),
      [companiesTable.name]: rows(companiesTable, demoCompanies),
    },
    pack: nationalPack(),
    today: 20783,
    options: {},
    results: {},
    ...overrides,
  };
}

describe("the bilans pipeline step", () => {
  it("comes after eligibility and ventilation and rewrites the Bilans table: territory, buyers, companies, contracts, years", async () => {
    const step = reportingPlugin.pipeline!;
    expect(step.after).toEqual(["eligibility", "ventilation"]);
    const output = await step.run(input());
    expect(output.errors).toBeUndefined();
    expect(output.write?.map((write) => write.table)).toEqual([bilansTable]);
    const records = output.write?.[0]?.records ?? [];
    const value = (scope: string, indicator: string) =>
      records.find((record) => record.scope === scope && record.indicator === indicator)?.value;
    expect(value("Territoire", "Heures réalisées")).toBe(1753.1);
    expect(value("Acheteur Ville de Valrivière", "Heures réalisées")).toBe(950);
    expect(value("Entreprise BTP Rivière SAS", "Heures réalisées")).toBe(1207.1);
    expect(value("Marché M3 — Collège du Val, maçonnerie", "Taux de réalisation")).toBe(69.03);
    expect(value("Territoire", "Participants")).toBe(7);
    expect(records.filter((record) => record.scope === "Territoire" && record.indicator === "Heures dues")).toHaveLength(2); // the whole period and 2026
    expect(new Set(records.map((record) => record.audience))).toEqual(new Set(["Interne — données personnelles, ne pas diffuser"]));
    // Every row encodes under the table's headers.
    expect(() => encodeTable(bilansTable, records)).not.toThrow();
  });

  it("follows the run's policy", async () => {
    const output = await reportingPlugin.pipeline!.run(input({ options: { policy: "pro-rata" } }));
    const records = output.write?.[0]?.records ?? [];
    expect(
      records.find((record) => record.scope === "Acheteur Ville de Valrivière" && record.indicator === "Heures réalisées")?.value,
    ).toBe(884.79);
  });

  it("returns the rows at fault, located, and nothing to write", async () => {
    const broken = demoParticipants.map((person) => (person.id === "P005" ? { ...person, exitSituation: "CDI à temps partiel" } : person));
    const output = await reportingPlugin.pipeline!.run(
      input({ tables: { ...input().tables, [participantsTable.name]: rows(participantsTable, broken) } }),
    );
    expect(output.write).toBeUndefined();
    expect(output.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(/^Participants, ligne 6, colonne « Situation à la sortie » : situation inconnue « CDI à temps partiel »/),
    ]);
  });
});
