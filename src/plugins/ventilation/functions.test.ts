/**
 * The pooling functions called exactly as Excel calls them: tables as 2-D arrays (data rows in the
 * standard order, or with their header row), dates as serials or ISO text, omitted arguments as
 * null, the invocation giving the arguments' addresses.
 */
import { encodeTable, hoursTable, marketsTable, type Cell, type TableRecord } from "../../../domain";
import { demoHours, demoMarkets } from "../../demo/territory";
import { hoursExcess, hoursVentilate, topRow, ventilationMemoStats } from "./functions";
import { excelErrorOf } from "../../../test/support/excel-error";

const withHeader = (table: typeof marketsTable | typeof hoursTable, records: readonly TableRecord[]): Cell[][] =>
  encodeTable(table, records);
const body = (table: typeof marketsTable | typeof hoursTable, records: readonly TableRecord[]): Cell[][] =>
  withHeader(table, records).slice(1);
const contracts = body(marketsTable, demoMarkets);
const hours = body(hoursTable, demoHours);
const at = (...parameterAddresses: string[]) => ({ parameterAddresses }) as unknown as CustomFunctions.Invocation;

describe("=CLAUSES.HOURS_VENTILATE", () => {
  it("spills direct, ventilated, total and remaining hours for each contract row", () => {
    expect(hoursVentilate(contracts, hours, null as never, null as never)).toEqual([
      [0, 600, 600, 0],
      [0, 400, 400, 0],
      [0, 207.0968, 207.0968, 92.9032],
      [350, 0, 350, 100],
      [196, 0, 196, 54],
    ]);
  });

  it("keeps the header row and blank rows aligned with the table it sits beside", () => {
    const table = withHeader(marketsTable, demoMarkets);
    const spilled = hoursVentilate(
      [...table.slice(0, 2), table[1]!.map(() => ""), ...table.slice(2)],
      withHeader(hoursTable, demoHours),
      null as never,
      null as never,
    );
    expect(spilled.slice(0, 4)).toEqual([
      ["Directes", "Ventilées", "Total", "Reste"],
      [0, 600, 600, 0],
      ["", "", "", ""],
      [0, 400, 400, 0],
    ]);
  });

  it("reads ISO text dates as well as Excel serials", () => {
    const isoHours = hours.map((row) => row.map((cell, column) => (column === 5 || column === 6 ? isoOf(cell as number) : cell)));
    expect(hoursVentilate(contracts, isoHours, null as never, [["M3"]])).toEqual([[207.0968]]);
  });

  it("returns the total of one contract, for a calculated column, or of each contract of a range", () => {
    expect(hoursVentilate(contracts, hours, null as never, [["M1"]])).toEqual([[600]]);
    expect(hoursVentilate(contracts, hours, "pro-rata", [["M1"], ["M3"], [""]])).toEqual([[534.7891], [300], [""]]);
    expect(hoursVentilate(contracts, hours, "Au prorata du reste à réaliser", [["M2"]])).toEqual([[360.4663]]);
    expect(excelErrorOf(() => hoursVentilate(contracts, hours, null as never, [["M9"]]))).toMatchObject({
      code: "#N/A",
      message: "marché « M9 » absent de la plage des marchés",
    });
  });

  it("answers #VALUE! naming the sheet row at fault, from the argument's address when Excel gives it", () => {
    const broken = hours.map((row, index) => (index === 3 ? row.map((cell, column) => (column === 6 ? "31/02/2026" : cell)) : row));
    expect(excelErrorOf(() => hoursVentilate(contracts, broken, null as never, null as never))).toMatchObject({
      code: "#VALUE!",
      message: "Heures, ligne 5, colonne « Fin » : la date « 31/02/2026 » n'existe pas",
    });
    expect(
      excelErrorOf(() =>
        hoursVentilate(contracts, broken, null as never, null as never, null as never, at("Marchés!A2:Q6", "'Heures 2026'!$A$10:$I$69")),
      ).message,
    ).toBe("Heures, ligne 13, colonne « Fin » : la date « 31/02/2026 » n'existe pas");
    const unknownMarket = hours.map((row, index) => (index === 0 ? row.map((cell, column) => (column === 8 ? "M9" : cell)) : row));
    expect(excelErrorOf(() => hoursVentilate(contracts, unknownMarket, null as never, null as never)).message).toBe(
      "Heures, ligne 2, colonne « Marché » : marché « M9 » inconnu (il n'est pas dans la liste des marchés)",
    );
    expect(excelErrorOf(() => hoursVentilate(contracts, hours, "au hasard", null as never)).message).toMatch(
      /^Règle de ventilation inconnue « au hasard »/,
    );
  });

  it("computes once for a 2,000-row calculated column, and again when a cell changes", () => {
    const before = ventilationMemoStats();
    for (let row = 0; row < 2000; row += 1) {
      // Excel passes fresh arrays on every call.
      hoursVentilate(
        contracts.map((cells) => [...cells]),
        hours.map((cells) => [...cells]),
        null as never,
        [["M3"]],
      );
    }
    const after = ventilationMemoStats();
    expect(after.misses - before.misses).toBeLessThanOrEqual(1);
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(1999);
    const edited = hours.map((cells, index) => (index === 0 ? cells.map((cell, column) => (column === 7 ? 1 : cell)) : cells));
    expect(hoursVentilate(contracts, edited, null as never, [["M1"]])).toEqual([[600]]);
    expect(ventilationMemoStats().misses).toBe(after.misses + 1);
    expect(ventilationMemoStats().size).toBeLessThanOrEqual(8);
  });
});

