/**
 * The Office adapter's bilans batches on office-addin-mock: the Bilans table with its native charts,
 * and the purge's cell updates — each in a fixed number of round trips whatever the size.
 */
import { OfficeMockObject } from "office-addin-mock";
import { bilansTable, participantsTable, type Cell } from "../../domain";
import type { ChartBlock } from "../../domain/reporting";
import { CHART_PREFIX, columnLetter } from "./office-report";
import { OfficeWorkbook, type ExcelRun } from "./office-workbook";

interface Recorded {
  syncs: number;
  written: { row: number; column: number; values: Cell[][] }[];
  charts: {
    type: string;
    seriesBy: string;
    source: { row: number; column: number; rows: number; columns: number };
    name?: string;
    title?: string;
    at?: unknown[];
  }[];
  deletedCharts: string[];
  deletedTables: string[];
  cleared: string[];
  createdTables: string[];
  addedSheets: string[];
  cells: { index: number; column: number; values: Cell[][] }[];
}

/** A workbook with (or without) a Bilans sheet holding an old table, the add-in's old chart and the user's own chart. */
function fakeExcel(options: { sheet: boolean; participants?: { headers: Cell[]; rows: Cell[][] } }): { run: ExcelRun; recorded: Recorded } {
  const recorded: Recorded = {
    syncs: 0,
    written: [],
    charts: [],
    deletedCharts: [],
    deletedTables: [],
    cleared: [],
    createdTables: [],
    addedSheets: [],
    cells: [],
  };
  const range = (row: number, column: number, rows: number, columns: number) => {
    const target = { row, column, rows, columns, format: { font: {}, columnWidth: 0 } };
    return new Proxy(target as Record<string, unknown>, {
      set(object, key, value) {
        if (key === "values") recorded.written.push({ row, column, values: value as Cell[][] });
        object[key as string] = value;
        return true;
      },
    });
  };
  const chart = (entry: Recorded["charts"][number]) => ({
    title: {
      set text(value: string) {
        entry.title = value;
      },
    },
    set name(value: string) {
      entry.name = value;
    },
    setPosition: (...at: unknown[]) => void (entry.at = at),
  });
  const sheet = {
    isNullObject: !options.sheet,
    getRangeByIndexes: range,
    getRange: (address: string) => ({ clear: () => void recorded.cleared.push(address) }),
    tables: {
      add: () => ({
        set name(value: string) {
          recorded.createdTables.push(value);
        },
      }),
    },
    charts: {
      items: [
        { name: `${CHART_PREFIX}Heures réalisées par mois`, delete: () => void recorded.deletedCharts.push("add-in") },
        { name: "Mon graphique", delete: () => void recorded.deletedCharts.push("user") },
      ],
      add: (type: string, source: { row: number; column: number; rows: number; columns: number }, seriesBy: string) => {
        const entry = { type, seriesBy, source: { row: source.row, column: source.column, rows: source.rows, columns: source.columns } };
        recorded.charts.push(entry);
        return chart(entry);
      },
    },
  };
  const participants = options.participants;
  const context = new OfficeMockObject({
    workbook: {
      tables: {
        bilans: { isNullObject: !options.sheet, delete: () => void recorded.deletedTables.push("Bilans") },
        participants: {
          isNullObject: !participants,
          header: { values: [participants?.headers ?? []] },
          body: {
            values: participants?.rows ?? [],
            rowIndex: 1,
            getCell: (index: number, column: number) =>
              new Proxy({} as Record<string, unknown>, {
                set(object, key, value) {
                  if (key === "values") recorded.cells.push({ index, column, values: value as Cell[][] });
                  return true;
                },
              }),
          },
          getHeaderRowRange() {
            return (this as unknown as { header: unknown }).header;
          },
          getDataBodyRange() {
            return (this as unknown as { body: unknown }).body;
          },
        },
        getItemOrNullObject(name: string) {
          const self = this as unknown as Record<string, unknown>;
          return name === "Bilans" ? self.bilans : self.participants;
        },
      },
      worksheets: {
        sheet,
        getItemOrNullObject() {
          return (this as unknown as { sheet: unknown }).sheet;
        },
        add: (name: string) => {
          recorded.addedSheets.push(name);
          return { ...sheet, isNullObject: false };
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
    },
  }) as unknown as { sync: () => Promise<void> };
  const sync = context.sync.bind(context);
  context.sync = async () => {
    recorded.syncs += 1;
    await sync();
  };
  return { run: (batch) => batch(context as unknown as Excel.RequestContext), recorded };
}

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

describe("writing the Bilans sheet with native charts", () => {
  it.each([10, 5000])(
    "replaces the table (%i rows), the add-in's charts and their data in three round trips, keeping the user's chart",
    async (count) => {
      const { run, recorded } = fakeExcel({ sheet: true });
      await new OfficeWorkbook(run).writeReport({ table: bilansTable, records: records(count), charts: blocks });
      expect(recorded.syncs).toBe(3);
      expect(recorded.deletedTables).toEqual(["Bilans"]);
      expect(recorded.deletedCharts).toEqual(["add-in"]);
      expect(recorded.createdTables).toEqual(["Bilans"]);
      // The table is 8 columns wide (A–H); the blocks go from column J, cleared first.
      expect(recorded.cleared).toEqual(["J:M"]);
      expect(recorded.written[0]?.values).toHaveLength(count + 1);
      expect(recorded.written.find((write) => write.column === 9 && write.row === 1)?.values).toEqual([
        ["Marché", "Heures dues", "Heures réalisées"],
        ["M1", 600, 600],
        ["M4", 450, 350],
      ]);
      // A hidden count is an empty cell: the chart leaves a gap rather than drawing it as zero.
      expect(recorded.written.find((write) => write.column === 9 && write.row === 6)?.values).toEqual([
        ["Tranche d'âge", "Participants"],
        ["Moins de 26 ans", ""],
        ["26 à 49 ans", 7],
      ]);
      expect(recorded.charts.map((chart) => [chart.type, chart.seriesBy, chart.name, chart.source])).toEqual([
        ["ColumnClustered", "Columns", `${CHART_PREFIX}Heures réalisées et dues par marché`, { row: 1, column: 9, rows: 3, columns: 3 }],
        ["BarClustered", "Columns", `${CHART_PREFIX}Participants par tranche d'âge`, { row: 6, column: 9, rows: 3, columns: 2 }],
      ]);
      expect(recorded.charts[0]?.title).toBe("Heures réalisées et dues par marché");
    },
  );

  it("creates the sheet in two round trips when the workbook has none", async () => {
    const { run, recorded } = fakeExcel({ sheet: false });
    await new OfficeWorkbook(run).writeReport({ table: bilansTable, records: records(3), charts: blocks });
    expect(recorded.syncs).toBe(2);
    expect(recorded.addedSheets).toEqual(["Bilans"]);
    expect(recorded.charts).toHaveLength(2);
  });

  it("names columns beyond Z", () => {
    expect([0, 9, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "J", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

describe("the purge's cell updates", () => {
  const headers: Cell[] = ["Participant", "Notes", "Date de naissance", "Données purgées le", "Tranche d'âge à l'entrée"];
  const rows: Cell[][] = Array.from({ length: 2000 }, (_, index) => [`P${index}`, "", 30000, "", ""]);

  it("writes the listed cells of 2,000 checked rows in three round trips, dates as serials, cleared cells empty", async () => {
    const { run, recorded } = fakeExcel({ sheet: true, participants: { headers, rows } });
    const updates = rows.map((_, index) => ({
      row: index + 2,
      key: { column: "id", value: `P${index}` },
      values: { birthDate: null, purgedOn: "2031-12-01", ageBandAtEntry: "26-49" },
    }));
    await new OfficeWorkbook(run).updateRows([{ table: participantsTable, rows: updates }]);
    expect(recorded.syncs).toBe(3);
    expect(recorded.cells).toHaveLength(6000);
    expect(recorded.cells.slice(0, 3)).toEqual([
      { index: 0, column: 2, values: [[""]] },
      { index: 0, column: 3, values: [[48183]] }, // 2031-12-01
      { index: 0, column: 4, values: [["26-49"]] },
    ]);
  });

  it("writes nothing when a row no longer holds its participant", async () => {
    const { run, recorded } = fakeExcel({ sheet: true, participants: { headers, rows } });
    const update = { row: 5, key: { column: "id", value: "P9" }, values: { birthDate: null } };
    await expect(new OfficeWorkbook(run).updateRows([{ table: participantsTable, rows: [update] }])).rejects.toThrow(
      "Participants, ligne 5 : la ligne 5 ne contient plus « P9 » : relisez le classeur, rien n'a été modifié",
    );
    expect(recorded.cells).toEqual([]);
  });
});
