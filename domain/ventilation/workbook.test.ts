/**
 * From the workbook's tables to the Ventilation table: located errors, the pack's defaults, rows
 * that add up, progress and explanations.
 */
import { calendarSection } from "../dates/calendar-rules";
import { dayFromIso } from "../dates";
import { ValidationFailed } from "../errors";
import { buildNationalPack, nationalMeta, packRef, type PackMeta } from "../rules";
import { decodeTable, encodeTable, hoursTable, marketsTable, type TableRecord } from "../workbook";
import {
  contractProgress,
  explainMarket,
  roundPreservingSum,
  ventilateRows,
  ventilationOptions,
  ventilationRecords,
  ventilationSection,
} from ".";

const pack = buildNationalPack(nationalMeta as PackMeta, [calendarSection, ventilationSection]);

const MONTHLY = [100, 120, 150, 150, 160, 160, 80, 40, 120, 60, 50, 30];
const markets: TableRecord[] = [
  { id: "M1", company: "X", obligation: 600, start: "2026-01-05", end: "2026-06-30", pooled: true },
  { id: "M2", company: "X", obligation: 400, start: "2026-03-01", end: "2026-09-30" },
  { id: "M3", company: "X", obligation: 300, start: "2026-05-01", end: "2026-12-31", pooled: true },
  { id: "M4", company: "Y", obligation: 50, start: "2026-01-01", end: "2026-12-31", pooled: false },
];
const hours: TableRecord[] = [
  ...MONTHLY.flatMap((total, index) => {
    const month = String(index + 1).padStart(2, "0");
    const last = new Date(Date.UTC(2026, index + 1, 0)).getUTCDate();
    // Split in three participants: 1/3 each, so the detail has fractions to round.
    return ["P1", "P2", "P3"].map((participant) => ({
      participant,
      company: "X",
      start: `2026-${month}-01`,
      end: `2026-${month}-${last}`,
      hours: total / 3,
    }));
  }),
  { participant: "P4", company: "Y", start: "2026-02-01", end: "2026-02-28", hours: 35, market: "M4" },
];

function decoded(table: typeof marketsTable | typeof hoursTable, records: TableRecord[]) {
  const result = decodeTable(table, encodeTable(table, records));
  expect(result.errors).toEqual([]);
  return result.rows;
}

describe("ventilating the workbook's tables", () => {
  it("takes the policy and spread of the pack, and records them", () => {
    const { result } = ventilateRows(decoded(marketsTable, markets), decoded(hoursTable, hours), ventilationOptions(pack));
    expect(result).toMatchObject({ policy: "earliest-end", spread: "calendar", rulePack: packRef(pack) });
    expect(result.markets.map((market) => [market.id, Math.round(market.total * 1e4) / 1e4])).toEqual([
      ["M1", 600],
      ["M2", 400],
      ["M3", 207.0968],
      ["M4", 35],
    ]);
  });

  it("names the table, row and column of every problem, those of the cells and those of the references", () => {
    const badMarkets = decoded(marketsTable, [markets[0] as TableRecord, { id: "M2", company: "X", start: "2026-03-01", obligation: 400 }]);
    const badHours = decoded(hoursTable, [{ company: "X", start: "2026-01-01", end: "2026-01-31", hours: 10, market: "M9" }]);
    try {
      ventilateRows(badMarkets, badHours, ventilationOptions(pack));
      throw new Error("expected errors");
    } catch (error) {
      expect((error as ValidationFailed).errors.map((found) => found.message)).toEqual([
        "Marchés, ligne 3, colonne « Fin » : valeur obligatoire pour la mutualisation (entreprise, dates et heures dues de chaque marché)",
        "Heures, ligne 2, colonne « Marché » : marché « M9 » inconnu (il n'est pas dans la liste des marchés)",
      ]);
    }
  });

  it("writes rows that add up, for each contract, to its figure to 4 decimals, with their provenance", () => {
    const { result } = ventilateRows(
      decoded(marketsTable, markets),
      decoded(hoursTable, hours),
      ventilationOptions(pack, { detail: true }),
    );
    const records = ventilationRecords(result);
    const sum = (market: string) =>
      Math.round(
        records.filter((record) => record.market === market).reduce((total, record) => total + (record.hours as number), 0) * 1e4,
      ) / 1e4;
    expect(sum("M3")).toBe(207.0968);
    expect(sum("M4")).toBe(35);
    expect(records.find((record) => record.kind === "Hors période")).toMatchObject({
      company: "X",
      month: "2026-01-01",
      hours: expect.any(Number),
    });
    expect(
      records.filter((record) => record.kind === "Hors période").reduce((total, record) => total + (record.hours as number), 0),
    ).toBeCloseTo(12.9032, 4);
    expect(records[0]).toMatchObject({
      company: "X",
      market: "M1",
      participant: "P1",
      month: "2026-01-01",
      kind: "Ventilée",
      policy: "Fin la plus proche d'abord",
      spread: "Jours calendaires",
      rulePack: packRef(pack),
      inputDigest: result.inputDigest,
    });
    expect(new Set(records.map((record) => record.kind))).toEqual(new Set(["Ventilée", "Directe", "Hors période"]));
  });

  it("rounds parts so that they add up to their rounded total", () => {
    expect(roundPreservingSum([1 / 3, 1 / 3, 1 / 3], 2)).toEqual([0.34, 0.33, 0.33]);
    expect(roundPreservingSum([29.03225, 29.03225, 29.03225], 4).reduce((a, b) => a + b, 0)).toBeCloseTo(87.0968, 10);
  });
});

