/**
 * =CLAUSES.HOURS_TO_PLACE and =CLAUSES.FTE_NEEDED called as Excel calls them (tables as 2-D arrays,
 * omitted arguments as null), against the forecast the CLI prints for the same territory.
 */
import { dayFromIso, encodeTable, hoursTable, marketsTable, type Cell, type TableDef, type TableRecord } from "../../../domain";
import { forecastHours, forecastInput, worldFromJson } from "../../../domain/commission";
import { demoTerritoryJson } from "../../demo/territory-json";
import { demoHours, demoMarkets } from "../../demo/territory";
import { nationalPack } from "../../composition/root";
import { excelErrorOf } from "../../../test/support/excel-error";
import { fteNeeded, hoursToPlace } from "./functions";

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
