/**
 * The Office adapter under hostile names, failures and co-authors (issue 17), on the Excel fake,
 * which reads formula-like strings as Excel does and fails the N-th operation of a batch on demand.
 */
import { bilansTable, hoursTable, participantsTable, ventilationTable, type Cell, type TableRecord } from "../../domain";
import { fakeExcel, type FakeTable } from "../../test/support/excel-mock";
import { hourRecords } from "../../test/support/hour-records";
import { OfficeWorkbook } from "./office-workbook";
import { CHART_PREFIX } from "./office-report";
import type { TableWrite } from "./port";

/** Names that Excel (or a CSV reader) would take for a formula or a command. */
const HOSTILE = [
  '=HYPERLINK("http://exemple.invalid","clic")',
  "+cmd|' /C calc'!A0",
  "-",
  "@SUM(A1)",
  "\tP1",
  "\rP2",
  "-2+3",
  "'déjà cité",
];

const hourHeaders: Cell[] = hoursTable.columns.map((column) => column.header);

function hostileHours(): TableRecord[] {
  return HOSTILE.map((name, index) => ({ ...hourRecords(1)[0], participant: name, employer: HOSTILE[(index + 1) % HOSTILE.length] }));
}

function ventilationRecords(count: number, name = "P1"): TableRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    market: `M${index}`,
    participant: name,
    month: "2026-01-01",
    kind: "comptée",
    hours: 12,
  }));
}

function bilanRecords(count: number): TableRecord[] {
  return Array.from({ length: count }, (_, index) => ({ scope: "Territoire", indicator: `Indicateur ${index}`, value: String(index) }));
}

describe("text becomes a formula in Excel (defect: raw strings handed to Range.values and rows.add)", () => {
  it("the fake reads a raw formula-like string as Excel does (the check below can fail)", async () => {
    const excel = fakeExcel([], { sheets: [{ name: "Feuil1", cells: [] }] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Feuil1").getRangeByIndexes(0, 0, 1, 1).values = [[HOSTILE[0]!]];
      await context.sync();
    });
    expect(Object.keys(excel.formulas())).toEqual(["Feuil1!A1"]);
  });

  it.each([
    ["a created table", [] as FakeTable[], 1],
    ["an appended table", [{ name: "Heures", headers: hourHeaders, rows: [] }], 1],
    ["a staged (large) created table", [] as FakeTable[], 5_000],
    ["a staged (large) append", [{ name: "Heures", headers: hourHeaders, rows: [] }], 5_000],
  ])("keeps hostile names as text through %s, and reads them back unchanged", async (_, tables, copies) => {
    const excel = fakeExcel(tables);
    const workbook = new OfficeWorkbook(excel.run);
    const records = Array.from({ length: copies }, () => hostileHours()).flat();
    await workbook.appendRecords(hoursTable, records);
    expect(excel.formulas()).toEqual({});
    const snapshot = await workbook.readTable(hoursTable);
    const participant = snapshot!.headers.indexOf("Participant");
    expect(snapshot!.rows.slice(0, HOSTILE.length).map((row) => row[participant])).toEqual(HOSTILE);
  });

  it("keeps them as text in a replaced add-in table, in the bilans' chart blocks and in purged cells", async () => {
    const excel = fakeExcel([
      { name: "Ventilation", headers: ["Marché", "Participant"], rows: [["M0", "P0"]] },
      { name: "Participants", headers: ["Identifiant", "Nom"], rows: [["P1", "Ancien"]] },
    ]);
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.replaceRecords(ventilationTable, ventilationRecords(1, HOSTILE[1]));
    await workbook.writeReport({
      table: bilansTable,
      records: [{ scope: HOSTILE[0], indicator: "Heures", value: "-" }],
      charts: [{ kind: "columnClustered", title: HOSTILE[3]!, headers: ["Mois", "Heures"], rows: [[HOSTILE[1]!, 3]] }],
    });
    expect(excel.formulas()).toEqual({});
    const participants = excel.sheet("Participants")!;
    expect(participants[1]).toEqual(["P1", "Ancien"]);
    expect((await workbook.readTable(ventilationTable))!.rows[0]).toContain(HOSTILE[1]);
    void participantsTable;
  });
});

