/**
 * A fake Excel object model on office-addin-mock, deep enough for the Office adapter: sheets holding
 * grids of cells, tables (ListObjects) over them, ranges, settings. Tables, sheets, ranges and settings
 * are `OfficeMockObject`s, so reading a property that was not loaded, or before `context.sync()`, gives
 * office-addin-mock's error string instead of a value, as Excel would fail. Collections (`items`) are
 * plain objects: office-addin-mock does not model them.
 *
 * The fake counts `context.sync()` calls and weighs each request (values, formats and names written)
 * and each response (values loaded), so tests can assert that round trips do not grow with rows and
 * that no request exceeds Excel on the web's 5 MB.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Cell } from "../../domain";
import { byteLength } from "../../src/workbook/payload";
import type { ExcelRun } from "../../src/workbook/office-read";

export interface FakeTable {
  name: string;
  headers: Cell[];
  rows: Cell[][];
  /** 0-based position of the header row (default 0). */
  rowIndex?: number;
  columnIndex?: number;
  /** Sheet holding the table (default: the table's name). */
  sheet?: string;
}

/** A plain sheet: its cells from A1. */
export interface FakeSheet {
  name: string;
  cells: Cell[][];
}

/** What one `context.sync()` carried. */
export interface FakeRequest {
  /** Bytes of values, formats and names sent. */
  requestBytes: number;
  /** Bytes of values loaded. */
  responseBytes: number;
  /** Whether calculation was suspended until this sync. */
  suspended: boolean;
  /** Whether the request changed the workbook. */
  wrote: boolean;
}

