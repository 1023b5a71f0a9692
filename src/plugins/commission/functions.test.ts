/**
 * =CLAUSES.HOURS_TO_PLACE and =CLAUSES.FTE_NEEDED called as Excel calls them (tables as 2-D arrays,
 * omitted arguments as null), against the forecast the CLI prints for the same territory.
 */
import {
  dayFromIso,
  encodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  todayDay,
  type Cell,
  type TableDef,
  type TableRecord,
} from "../../../domain";
import { forecastHours, forecastInput, worldFromJson } from "../../../domain/commission";
import { demoTerritoryJson } from "../../demo/territory-json";
import { demoHours, demoMarkets, demoParticipants } from "../../demo/territory";
import { demoWorkbook } from "../../demo/demo-workbook";
import { nationalPack } from "../../composition/root";
import { excelErrorOf } from "../../../test/support/excel-error";
import { fteNeeded, hoursToPlace } from "./functions";
import { commissionStateOf, readCommissionTables } from "./use-commission";
import { grownTables } from "../../../scripts/bench/territory-workbook";
import { MemoryWorkbook } from "../../workbook/memory-workbook";

const withHeader = (table: TableDef, records: readonly TableRecord[]): Cell[][] => encodeTable(table, records);
const contracts = withHeader(marketsTable, demoMarkets);
const hours = withHeader(hoursTable, demoHours);

describe("=CLAUSES.HOURS_TO_PLACE and =CLAUSES.FTE_NEEDED", () => {
  // Without Participants the functions apply no countable window: compare with the same territory without people.
  const { markets, lines } = demoTerritoryJson();
  const world = worldFromJson({ markets, lines }, nationalPack(), dayFromIso("2026-11-26"), dayFromIso("2026-06-01"));
  const forecast = forecastHours(forecastInput(world, nationalPack()), "2026-06");

  it("give the forecast's figures for a company and for the territory", () => {
    const btp = forecast.companies.find((company) => company.company === "BTP-RIVIERE");
    expect(hoursToPlace(contracts, hours, [["BTP-RIVIERE"]], [["2026-06"]])).toBe(btp?.hoursPerMonth);
    expect(fteNeeded(contracts, hours, [["BTP-RIVIERE"]], [["2026-06"]])).toBe(btp?.fte);
    const total = forecast.companies.reduce((sum, company) => sum + company.hoursPerMonth, 0);
    expect(hoursToPlace(contracts, hours, null, [["2026-06"]])).toBeCloseTo(total, 2);
  });

  it("read the month as a date too (an Excel serial)", () => {
    // 46174 = 2026-06-01.
    expect(hoursToPlace(contracts, hours, [["BTP-RIVIERE"]], [[46174]])).toBe(
      hoursToPlace(contracts, hours, [["BTP-RIVIERE"]], [["2026-06"]]),
    );
  });

  it("answer #N/A for a company absent from the contracts and #VALUE! for a month that does not exist", () => {
    expect(excelErrorOf(() => hoursToPlace(contracts, hours, [["INCONNUE"]], [["2026-06"]]))).toMatchObject({
      code: "#N/A",
      message: "entreprise « INCONNUE » absente des marchés",
    });
    expect(excelErrorOf(() => hoursToPlace(contracts, hours, null, [["2026-13"]]))).toMatchObject({
      code: "#VALUE!",
      message: "mois : mois invalide « 2026-13 » : attendu AAAA-MM (ex. 2026-06)",
    });
  });
});

describe("with the Participants table", () => {
  const pack = nationalPack();
  const participants = withHeader(participantsTable, demoParticipants);

  it("equal the Commission pane's forecast on the demo workbook, company by company (countable windows applied as the pane applies them)", async () => {
    // What the Commission panel reads and computes for a meeting today (the forecast from the current month).
    const today = todayDay();
    const state = commissionStateOf(await readCommissionTables(demoWorkbook()), pack, today, today);
    if (state.status !== "ready") throw new Error(JSON.stringify(state));
    const companies = state.forecast.companies;
    expect(companies.length).toBeGreaterThan(0);
    for (const company of companies) {
      expect([company.company, hoursToPlace(contracts, hours, [[company.company]], null, participants)]).toEqual([
        company.company,
        company.hoursPerMonth,
      ]);
      expect([company.company, fteNeeded(contracts, hours, [[company.company]], null, participants)]).toEqual([
        company.company,
        company.fte,
      ]);
    }
    const total = companies.reduce((sum, company) => sum + company.hoursPerMonth, 0);
    expect(hoursToPlace(contracts, hours, null, null, participants)).toBeCloseTo(total, 2);
  });

  it("equal the pane's forecast on a grown territory where windows set hours aside, and differ from the figures without Participants (which the functions used to give)", async () => {
    const tables = grownTables(5_000);
    const all = (table: TableDef) => encodeTable(table, tables.find(([def]) => def === table)?.[1] ?? []);
    const workbook = new MemoryWorkbook(
      Object.fromEntries(
        tables.map(([table, records]) => {
          const [headers = [], ...rows] = encodeTable(table, records);
          return [table.name, { headers, rows }];
        }),
      ),
    );
    // A meeting in March 2026: hours of February worked outside a window are not credited, so more remain to place.
    const state = commissionStateOf(await readCommissionTables(workbook), pack, todayDay(), dayFromIso("2026-03-15"));
    if (state.status !== "ready") throw new Error(JSON.stringify(state));
    const [grownMarkets, grownHours, grownPeople] = [all(marketsTable), all(hoursTable), all(participantsTable)];
    const march = [["2026-03"]];
    const total = state.forecast.companies.reduce((sum, company) => sum + company.hoursPerMonth, 0);
    expect(hoursToPlace(grownMarkets, grownHours, null, march, grownPeople)).toBeCloseTo(total, 2);
    expect(hoursToPlace(grownMarkets, grownHours, null, march)).not.toBeCloseTo(total, 2);
    for (const company of state.forecast.companies.slice(0, 3)) {
      expect([company.company, hoursToPlace(grownMarkets, grownHours, [[company.company]], march, grownPeople)]).toEqual([
        company.company,
        company.hoursPerMonth,
      ]);
    }
    const first = state.forecast.companies[0]!;
    expect(fteNeeded(grownMarkets, grownHours, [[first.company]], march, grownPeople)).toBe(first.fte);
  });

  it("name a bad Participants cell with its sheet row, as the other functions do", () => {
    const broken = participants.map((row, index) =>
      index === 2 ? row.map((cell, column) => (column === 1 ? "pas une date" : cell)) : row,
    );
    const error = excelErrorOf(() =>
      hoursToPlace(contracts, hours, null, [["2026-06"]], broken, {
        parameterAddresses: ["Marchés!A1:Q6", "Heures!A1:I54", "", "", "Participants!A1:Z20"],
      } as unknown as CustomFunctions.Invocation),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/Participants, ligne 3/);
  });
});