/** The largest batch the add-in sends: the whole-workbook run's replacement of its owned tables, plus an append. */
function pipelineLikeWrite(): { tables: FakeTable[]; writes: TableWrite[] } {
  return {
    tables: [
      {
        name: "Ventilation",
        headers: ventilationTable.columns.map((column) => column.header),
        rows: [["BTP", "M1", "P1", "2026-01", "comptée", 3]],
      },
      { name: "Bilans", headers: bilansTable.columns.map((column) => column.header), rows: [["Territoire", "Heures", "3"]], rowIndex: 2 },
      { name: "Heures", headers: hourHeaders, rows: [] },
    ],
    writes: [
      { table: ventilationTable, records: ventilationRecords(4), mode: "replace" },
      { table: bilansTable, records: bilanRecords(3), mode: "replace" },
      { table: hoursTable, records: hourRecords(2), mode: "append" },
    ],
  };
}

describe("writes in Excel are not all-or-nothing (defect: a failing operation left Ventilation replaced and Bilans deleted)", () => {
  it("leaves every table as it was when any operation of the batch fails (op 1, 2, … N)", async () => {
    const { tables, writes } = pipelineLikeWrite();
    const reference = fakeExcel(tables);
    const initial = reference.snapshot();
    await new OfficeWorkbook(reference.run).writeTables(writes);
    const total = reference.operations();
    expect(total).toBeGreaterThan(10);
    for (let operation = 1; operation <= total; operation += 1) {
      const excel = fakeExcel(tables, { failAtOperation: operation });
      await expect(new OfficeWorkbook(excel.run).writeTables(writes)).rejects.toThrow(/simulated/);
      expect([operation, excel.snapshot()]).toEqual([operation, initial]);
    }
  });

  it("leaves the workbook as it was when any operation of a large (staged) replacement fails", async () => {
    const tables: FakeTable[] = [{ name: "Ventilation", headers: ["Marché", "Participant"], rows: [["M0", "P0"]] }];
    // About 200 bytes a row: 22 000 rows weigh more than the 4 MB of one request, so they go through the staging sheet.
    const writes: TableWrite[] = [{ table: ventilationTable, records: ventilationRecords(22_000, `P${"x".repeat(180)}`), mode: "replace" }];
    const reference = fakeExcel(tables);
    const initial = reference.snapshot();
    await new OfficeWorkbook(reference.run).writeTables(writes);
    expect(reference.syncs()).toBeGreaterThan(5);
    const total = reference.operations();
    for (let operation = 1; operation <= total; operation += 1) {
      const excel = fakeExcel(tables, { failAtOperation: operation });
      await expect(new OfficeWorkbook(excel.run).writeTables(writes)).rejects.toThrow(/simulated/);
      expect([operation, excel.snapshot()]).toEqual([operation, initial]);
    }
  });

  it("takes appended rows out again when a later slice of a large append fails", async () => {
    const excel = fakeExcel([{ name: "Heures", headers: hourHeaders, rows: [] }], { failAtSync: 4 });
    const initial = excel.snapshot();
    await expect(new OfficeWorkbook(excel.run).appendRecords(hoursTable, hourRecords(50_000))).rejects.toThrow(/simulated/);
    expect(excel.snapshot()).toEqual(initial);
  });

  it("writes the bilans' charts in the same all-or-nothing batch (any failing operation leaves the table)", async () => {
    const tables: FakeTable[] = [
      { name: "Bilans", headers: bilansTable.columns.map((column) => column.header), rows: [["Territoire", "Ancien", "1"]] },
    ];
    const report = {
      table: bilansTable,
      records: bilanRecords(2),
      charts: [{ kind: "columnClustered" as const, title: "Heures", headers: ["Mois", "Heures"], rows: [["2026-01", 3]] }],
    };
    const reference = fakeExcel(tables, { charts: { Bilans: [{ name: "Mon graphique" }] } });
    await new OfficeWorkbook(reference.run).writeReport(report);
    const total = reference.operations();
    for (let operation = 1; operation <= total; operation += 1) {
      const excel = fakeExcel(tables, { failAtOperation: operation, charts: { Bilans: [{ name: "Mon graphique" }] } });
      const before = (excel.snapshot() as { tables: unknown[] }).tables;
      await expect(new OfficeWorkbook(excel.run).writeReport(report)).rejects.toThrow(/simulated/);
      expect((excel.snapshot() as { tables: unknown[] }).tables).toEqual(before);
      const blank = (row: Cell[]) => row.slice(0, bilansTable.columns.length).map((cell) => (cell === "" ? null : cell));
      expect(excel.sheet("Bilans")!.slice(0, 2).map(blank)).toEqual([
        bilansTable.columns.map((column) => column.header),
        ["Territoire", "Ancien", "1", null, null, null, null, null],
      ]);
      expect(excel.charts("Bilans").map((chart) => chart.name)).toContain("Mon graphique");
      expect(excel.charts("Bilans").some((chart) => chart.name.startsWith(CHART_PREFIX))).toBe(false);
    }
  });
});