describe("a calculated column in Excel", () => {
  it("shares one ventilation among the calls of a recalculation naming the same ranges, and follows an edit in the next one", async () => {
    const invocation = at("Marchés!A2:Q6", "Heures!A2:I100");
    const before = ventilationMemoStats();
    const totals = ["M1", "M2", "M3", "M4", "M5"].map(
      (id) => hoursVentilate(copy(contracts), copy(hours), null as never, [[id]], null as never, invocation)[0]?.[0],
    );
    expect(totals).toEqual([600, 400, 207.0968, 350, 196]);
    expect(ventilationMemoStats().misses - before.misses).toBeLessThanOrEqual(1);
    expect(ventilationMemoStats().addressHits - before.addressHits).toBeGreaterThanOrEqual(4);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The facilitator blanks P001's 34 January hours: same addresses, new values; M3 loses their 27 days in M1's period.
    const edited = hours.map((cells, index) => (index === 0 ? cells.map((cell, column) => (column === 7 ? 0 : cell)) : cells));
    expect(hoursVentilate(contracts, edited, null as never, [["M3"]], null as never, invocation)).toEqual([[177.4839]]);
  });
});

describe("=CLAUSES.HOURS_EXCESS", () => {
  it("gives a company's excess and out-of-period hours, one row per company", () => {
    expect(hoursExcess(contracts, hours, [["BTP-RIVIERE"]], null as never)).toEqual([[0, 12.9032]]);
    expect(hoursExcess(contracts, hours, [["BTP-RIVIERE"], ["PROPRETE-VR"], [""]], "pro-rata")).toEqual([
      [16.7033, 12.9032],
      [0, 0],
      ["", ""],
    ]);
    expect(excelErrorOf(() => hoursExcess(contracts, hours, [["INCONNUE"]], null as never))).toMatchObject({ code: "#N/A" });
  });
});

describe("reading an argument's address", () => {
  it.each([
    ["Marchés!A2:Q6", 2],
    ["'Heures 2026'!$A$10:$I$69", 10],
    ["Feuil1!B7", 7],
    ["", undefined],
  ])("%s starts on row %s", (address, row) => {
    expect(topRow(address)).toBe(row);
  });
});

function copy(rows: Cell[][]): Cell[][] {
  return rows.map((row) => [...row]);
}

function isoOf(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}
