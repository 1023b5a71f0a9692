/**
 * The Office adapter's bilans batches on the office-addin-mock workbook (test/support/excel-mock):
 * the Bilans table with its native charts, and the purge's cell updates — each in a fixed number
 * of round trips whatever the size.
 */
import { bilansTable, participantsTable, validationsTable, type Cell } from "../../domain";
import type { ChartBlock } from "../../domain/reporting";
import { fakeExcel } from "../../test/support/excel-mock";
import { CHART_PREFIX, columnLetter } from "./office-report";
import { OfficeWorkbook } from "./office-workbook";

const blocks: ChartBlock[] = [
  {
    title: "Heures réalisées et dues par marché",
    kind: "columnClustered",
    headers: ["Marché", "Heures dues", "Heures réalisées"],
    rows: [
      ["M1", 600, 600],
      ["M4", 450, 350],
    ],
  },
  {
    title: "Participants par tranche d'âge",
    kind: "barClustered",
    headers: ["Tranche d'âge", "Participants"],
    rows: [
      ["Moins de 26 ans", null],
      ["26 à 49 ans", 7],
    ],
  },
];

function records(count: number) {
  return Array.from({ length: count }, (_, index) => ({ scope: "Territoire", indicator: `Indicateur ${index}`, value: index, unit: "h" }));
}

/** A workbook whose Bilans sheet holds an older Bilans table, the add-in's older chart and the facilitator's own chart. */
function withOldBilans() {
  const headers = bilansTable.columns.map((column) => column.header) as Cell[];
  return fakeExcel([{ name: "Bilans", headers, rows: [["Territoire", "Ancien", 1, "", "", "", "", ""]] }], {
    charts: { Bilans: [{ name: `${CHART_PREFIX}Heures réalisées par mois` }, { name: "Mon graphique" }] },
  });
}

describe("writing the Bilans sheet with native charts", () => {
  it.each([10, 5000])(
    "replaces the table (%i rows), the add-in's charts and their data in five round trips, keeping the user's chart",
    async (count) => {
      const excel = withOldBilans();
      await new OfficeWorkbook(excel.run).writeReport({ table: bilansTable, records: records(count), charts: blocks });
      // Lookups, the old table's place, its cells read back (for a failed write), the sheet's charts, then the write.
      expect(excel.syncs()).toBe(5);
      expect(excel.deletedTables).toEqual(["Bilans"]);
      expect(excel.table("Bilans")).toMatchObject({ sheet: "Bilans", rowIndex: 0, columnIndex: 0, rowCount: count + 1, columnCount: 8 });
      const sheet = excel.sheet("Bilans")!;
      // The blocks start in column J (the table is A–H), under their titles.
      expect(sheet[0]?.[9]).toBe("Heures réalisées et dues par marché");
      expect(sheet.slice(1, 4).map((row) => row.slice(9, 12))).toEqual([
        ["Marché", "Heures dues", "Heures réalisées"],
        ["M1", 600, 600],
        ["M4", 450, 350],
      ]);
      // A hidden count is an empty cell: the chart leaves a gap rather than drawing it as zero.
      expect(sheet.slice(6, 9).map((row) => row.slice(9, 11))).toEqual([
        ["Tranche d'âge", "Participants"],
        ["Moins de 26 ans", ""],
        ["26 à 49 ans", 7],
      ]);
      expect(excel.charts("Bilans").map((chart) => [chart.name, chart.type, chart.seriesBy, chart.source])).toEqual([
        ["Mon graphique", "", "", { row: 0, column: 0, height: 0, width: 0 }],
        [`${CHART_PREFIX}Heures réalisées et dues par marché`, "ColumnClustered", "Columns", { row: 1, column: 9, height: 3, width: 3 }],
        [`${CHART_PREFIX}Participants par tranche d'âge`, "BarClustered", "Columns", { row: 6, column: 9, height: 3, width: 2 }],
      ]);
      expect(excel.charts("Bilans")[1]?.title).toBe("Heures réalisées et dues par marché");
      expect(excel.requests.at(-1)?.suspended).toBe(true);
    },
  );

  it("creates the sheet, the table and the charts in two round trips when the workbook has none", async () => {
    const excel = fakeExcel();
    await new OfficeWorkbook(excel.run).writeReport({ table: bilansTable, records: records(3), charts: blocks });
    expect(excel.syncs()).toBe(2);
    expect(excel.sheetNames()).toEqual(["Bilans"]);
    expect(excel.charts("Bilans")).toHaveLength(2);
  });

  it("stages a table too large for one request, then draws the charts", async () => {
    const excel = withOldBilans();
    const large = Array.from({ length: 40_000 }, (_, index) => ({
      scope: "Territoire",
      indicator: `Indicateur ${index} ${"x".repeat(60)}`,
      value: index,
      source: "Heures, lignes 2–40 000 ; marchés M1, M2, M3",
    }));
    await new OfficeWorkbook(excel.run).writeReport({ table: bilansTable, records: large, charts: blocks });
    expect(excel.syncs()).toBeGreaterThan(4);
    expect(Math.max(...excel.requests.map((request) => request.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(excel.table("Bilans")?.rowCount).toBe(40_001);
    expect(excel.charts("Bilans")).toHaveLength(3);
  });

  it("names columns beyond Z", () => {
    expect([0, 9, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "J", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

describe("the purge's cell updates", () => {
  const headers: Cell[] = ["Participant", "Notes", "Date de naissance", "Données purgées le", "Tranche d'âge à l'entrée"];
  const rows: Cell[][] = Array.from({ length: 2000 }, (_, index) => [`P${index}`, "", 30000, "", ""]);
  const validations = {
    name: "Validations",
    headers: ["Participant", "Validé le", "Validé par", "Critères validés", "Justificatifs vus"] as Cell[],
    rows: [["P1", 46023, "PLIE", "DELD", "Attestation"]] as Cell[][],
  };

  it("writes the listed cells of 2,000 checked rows of two tables in three round trips, dates as serials, cleared cells empty", async () => {
    const excel = fakeExcel([{ name: "Participants", headers, rows }, validations]);
    const updates = rows.map((_, index) => ({
      row: index + 2,
      key: { column: "id", value: `P${index}` },
      values: { birthDate: null, purgedOn: "2031-12-01", ageBandAtEntry: "26-49" },
    }));
    await new OfficeWorkbook(excel.run).updateRows([
      { table: participantsTable, rows: updates },
      {
        table: validationsTable,
        rows: [{ row: 2, key: { column: "participant", value: "P1" }, values: { criteria: null, proofs: null } }],
      },
    ]);
    expect(excel.syncs()).toBe(3);
    // 2031-12-01 is serial 48183.
    expect(excel.sheet("Participants")?.[1]).toEqual(["P0", "", "", 48183, "26-49"]);
    expect(excel.sheet("Participants")?.[2000]).toEqual(["P1999", "", "", 48183, "26-49"]);
    expect(excel.sheet("Validations")?.[1]).toEqual(["P1", 46023, "PLIE", "", ""]);
  });

  it("writes nothing when a row no longer holds its participant", async () => {
    const excel = fakeExcel([{ name: "Participants", headers, rows }]);
    const update = { row: 5, key: { column: "id", value: "P9" }, values: { birthDate: null } };
    await expect(new OfficeWorkbook(excel.run).updateRows([{ table: participantsTable, rows: [update] }])).rejects.toThrow(
      "Participants, ligne 5 : la ligne 5 ne contient plus « P9 » : relisez le classeur, rien n'a été modifié",
    );
    expect(excel.sheet("Participants")?.[4]).toEqual(["P3", "", 30000, "", ""]);
  });
});