describe("co-authors (defect: large writes reused table sizes read several syncs earlier)", () => {
  it("keeps a row a co-author appends during a large append inside the table, with every row of ours", async () => {
    const excel = fakeExcel([{ name: "Heures", headers: hourHeaders, rows: [] }], {
      afterSync: (sync, fake) => {
        if (sync === 3) fake.coAuthor.appendRow("Heures", ["CO-AUTEUR", "BTP", "BTP", "Embauche directe", "CDI", 46023, 46053, 7, "M1"]);
      },
    });
    await new OfficeWorkbook(excel.run).appendRecords(hoursTable, hourRecords(50_000));
    const table = excel.table("Heures")!;
    expect(table.rowCount).toBe(1 + 50_000 + 1);
    const grid = excel.sheet("Heures")!;
    expect(grid.length).toBe(table.rowCount); // nothing below the table
    expect(grid.filter((row) => row[0] === "CO-AUTEUR")).toHaveLength(1);
  });

  it("refuses rows a second import adds when the first already added them meanwhile (defect: two interleaved imports added duplicates)", async () => {
    const excel = fakeExcel([{ name: "Heures", headers: hourHeaders, rows: [] }]);
    const workbook = new OfficeWorkbook(excel.run);
    const rows = hourRecords(5);
    const unique = Object.keys(rows[0]!);
    await workbook.writeTables([{ table: hoursTable, records: rows, mode: "append", unique }]);
    await expect(workbook.writeTables([{ table: hoursTable, records: rows, mode: "append", unique }])).rejects.toThrow(
      /déjà dans le tableau Heures \(ligne\(s\) 2, 3, 4, 5, 6\)/,
    );
    expect(excel.table("Heures")!.rowCount).toBe(6);
  });
});

describe("the facilitator's cells under an add-in table are erased when it grows (defect)", () => {
  it("stops, naming the cells, and writes nothing", async () => {
    const excel = fakeExcel([{ name: "Ventilation", headers: ["Marché", "Participant"], rows: [["M0", "P0"]] }]);
    excel.coAuthor.setCell("Ventilation", 4, 1, "ma note");
    const before = excel.snapshot();
    await expect(new OfficeWorkbook(excel.run).replaceRecords(ventilationTable, ventilationRecords(6))).rejects.toThrow(
      /doit s'agrandir sur des cellules qui contiennent des données \(feuille « Ventilation », B5\)/,
    );
    expect(excel.snapshot()).toEqual(before);
    expect(excel.requests.some((request) => request.wrote)).toBe(false);
  });

  it("checks the columns it grows into too", async () => {
    const excel = fakeExcel([{ name: "Ventilation", headers: ["Marché", "Participant"], rows: [["M0", "P0"]] }]);
    excel.coAuthor.setCell("Ventilation", 0, 4, "à droite");
    await expect(new OfficeWorkbook(excel.run).replaceRecords(ventilationTable, ventilationRecords(1))).rejects.toThrow(/E1/);
  });
});