export interface ExcelFake {
  run: ExcelRun;
  syncs: () => number;
  /** One entry per sync, in order. */
  requests: FakeRequest[];
  /** Rows added with table.rows.add, per table name. */
  added: Record<string, Cell[][]>;
  /** Ranges written with .values, in order. */
  written: Cell[][][];
  /** Number formats written, per call. */
  formats: unknown[][][];
  createdTables: string[];
  deletedTables: string[];
  settings: Map<string, string>;
  /** The cells of a sheet from A1 (undefined once deleted). */
  sheet: (name: string) => Cell[][] | undefined;
  sheetNames: () => string[];
  /** Where a table is (0-based) and how big, header included. */
  table: (name: string) => { sheet: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | undefined;
  /** The charts of a sheet, as drawn (`sheet.charts.add`). */
  charts: (sheet: string) => FakeChart[];
}

/** A chart of a sheet: its type, the cells it is drawn from (0-based), its name, title and position. */
export interface FakeChart {
  type: string;
  seriesBy: string;
  source: Rect;
  name: string;
  title: string;
  position: [Rect, Rect] | null;
}

interface SheetState {
  name: string;
  visibility: string;
  grid: Cell[][];
  charts: FakeChart[];
}

interface TableState {
  name: string;
  sheet: SheetState;
  row: number;
  column: number;
  height: number;
  width: number;
}

/** office-addin-mock's methods for growing a mock after construction (public in its JavaScript, private in its types). */
interface MockInternals {
  addMock(name: string): void;
  populate(data: Record<string, unknown>): void;
}

interface Rect {
  row: number;
  column: number;
  height: number;
  width: number;
}

const NOT_A_VALUE = /^Error, /; // office-addin-mock's « not loaded » / « not synced » markers

/**
 * @example
 * const excel = fakeExcel([{ name: "Marchés", headers: ["Marché"], rows: [["M1"]] }]);
 * await new OfficeWorkbook(excel.run).readTable(marketsTable);
 * excel.syncs() // => 3
 */
export interface FakeOptions {
  sheets?: FakeSheet[];
  /** Charts already on a sheet, by sheet name. */
  charts?: Record<string, Pick<FakeChart, "name">[]>;
  /** Makes the N-th sync fail (1-based), to test that nothing is left half written. */
  failAtSync?: number;
  /** Sheet row index (0-based, as Office.js `rowIndex`) of the selected cell, on the first table's sheet. */
  selectedRowIndex?: number;
}

export function fakeExcel(tables: FakeTable[] = [], options: FakeOptions = {}): ExcelFake {
  const sheets = new Map<string, SheetState>();
  const tableStates = new Map<string, TableState>();
  const requests: FakeRequest[] = [];
  const fake = {
    added: {} as Record<string, Cell[][]>,
    written: [] as Cell[][][],
    formats: [] as unknown[][][],
    createdTables: [] as string[],
    deletedTables: [] as string[],
    settings: new Map<string, string>(),
  };
  let current: FakeRequest = { requestBytes: 0, responseBytes: 0, suspended: false, wrote: false };
  const send = (value: unknown, wrote = true) => {
    current.requestBytes += byteLength(value) + 40; // + the operation's name and object id
    current.wrote ||= wrote;
  };

  const addSheet = (name: string): SheetState => {
    const charts = (options.charts?.[name] ?? []).map((chart) => ({
      type: "",
      seriesBy: "",
      source: { row: 0, column: 0, height: 0, width: 0 },
      title: "",
      position: null,
      ...chart,
    }));
    const state: SheetState = { name, visibility: "Visible", grid: [] as Cell[][], charts };
    sheets.set(name, state);
    return state;
  };
  for (const sheet of options.sheets ?? []) addSheet(sheet.name).grid = sheet.cells.map((row) => [...row]);
  for (const table of tables) {
    const sheet = sheets.get(table.sheet ?? table.name) ?? addSheet(table.sheet ?? table.name);
    const [row, column] = [table.rowIndex ?? 0, table.columnIndex ?? 0];
    writeGrid(sheet.grid, { row, column, height: table.rows.length + 1, width: table.headers.length }, [table.headers, ...table.rows]);
    tableStates.set(table.name, { name: table.name, sheet, row, column, height: table.rows.length + 1, width: table.headers.length });
  }

  const context = new OfficeMockObject({ pool: {} }) as unknown as { pool: MockInternals; sync: () => Promise<void>; workbook: unknown };
  let ids = 0;
  /** A new mock object, watched: writes of `watched` properties go to `onSet` instead of the object. */
  const mock = <T extends object>(data: Record<string, unknown>, onSet: Record<string, (value: unknown) => void> = {}): T => {
    const id = `o${(ids += 1)}`;
    context.pool.addMock(id);
    const raw = (context.pool as unknown as Record<string, MockInternals>)[id]!;
    // `isNullObject` is not a loadable property: Office.js fills it at the next sync (and reading it
    // before that sync is a bug the fake reports), so it is kept out of office-addin-mock's load model.
    const { isNullObject, ...loadable } = data;
    raw.populate(loadable);
    if (isNullObject !== undefined) {
      const createdAt = requests.length;
      Object.defineProperty(raw, "isNullObject", {
        get: () => {
          if (requests.length <= createdAt) throw new Error("isNullObject read before context.sync()");
          return isNullObject;
        },
      });
    }
    return new Proxy(raw, {
      set(target, key, value) {
        const handler = typeof key === "string" ? onSet[key] : undefined;
        if (handler && !(typeof value === "string" && NOT_A_VALUE.test(value))) handler(value);
        (target as unknown as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
    }) as unknown as T;
  };

  const rangeOf = (sheet: SheetState, rect: Rect): unknown => {
    const values = readGrid(sheet.grid, rect);
    const range = mock<Record<string, unknown>>(
      {
        isNullObject: false,
        values,
        rowIndex: rect.row,
        columnIndex: rect.column,
        rowCount: rect.height,
        columnCount: rect.width,
        format: { columnWidth: 0, font: { bold: false } },
        numberFormat: [[]],
        insert: (direction: string) => {
          send(direction);
          if (direction === "Down") shiftDown(sheet.grid, rect);
          return rangeOf(sheet, rect);
        },
        copyFrom: (source: { __rect: () => [SheetState, Rect] }) => {
          const [from, area] = source.__rect();
          send("copyFrom");
          writeGrid(sheet.grid, rect, readGrid(from.grid, area));
        },
        clear: () => {
          send("clear");
          writeGrid(sheet.grid, rect, []);
        },
        getRow: (index: number) => rangeOf(sheet, { ...rect, row: rect.row + index, height: 1 }),
        getCell: (row: number, column: number) =>
          rangeOf(sheet, { row: rect.row + row, column: rect.column + column, height: 1, width: 1 }),
        getIntersectionOrNullObject: (other: { __rect: () => [SheetState, Rect] }) => {
          const [otherSheet, area] = other.__rect();
          const common = otherSheet === sheet ? intersectRects(rect, area) : null;
          return common ? rangeOf(sheet, common) : nullObject();
        },
        __rect: () => [sheet, rect],
      },
      {
        values: (cells) => {
          send(cells);
          fake.written.push(cells as Cell[][]);
          writeGrid(sheet.grid, rect, cells as Cell[][]);
        },
        numberFormat: (formats) => {
          send(formats);
          fake.formats.push(formats as unknown[][]);
        },
      },
    );
    const raw = range as unknown as { load: (what: unknown) => unknown };
    const load = raw.load.bind(raw);
    raw.load = (what: unknown) => {
      if (String(what).includes("values")) current.responseBytes += byteLength(values);
      return load(what);
    };
    return range;
  };
  // Office.js null objects answer every property (with null-like values) once loaded.
  const nullObject = () => mock({ isNullObject: true, rowIndex: -1, columnIndex: -1, values: [], value: "", name: "" });

  const sheetOf = (state: SheetState): unknown => {
    const sheet = sheetMock(state);
    // A collection is not a mock (office-addin-mock does not model them): attached after.
    let charts: ReturnType<typeof chartsOf> | undefined;
    Object.defineProperty(sheet, "charts", { get: () => (charts ??= chartsOf(state)) });
    return sheet;
  };

  const sheetMock = (state: SheetState): object =>
    mock(
      {
        isNullObject: false,
        name: state.name,
        visibility: state.visibility,
        getRangeByIndexes: (row: number, column: number, height: number, width: number) => rangeOf(state, { row, column, height, width }),
        getUsedRangeOrNullObject: () => {
          const box = usedRect(state.grid);
          return box ? rangeOf(state, box) : nullObject();
        },
        getRange: (address: string) => rangeOf(state, rectOfAddress(address, Math.max(state.grid.length, 1))),
        tables: {
          add: (range: { __rect: () => [SheetState, Rect] }) => {
            const [, rect] = range.__rect();
            send("tables.add");
            const table: TableState = { name: `Tableau${tableStates.size + 1}`, sheet: state, ...rect };
            tableStates.set(table.name, table);
            return tableOf(table);
          },
        },
        delete: () => {
          send("delete");
          sheets.delete(state.name);
          for (const [name, table] of tableStates) if (table.sheet === state) tableStates.delete(name);
        },
      },
      {
        name: (name) => {
          send(name);
          sheets.delete(state.name);
          state.name = String(name);
          sheets.set(state.name, state);
        },
        visibility: (visibility) => {
          send(visibility);
          state.visibility = String(visibility);
        },
      },
    );

  const tableOf = (state: TableState): unknown => {
    const table = mock<Record<string, unknown>>(
      {
        isNullObject: false,
        name: state.name,
        getRange: () => rangeOf(state.sheet, state),
        getHeaderRowRange: () => rangeOf(state.sheet, { ...state, height: 1 }),
        getDataBodyRange: () => rangeOf(state.sheet, { ...state, row: state.row + 1, height: state.height - 1 }),
        rows: {
          add: (_index: unknown, values: Cell[][]) => {
            send(values);
            fake.added[state.name] = [...(fake.added[state.name] ?? []), ...values];
            shiftDown(state.sheet.grid, { row: state.row + state.height, column: state.column, height: values.length, width: state.width });
            writeGrid(
              state.sheet.grid,
              { row: state.row + state.height, column: state.column, height: values.length, width: state.width },
              values,
            );
            state.height += values.length;
          },
        },
        columns: {
          // A column added at the right of the table, as Excel's `table.columns.add(undefined, undefined, name)`.
          add: (_index: unknown, _values: unknown, name: unknown) => {
            send(name);
            const right = { row: state.row, column: state.column + state.width, height: state.height, width: 1 };
            writeGrid(state.sheet.grid, right, [[String(name)]]);
            state.width += 1;
          },
        },
        resize: (range: { __rect: () => [SheetState, Rect] }) => {
          send("resize");
          Object.assign(state, range.__rect()[1]);
        },
        delete: () => {
          send("delete");
          fake.deletedTables.push(state.name);
          writeGrid(state.sheet.grid, state, []);
          tableStates.delete(state.name);
        },
      },
      {
        name: (name) => {
          send(name);
          if (!fake.createdTables.includes(String(name)) && /^Tableau\d+$/.test(state.name)) fake.createdTables.push(String(name));
          tableStates.delete(state.name);
          state.name = String(name);
          tableStates.set(state.name, state);
        },
      },
    );
    // Office.js caches navigation properties: `table.worksheet` is the same object at every access.
    let worksheet: unknown;
    Object.defineProperty(table, "worksheet", { get: () => (worksheet ??= sheetOf(state.sheet)) });
    return table;
  };

  /** A sheet's charts: `add` draws one (recorded), `load("items")` lists them, each with `name` and `delete()`. */
  const chartsOf = (state: SheetState) => {
    let loaded: unknown[] | null = null;
    const handle = (chart: FakeChart) => ({
      get name() {
        return chart.name;
      },
      set name(value: string) {
        send(value);
        chart.name = value;
      },
      title: {
        set text(value: string) {
          send(value);
          chart.title = value;
        },
      },
      setPosition: (start: { __rect: () => [SheetState, Rect] }, end: { __rect: () => [SheetState, Rect] }) => {
        send("setPosition");
        chart.position = [start.__rect()[1], end.__rect()[1]];
      },
      delete: () => {
        send("delete");
        state.charts = state.charts.filter((other) => other !== chart);
      },
    });
    return {
      load: () => void (loaded = state.charts.map(handle)),
      get items() {
        if (!loaded) throw new Error("collection items read before load()");
        return loaded;
      },
      add: (type: string, source: { __rect: () => [SheetState, Rect] }, seriesBy: string) => {
        send(type);
        const chart: FakeChart = { type, seriesBy, source: source.__rect()[1], name: "", title: "", position: null };
        state.charts.push(chart);
        return handle(chart);
      },
    };
  };

  /** A collection: `load("items/name")` loads those properties on the items as they are now. */
  const collection = (make: () => { load: (what: string) => unknown }[]) => {
    let loaded: { load: (what: string) => unknown }[] | null = null;
    return {
      load(what: string) {
        loaded = make();
        const properties = String(what)
          .split(",")
          .map((property) => property.trim().replace(/^items\//, ""));
        for (const item of loaded) item.load(properties.join(","));
      },
      get items() {
        if (!loaded) throw new Error("collection items read before load()");
        return loaded;
      },
    };
  };
  context.workbook = {
    tables: Object.assign(
      collection(() => [...tableStates.values()].map(tableOf) as never[]),
      {
        getItemOrNullObject: (name: string) => (tableStates.get(name) ? tableOf(tableStates.get(name)!) : nullObject()),
        getItem: (name: string) => tableOf(tableStates.get(name) ?? missing(`table ${name}`)),
      },
    ),
    worksheets: Object.assign(
      collection(() => [...sheets.values()].map(sheetOf) as never[]),
      {
        getItemOrNullObject: (name: string) => (sheets.get(name) ? sheetOf(sheets.get(name)!) : nullObject()),
        getItem: (name: string) => sheetOf(sheets.get(name) ?? missing(`sheet ${name}`)),
        add: (name: string) => {
          send(name);
          if (sheets.has(name)) throw new Error(`ItemAlreadyExists: ${name}`);
          return sheetOf(addSheet(name));
        },
      },
    ),
    application: { suspendApiCalculationUntilNextSync: () => void (current.suspended = true) },
    getSelectedRange: () => {
      const sheet = [...tableStates.values()][0]?.sheet ?? [...sheets.values()][0] ?? addSheet("Feuil1");
      return rangeOf(sheet, { row: options.selectedRowIndex ?? 0, column: 0, height: 1, width: 1 });
    },
    settings: {
      add: (key: string, value: string) => {
        send(value);
        fake.settings.set(key, value);
      },
      getItemOrNullObject: (key: string) =>
        fake.settings.has(key)
          ? mock({ isNullObject: false, value: fake.settings.get(key), delete: () => void fake.settings.delete(key) })
          : mock({ isNullObject: true, value: "", delete: () => undefined }),
    },
  };

  const sync = context.sync.bind(context);
  context.sync = async () => {
    if (requests.length + 1 === options.failAtSync) {
      current = { requestBytes: 0, responseBytes: 0, suspended: false, wrote: false };
      throw new Error("RichApi.Error: the request failed (simulated)");
    }
    requests.push(current);
    current = { requestBytes: 0, responseBytes: 0, suspended: false, wrote: false };
    await sync();
  };
  const requestContext = context as unknown as Excel.RequestContext;
  return {
    ...fake,
    requests,
    run: (batch) => batch(requestContext),
    syncs: () => requests.length,
    sheet: (name) => sheets.get(name)?.grid.map((row) => [...(row ?? [])]),
    sheetNames: () => [...sheets.keys()],
    charts: (name) => (sheets.get(name)?.charts ?? []).map((chart) => ({ ...chart })),
    table: (name) => {
      const state = tableStates.get(name);
      return (
        state && {
          sheet: state.sheet.name,
          rowIndex: state.row,
          columnIndex: state.column,
          rowCount: state.height,
          columnCount: state.width,
        }
      );
    },
  };
}

/**
 * The rectangle of an A1 address on a sheet: « J:M » (whole columns, down to `rows`), « B2 », « B2:D9 ».
 */
function rectOfAddress(address: string, rows: number): Rect {
  const column = (letters: string) => [...letters.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (columns) return { row: 0, column: column(columns[1]!), height: rows, width: column(columns[2]!) - column(columns[1]!) + 1 };
  const cells = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(address);
  if (!cells) throw new Error(`InvalidArgument: address ${address}`);
  const [top, left] = [Number(cells[2]) - 1, column(cells[1]!)];
  const [bottom, right] = cells[3] ? [Number(cells[4]) - 1, column(cells[3])] : [top, left];
  return { row: top, column: left, height: bottom - top + 1, width: right - left + 1 };
}

function missing(what: string): never {
  throw new Error(`ItemNotFound: ${what}`);
}

function readGrid(grid: readonly (Cell[] | undefined)[], rect: Rect): Cell[][] {
  return Array.from({ length: rect.height }, (_, row) =>
    Array.from({ length: rect.width }, (_, column) => grid[rect.row + row]?.[rect.column + column] ?? ""),
  );
}

/** Writes cells into a rectangle (cells missing from `cells` are cleared). */
function writeGrid(grid: (Cell[] | undefined)[], rect: Rect, cells: readonly (readonly Cell[])[]): void {
  for (let row = 0; row < rect.height; row += 1) {
    const line = (grid[rect.row + row] ??= []);
    for (let column = 0; column < rect.width; column += 1) line[rect.column + column] = cells[row]?.[column] ?? null;
  }
}

/** Inserts blank cells over a rectangle, moving the cells below it down (Excel's « shift cells down »). */
function shiftDown(grid: (Cell[] | undefined)[], rect: Rect): void {
  for (let row = grid.length - 1; row >= rect.row; row -= 1) {
    const from = grid[row];
    if (!from) continue;
    for (let column = rect.column; column < rect.column + rect.width; column += 1) {
      const line = (grid[row + rect.height] ??= []);
      line[column] = from[column] ?? null;
      from[column] = null;
    }
  }
}

function usedRect(grid: readonly (Cell[] | undefined)[]): Rect | null {
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  grid.forEach((line, row) =>
    line?.forEach((cell, column) => {
      if (cell === null || cell === undefined || cell === "") return;
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, column),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }),
  );
  if (!box) return null;
  const { top, left, bottom, right } = box;
  return { row: top, column: left, height: bottom - top + 1, width: right - left + 1 };
}

/** The cells two rectangles share, or null. */
function intersectRects(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.height, b.row + b.height);
  const right = Math.min(a.column + a.width, b.column + b.width);
  return bottom > row && right > column ? { row, column, height: bottom - row, width: right - column } : null;
}
