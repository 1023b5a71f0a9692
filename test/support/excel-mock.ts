/**
 * A fake Excel object model on office-addin-mock, just deep enough for the Office adapter:
 * tables by name, worksheets, ranges, settings. It records what the adapter writes and counts
 * `context.sync()` calls, so tests can assert that the number of round trips does not grow with rows.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Cell } from "../../domain";
import type { ExcelRun } from "../../src/workbook/office-workbook";

export interface FakeTable {
  name: string;
  headers: Cell[];
  rows: Cell[][];
  rowIndex?: number;
}

export interface ExcelFake {
  run: ExcelRun;
  syncs: () => number;
  /** Rows added with table.rows.add, per table name. */
  added: Record<string, Cell[][]>;
  /** Ranges written with .values (table creation), in order. */
  written: Cell[][][];
  /** Number formats written, per call. */
  formats: unknown[][][];
  createdTables: string[];
  deletedTables: string[];
  settings: Map<string, string>;
}

export interface FakeOptions {
  /** Sheet row index (0-based, as Office.js `rowIndex`) of the selected cell. */
  selectedRowIndex?: number;
}

/**
 * @example
 * const excel = fakeExcel([{ name: "Marchés", headers: ["Marché"], rows: [["M1"]] }]);
 * await new OfficeWorkbook(excel.run).readTable(marketsTable);
 * excel.syncs() // => 2
 */
export function fakeExcel(tables: FakeTable[] = [], options: FakeOptions = {}): ExcelFake {
  let syncs = 0;
  const fake: Omit<ExcelFake, "run" | "syncs"> = {
    added: {},
    written: [],
    formats: [],
    createdTables: [],
    deletedTables: [],
    settings: new Map(),
  };
  const range = () => {
    const target: { values?: Cell[][]; numberFormat?: unknown[][]; format: { columnWidth?: number } } = { format: {} };
    return new Proxy(target, {
      set(object, key, value) {
        if (key === "values") fake.written.push(value as Cell[][]);
        if (key === "numberFormat") fake.formats.push(value as unknown[][]);
        (object as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
    });
  };
  const sheet = {
    isNullObject: false,
    getRangeByIndexes: () => range(),
    tables: {
      add: () => ({
        set name(value: string) {
          fake.createdTables.push(value);
        },
      }),
    },
  };
  // The data body starts under the header; each of its rows is a child the mock can load.
  const bodyOf = (table: FakeTable) => {
    const rowIndex = (table.rowIndex ?? 0) + 1;
    const lines = Object.fromEntries(table.rows.map((row, index) => [`line${index}`, { values: [row] }]));
    const selected = options.selectedRowIndex;
    const inside = selected !== undefined && selected >= rowIndex && selected < rowIndex + table.rows.length;
    return {
      rowIndex,
      ...lines,
      selection: inside ? { isNullObject: false, rowIndex: selected } : { isNullObject: true, rowIndex: -1 },
      getRow(index: number) {
        return (this as unknown as Record<string, unknown>)[`line${index}`];
      },
    };
  };
  const tableData = Object.fromEntries(
    tables.map((table) => [
      table.name,
      {
        isNullObject: false,
        range: { values: [table.headers, ...table.rows], rowIndex: table.rowIndex ?? 0 },
        header: { values: [table.headers] },
        body: bodyOf(table),
        getDataBodyRange() {
          return (this as unknown as { body: unknown }).body;
        },
        getRange() {
          return (this as unknown as { range: unknown }).range;
        },
        getHeaderRowRange() {
          return (this as unknown as { header: unknown }).header;
        },
        rows: {
          add: (_index: unknown, values: Cell[][]) => void (fake.added[table.name] = [...(fake.added[table.name] ?? []), ...values]),
        },
        delete: () => void fake.deletedTables.push(table.name),
      },
    ]),
  );
  const context = new OfficeMockObject({
    workbook: {
      tables: {
        ...tableData,
        missing: { isNullObject: true },
        getItemOrNullObject(name: string) {
          const self = this as unknown as Record<string, unknown>;
          return tableData[name] ? self[name] : self.missing;
        },
      },
      worksheets: {
        sheet: { isNullObject: false },
        getItemOrNullObject() {
          return Object.assign((this as unknown as { sheet: object }).sheet, sheet);
        },
        add: () => sheet,
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      // The selection intersects a table's body where the fake placed it (see bodyOf).
      getSelectedRange: () => ({
        getIntersectionOrNullObject: (body: { selection: unknown }) => body.selection,
      }),
      settings: {
        add: (key: string, value: string) => void fake.settings.set(key, value),
        getItemOrNullObject: (key: string) => ({ delete: () => void fake.settings.delete(key) }),
      },
    },
  }) as unknown as { sync: () => Promise<void> };
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs += 1;
    await sync();
  };
  const requestContext = context as unknown as Excel.RequestContext;
  return { ...fake, run: (batch) => batch(requestContext), syncs: () => syncs };
}