describe("where a contract stands", () => {
  const { result } = ventilateRows(decoded(marketsTable, markets), decoded(hoursTable, hours), ventilationOptions(pack, { trace: true }));
  const m3 = result.markets[2]!;

  it("compares realised and elapsed shares, and alerts 60 days before the end of a contract still short", () => {
    const progress = contractProgress(m3, dayFromIso("2026-11-26"), 60);
    expect(progress.realised).toBeCloseTo(207.0968 / 300, 6);
    expect(progress.elapsed).toBeCloseTo(210 / 245, 6);
    expect(progress).toMatchObject({ daysLeft: 35, endingShort: true, endedShort: false });
    expect(contractProgress(m3, dayFromIso("2026-10-31"), 60).endingShort).toBe(false);
    expect(contractProgress(m3, dayFromIso("2027-01-01"), 60)).toMatchObject({ endingShort: false, endedShort: true, elapsed: 1 });
    expect(contractProgress(result.markets[0]!, dayFromIso("2026-06-01"), 60).endingShort).toBe(false);
  });

  it("explains a figure: the rule, the periods it was active in, the lines it came from", () => {
    const explanation = explainMarket(result, "M3")!;
    expect(explanation.summary).toBe(
      "M3 (X) : 207,1 h sur 300 h dues (69 %), dont 0 h directes et 207,1 h ventilées. Règle « Fin la plus proche d'abord » : chaque jour, les heures mutualisées vont d'abord au marché actif qui se termine le plus tôt (à égalité : qui a commencé le plus tôt, puis l'ordre du tableau), jusqu'à ses heures dues, puis au suivant ; les heures directes d'un jour passent avant. Répartition : les heures d'une ligne sont réparties également sur chaque jour de sa période, bornes comprises. Paquet de règles " +
        packRef(pack) +
        ".",
    );
    expect(explanation.periods.map((period) => [period.start, period.end, Math.round(period.received * 100) / 100])).toEqual([
      ["2026-05-01", "2026-06-30", 0],
      ["2026-07-01", "2026-09-30", 67.1],
      ["2026-10-01", "2026-12-31", 140],
    ]);
    // September's three lines and the nine of October to December.
    expect(new Set(explanation.lines.map((share) => share.line))).toEqual(new Set([24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35]));
    expect(explanation.lines.reduce((total, share) => total + share.hours, 0)).toBeCloseTo(207.0968, 4);
  });
});
