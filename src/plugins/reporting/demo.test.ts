/**
 * The issue's « done when », on the demo territory (Valrivière, 26 November 2026): the buyers'
 * hours add up to the territory's, and people are counted once per scope — P001, P002 and P006,
 * whose pooled hours went to the contracts of all three buyers, count once for each buyer and
 * once for the territory. The workbook and the JSON of docs/examples give the same bilans.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buyersTable,
  companiesTable,
  dayFromIso,
  decodeTable,
  encodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  type TableDef,
  type TableRecord,
} from "../../../domain";
import { baseFromJson, baseFromRows, buildBilans, reportView, traceFigure } from "../../../domain/reporting";
import { demoTerritoryJson } from "../../demo/territory-json";
import { demoBuyers, demoCompanies, demoHours, demoMarkets, demoParticipants } from "../../demo/territory";
import { nationalPack } from "../../composition/root";

const pack = nationalPack();
const today = dayFromIso("2026-11-26");
const rows = (table: TableDef, records: readonly TableRecord[]) => decodeTable(table, encodeTable(table, records)).rows;
const workbookBase = () =>
  baseFromRows(
    {
      markets: rows(marketsTable, demoMarkets),
      hours: rows(hoursTable, demoHours),
      participants: rows(participantsTable, demoParticipants),
      buyers: rows(buyersTable, demoBuyers),
      companies: rows(companiesTable, demoCompanies),
    },
    pack,
    today,
  );

describe("the demo territory's bilans", () => {
  const base = workbookBase();
  const set = buildBilans(base, pack, "buyer", null);

  it("add the buyers' hours up to the territory's, to the cent", () => {
    const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;
    expect(set.bilans.map((bilan) => bilan.hours.realised)).toEqual([950, 400, 403.1]);
    expect(sum(set.bilans.map((bilan) => bilan.hours.realised))).toBe(set.total.hours.realised);
    expect(sum(set.bilans.map((bilan) => bilan.hours.due))).toBe(set.total.hours.due);
  });

  it("count a person once per scope", () => {
    const people = (index: number) => traceFigure(base, set.context.rules, set.bilans[index]!, "people.total").participants;
    expect(people(0)).toEqual(["P001", "P002", "P005", "P006", "P007"]);
    expect(people(1)).toEqual(["P001", "P002", "P006"]);
    expect(people(2)).toEqual(["P001", "P002", "P004", "P006", "P008"]);
    expect(set.bilans.map((bilan) => bilan.people.total)).toEqual([5, 3, 5]);
    expect(set.total.people.total).toBe(7);
  });

  it("are the same from the workbook and from the JSON of docs/examples (names of buyers aside)", () => {
    const file = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "docs", "examples", "territoire-valriviere.json"), "utf8"));
    expect(file).toEqual(JSON.parse(JSON.stringify(demoTerritoryJson())));
    const fromJson = reportView(buildBilans(baseFromJson(file, pack, today), pack, "buyer", null), "buyer");
    const fromWorkbook = reportView(set, "buyer");
    const withoutNames = (view: typeof fromJson) => view.bilans.map((bilan) => ({ ...bilan, scope: bilan.scope.id }));
    expect(withoutNames(fromJson)).toEqual(withoutNames(fromWorkbook));
  });
});
