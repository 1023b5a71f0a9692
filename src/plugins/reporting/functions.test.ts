/**
 * The bilans' functions called exactly as Excel calls them: tables as 2-D arrays (data rows in the
 * standard order, or with their header row), omitted arguments as null, the invocation giving the
 * arguments' addresses.
 */
import { encodeTable, hoursTable, marketsTable, participantsTable, type Cell, type TableDef, type TableRecord } from "../../../domain";
import { demoHours, demoMarkets, demoParticipants } from "../../demo/territory";
import { excelErrorOf } from "../../../test/support/excel-error";
import { participantCount, realisationRate } from "./functions";

const withHeader = (table: TableDef, records: readonly TableRecord[]): Cell[][] => encodeTable(table, records);
const body = (table: TableDef, records: readonly TableRecord[]): Cell[][] => withHeader(table, records).slice(1);
const contracts = body(marketsTable, demoMarkets);
const hours = body(hoursTable, demoHours);
const people = withHeader(participantsTable, demoParticipants);

describe("=CLAUSES.REALISATION_RATE", () => {
  it("gives realised ÷ due after pooling, for one contract or a range", () => {
    expect(realisationRate(contracts, hours, [["M1"]], null as never)).toEqual([[1]]);
    expect(realisationRate(contracts, hours, [["M3"], ["M4"], [""]], null as never)).toEqual([[0.6903], [0.7778], [""]]);
  });

  it("reads the tables with their header rows too, and the Participants table when given", () => {
    expect(realisationRate(withHeader(marketsTable, demoMarkets), withHeader(hoursTable, demoHours), [["M5"]], people)).toEqual([[0.784]]);
  });

  it("answers #N/A for a contract absent from the range, #VALUE! naming the row of a bad cell", () => {
    expect(excelErrorOf(() => realisationRate(contracts, hours, [["M9"]], null as never))).toMatchObject({
      code: "#N/A",
      message: "marché « M9 » absent de la plage des marchés",
    });
    const broken = hours.map((row, index) => (index === 3 ? row.map((cell, column) => (column === 7 ? "beaucoup" : cell)) : row));
    const invocation = { parameterAddresses: ["Marchés!A2:Q6", "Heures!A2:I54", "Z1", ""] } as unknown as CustomFunctions.Invocation;
    expect(excelErrorOf(() => realisationRate(contracts, broken, [["M1"]], null as never, invocation)).message).toBe(
      "Heures, ligne 5, colonne « Heures » : « beaucoup » n'est pas un nombre",
    );
  });
});

describe("=CLAUSES.PARTICIPANTS", () => {
  it("counts the distinct people of the territory and of a company from the hours alone", () => {
    expect(participantCount(hours, null as never, null as never, null as never)).toEqual([[7]]);
    expect(participantCount(hours, [["BTP-RIVIERE"], ["PROPRETE-VR"], ["M5"]], null as never, null as never)).toEqual([[3], [2], [2]]);
  });

  it("counts a buyer's or a pooled contract's people once the Marchés table ventilates the hours", () => {
    // VILLE-VR: P001, P002, P006 ventilated to M1, P005 and P007 on M4. M3 only received P001, P002 and P006's pooled hours.
    expect(participantCount(hours, [["VILLE-VR"], ["HABITAT-SUD"], ["M3"]], contracts, null as never)).toEqual([[5], [3], [3]]);
  });

  it("says a buyer needs the Marchés table, and an unknown scope is unknown", () => {
    expect(excelErrorOf(() => participantCount(hours, [["VILLE-VR"]], null as never, null as never))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("donnez le tableau Marchés pour un acheteur"),
    });
    expect(excelErrorOf(() => participantCount(hours, [["NULLE-PART"]], contracts, null as never)).code).toBe("#N/A");
  });

  it("leaves out people whose hours are all outside their eligibility, given the Participants table", () => {
    const notEligible = demoParticipants.map((person) =>
      person.id === "P007" ? { id: "P007", sex: "F", birthDate: "1990-04-04", firstClauseEntry: "2026-04-01" } : person,
    );
    expect(participantCount(hours, [["M4"]], contracts, withHeader(participantsTable, notEligible))).toEqual([[1]]);
  });
});
