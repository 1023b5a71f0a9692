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
 *
 * It reads written strings as Excel does: one starting with `=`, `+`, `-` or `@` (and not a number)
 * becomes a formula unless the cell's number format is text (`@`) or the string starts with an
 * apostrophe (Excel's quote prefix, which is not kept in the value). A formula cell reads back as
 * `#NAME?` and is listed by `formulas()`.
 *
 * Failure injection: `failAtOperation: N` makes the N-th operation that changes the workbook fail
 * as Excel does: the operations queued before it in the same sync stay applied, it and the rest of
 * that sync are not, and the sync throws. `afterSync` lets a test play a co-author between syncs.
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
  /** Every cell that holds a formula: « Feuille!A1 » → the formula text. */
  formulas: () => Record<string, string>;
  /** Number of operations that changed the workbook so far (what `failAtOperation` counts). */
  operations: () => number;
  /** Every sheet's cells and every table's place: two snapshots are equal when nothing changed. */
  snapshot: () => unknown;
  /** A co-author's edits, applied at once (for `afterSync`). */
  coAuthor: {
    appendRow: (table: string, row: Cell[]) => void;
    setCell: (sheet: string, row: number, column: number, value: Cell) => void;
  };
}

/** What a formula cell holds in the fake's grid (a formula reads back as #NAME?: the fake does not compute). */
interface FormulaCell {
  formula: string;
}
const FORMULA_VALUE = "#NAME?";

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
  /** Number format of each cell (undefined: General). */
  formats: (string | undefined)[][];
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
  /** Makes the N-th operation that changes the workbook fail (1-based), as Excel fails one operation of a batch. */
  failAtOperation?: number;
  /** Called after the N-th sync (1-based) succeeded: a co-author's edits land between two syncs. */
  afterSync?: (sync: number, fake: ExcelFake) => void;
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
  let operations = 0;
  let attempts = 0;
  let failed = false;
  /** Records an operation; false when it must not be applied (it, or one before it in this sync, failed). */
  const send = (value: unknown, wrote = true): boolean => {
    current.requestBytes += byteLength(value) + 40; // + the operation's name and object id
    current.wrote ||= wrote;
    if (failed) return false;
    if (wrote) operations += 1;
    if (wrote && operations === options.failAtOperation) failed = true;
    return !failed;
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
    const state: SheetState = { name, visibility: "Visible", grid: [] as Cell[][], formats: [], charts };
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

  let tableCount = tables.length;
  /** `table.rows.add`: cells below the table move down, the rows are written as Excel reads typed values. */
  const appendRows = (state: TableState, values: Cell[][]) => {
    fake.added[state.name] = [...(fake.added[state.name] ?? []), ...values];
    const rect = { row: state.row + state.height, column: state.column, height: values.length, width: state.width };
    shiftDown(state.sheet.grid, rect);
    shiftDown(state.sheet.formats as Cell[][], rect);
    writeValues(state.sheet, rect, values);
    state.height += values.length;
  };

  /** Deletes cells, moving the cells below up; a table losing whole rows of its width shrinks. */
  const deleteUp = (sheet: SheetState, rect: Rect) => {
    for (const grid of [sheet.grid, sheet.formats as Cell[][]]) {
      for (let row = rect.row; row < grid.length; row += 1) {
        const line = (grid[row] ??= []);
        const from = grid[row + rect.height];
        for (let column = rect.column; column < rect.column + rect.width; column += 1) line[column] = from?.[column] ?? null;
      }
      while (grid.length > 0 && (grid.at(-1) ?? []).every((cell) => cell === null || cell === undefined || cell === "")) grid.pop();
    }
    for (const table of tableStates.values()) {
      if (table.sheet !== sheet || table.column < rect.column || table.column + table.width > rect.column + rect.width) continue;
      const top = Math.max(table.row, rect.row);
      const bottom = Math.min(table.row + table.height, rect.row + rect.height);
      if (bottom > top) table.height -= bottom - top;
      else if (table.row >= rect.row + rect.height) table.row -= rect.height;
    }
  };

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
    // Excel refuses to load a huge range (the response would pass 5 MB): so does the fake, without building it.
    const values = rect.height * rect.width > 10_000_000 ? [["Error, range too large to load (simulated)"]] : readGrid(sheet.grid, rect);
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
          if (send(direction) && direction === "Down") {
            shiftDown(sheet.grid, rect);
            shiftDown(sheet.formats as Cell[][], rect);
          }
          return rangeOf(sheet, rect);
        },
        copyFrom: (source: { __rect: () => [SheetState, Rect] }) => {
          const [from, area] = source.__rect();
          if (send("copyFrom")) writeGrid(sheet.grid, rect, readGrid(from.grid, area));
        },
        clear: () => {
          if (send("clear")) writeGrid(sheet.grid, rect, []);
        },
        getRowsBelow: (count = 1) => rangeOf(sheet, { row: rect.row + rect.height, column: rect.column, height: count, width: rect.width }),
        getColumnsAfter: (count = 1) =>
          rangeOf(sheet, { row: rect.row, column: rect.column + rect.width, height: rect.height, width: count }),
        getOffsetRange: (rows: number, columns: number) => rangeOf(sheet, { ...rect, row: rect.row + rows, column: rect.column + columns }),
        delete: (shift: string) => {
          if (!send(`delete ${shift}`)) return;
          deleteUp(sheet, rect);
        },
        getResizedRange: (rows: number, columns: number) =>
          rangeOf(sheet, { ...rect, height: rect.height + rows, width: rect.width + columns }),
        getUsedRangeOrNullObject: () => {
          const box = usedRect(sheet.grid, rect);
          return box ? rangeOf(sheet, box) : nullObject();
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
          if (!send(cells)) return;
          fake.written.push(cells as Cell[][]);
          writeValues(sheet, rect, cells as Cell[][]);
        },
        numberFormat: (formats) => {
          if (!send(formats)) return;
          fake.formats.push(formats as unknown[][]);
          writeFormats(sheet, rect, formats as unknown[][]);
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
  const nullObject = () =>
    mock({ isNullObject: true, rowIndex: -1, columnIndex: -1, rowCount: 0, columnCount: 0, values: [], value: "", name: "" });

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
            const apply = send("tables.add");
            const table: TableState = { name: `Tableau${(tableCount += 1)}`, sheet: state, ...rect };
            if (apply) tableStates.set(table.name, table);
            return tableOf(table);
          },
        },
        delete: () => {
          if (!send("delete")) return;
          sheets.delete(state.name);
          for (const [name, table] of tableStates) if (table.sheet === state) tableStates.delete(name);
        },
      },
      {
        name: (name) => {
          if (!send(name)) return;
          sheets.delete(state.name);
          state.name = String(name);
          sheets.set(state.name, state);
        },
        visibility: (visibility) => {
          if (!send(visibility)) return;
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
            if (!send(values)) return;
            appendRows(state, values);
          },
          // A table row deleted: the cells below it, in the table's columns, move up one row.
          getItemAt: (index: number) => ({
            delete: () => {
              send("deleteRow");
              shiftUp(state.sheet.grid, { row: state.row + 1 + index, column: state.column, height: 1, width: state.width });
              state.height -= 1;
            },
          }),
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
          if (send("resize")) Object.assign(state, range.__rect()[1]);
        },
        delete: () => {
          if (!send("delete")) return;
          fake.deletedTables.push(state.name);
          writeGrid(state.sheet.grid, state, []);
          tableStates.delete(state.name);
        },
      },
      {
        name: (name) => {
          if (!send(name)) return;
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
        if (send(value)) chart.name = value;
      },
      title: {
        set text(value: string) {
          if (send(value)) chart.title = value;
        },
      },
      setPosition: (start: { __rect: () => [SheetState, Rect] }, end: { __rect: () => [SheetState, Rect] }) => {
        if (send("setPosition")) chart.position = [start.__rect()[1], end.__rect()[1]];
      },
      delete: () => {
        if (!send("delete")) return;
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
        const chart: FakeChart = { type, seriesBy, source: source.__rect()[1], name: "", title: "", position: null };
        if (send(type)) state.charts.push(chart);
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
          if (!send(name)) return sheetOf({ name, visibility: "Visible", grid: [], formats: [], charts: [] });
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
        if (send(value)) fake.settings.set(key, value);
      },
      getItemOrNullObject: (key: string) =>
        fake.settings.has(key)
          ? mock({ isNullObject: false, value: fake.settings.get(key), delete: () => void fake.settings.delete(key) })
          : mock({ isNullObject: true, value: "", delete: () => undefined }),
    },
  };

  const sync = context.sync.bind(context);
  context.sync = async () => {
    attempts += 1;
    if (attempts === options.failAtSync || failed) {
      current = { requestBytes: 0, responseBytes: 0, suspended: false, wrote: false };
      failed = false;
      throw new Error("RichApi.Error: the request failed (simulated)");
    }
    requests.push(current);
    current = { requestBytes: 0, responseBytes: 0, suspended: false, wrote: false };
    await sync();
    options.afterSync?.(requests.length, api);
  };
  const requestContext = context as unknown as Excel.RequestContext;
  const api: ExcelFake = {
    ...fake,
    formulas: () => {
      const found: Record<string, string> = {};
      for (const sheet of sheets.values())
        sheet.grid.forEach((line, row) =>
          line?.forEach((cell, column) => {
            if (isFormula(cell)) found[`${sheet.name}!${letters(column)}${row + 1}`] = cell.formula;
          }),
        );
      return found;
    },
    operations: () => operations,
    snapshot: () => ({
      sheets: [...sheets.values()].map((sheet) => ({ name: sheet.name, visibility: sheet.visibility, cells: trimmed(sheet.grid) })),
      tables: [...tableStates.values()]
        .map((table) => ({ ...table, sheet: table.sheet.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }),
    coAuthor: {
      appendRow: (name, row) => appendRows(tableStates.get(name) ?? missing(`table ${name}`), [row]),
      setCell: (sheet, row, column, value) =>
        writeGrid((sheets.get(sheet) ?? missing(`sheet ${sheet}`)).grid, { row, column, height: 1, width: 1 }, [[value]]),
    },
    requests,
    run: (batch) => batch(requestContext),
    syncs: () => requests.length,
    sheet: (name) => sheets.get(name)?.grid.map((row) => [...(row ?? [])].map(shown)),
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
  return api;
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
    Array.from({ length: rect.width }, (_, column) => {
      const cell = grid[rect.row + row]?.[rect.column + column];
      return isFormula(cell) ? FORMULA_VALUE : (cell ?? "");
    }),
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

/** Deletes a rectangle of cells, moving the cells below it up (Excel's « shift cells up »). */
function shiftUp(grid: (Cell[] | undefined)[], rect: Rect): void {
  for (let row = rect.row; row < grid.length; row += 1) {
    const line = (grid[row] ??= []);
    const from = grid[row + rect.height];
    for (let column = rect.column; column < rect.column + rect.width; column += 1) line[column] = from?.[column] ?? null;
  }
}

/** The smallest rectangle holding every non-empty cell (of `within` only, when given). */
function usedRect(grid: readonly (Cell[] | undefined)[], within?: Rect): Rect | null {
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  grid.forEach((line, row) =>
    line?.forEach((cell, column) => {
      if (cell === null || cell === undefined || cell === "") return;
      if (within && !intersectRects(within, { row, column, height: 1, width: 1 })) return;
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

/** Writes values as Excel reads them (see the module comment): formula-like strings become formulas unless the cell is text. */
function writeValues(sheet: SheetState, rect: Rect, cells: readonly (readonly Cell[])[]): void {
  const read = cells.map((line, row) =>
    line.map((cell, column): Cell => {
      if (typeof cell !== "string") return cell;
      if (sheet.formats[rect.row + row]?.[rect.column + column] === "@") return cell;
      if (cell.startsWith("'")) return cell.slice(1);
      if (/^[=+\-@]/.test(cell) && !Number.isFinite(Number(cell)))
        return { formula: cell.startsWith("=") ? cell : `=${cell}` } as unknown as Cell;
      return cell;
    }),
  );
  writeGrid(sheet.grid, rect, read);
}

/** Number formats over a rectangle (a 1 × 1 array applies to every cell, as Office.js does). */
function writeFormats(sheet: SheetState, rect: Rect, formats: readonly (readonly unknown[])[]): void {
  const single = formats.length === 1 && formats[0]?.length === 1;
  for (let row = 0; row < rect.height; row += 1) {
    const line = (sheet.formats[rect.row + row] ??= []);
    for (let column = 0; column < rect.width; column += 1) {
      const format = single ? formats[0]![0] : formats[row]?.[column];
      line[rect.column + column] = typeof format === "string" ? format : undefined;
    }
  }
}

function isFormula(cell: unknown): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** A cell's value as Office.js gives it back. */
function shown(cell: Cell | undefined): Cell {
  return isFormula(cell) ? FORMULA_VALUE : (cell ?? null);
}

function trimmed(grid: readonly (Cell[] | undefined)[]): Cell[][] {
  const rows = Array.from(grid, (line) => {
    const cells = Array.from(line ?? [], (cell) =>
      isFormula(cell) ? `=${cell.formula}` : cell === "" || cell === undefined ? null : cell,
    );
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
  return rows;
}

function letters(index: number): string {
  let text = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  return text;
}
