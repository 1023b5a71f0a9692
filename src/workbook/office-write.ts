/**
 * Writing tables through Office.js, all or nothing, also while someone else edits the workbook.
 *
 * - Every place depends on the tables as they are when Excel runs the operation, never on sizes read
 *   earlier: appends go through `table.rows.add`; a replaced table is rebuilt from its own top-left
 *   cell (taken from the table in the same request that deletes it).
 * - Before an add-in table grows, the cells it would cover are checked in the same batch; if they
 *   hold anything, nothing is written and the message names them.
 * - Text stays text: the cells of text columns of the tables the add-in creates get the text number
 *   format (`@`) before their values, so « =HYPERLINK(…) » or « +cmd|… » is never a formula; rows
 *   appended to the facilitator's tables carry such a value with Excel's quote prefix (« ' »), which
 *   Excel keeps out of the value.
 * - Excel does not undo a request that fails halfway (the operations before the failing one stay).
 *   So the replaced tables are read first (in the same batch), and if the commit fails, they are
 *   written back and whatever the write created is removed; appended rows are taken out again.
 * - Above 4 MB of values, rows go to a very hidden staging sheet in slices (one sync each) and one
 *   commit sync puts them in place; appends go in 4 MB slices of `rows.add`.
 */
import { canonicalJson, encodeRecords, encodeTable, formatRangeAddress, matchHeader, type Cell, type TableDef } from "../../domain";
import { assertNoDuplicates } from "./duplicates";
import { cellsInTheWay, sheetBusy } from "./errors";
import { dimensionsOf, readBlocks, type Dimensions } from "./office-read";
import { byteLength, sliceRows, VALUES_BUDGET } from "./payload";
import { removedRows, type TableWrite } from "./port";

/** Name of the staging sheet (very hidden; deleted at the end of every write, and on the next one if a write was cut short). */
export const STAGING_SHEET = "Clauses (écriture en cours)";

/** One table to write, looked up and encoded. */
export interface WritePlan {
  def: TableDef;
  /** The existing table (appended to, or replaced), or null (created). */
  table: Excel.Table | null;
  /** The existing table's place when the batch began (for checks and for putting it back, never for writing). */
  dims: Dimensions | null;
  sheet: Excel.Worksheet | null;
  headers: string[];
  rows: Cell[][];
  append: boolean;
  /** Record keys on which an appended row must not already be in the table (imports). */
  unique?: readonly string[];
  /** Body rows (0-based) removed before the append (`removeWhere`: a statement's earlier version), bottom up. */
  removed: number[];
}

/** What the lookups found for one write. */
export interface Lookup {
  table: Excel.Table | null;
  sheet: Excel.Worksheet | null;
  headers: unknown[] | null;
  dims: Dimensions | null;
  /** The body's values, loaded only for a write that removes rows. */
  body: unknown[][] | null;
}

/** The workbook's tables and sheets before the write (what a failed write must leave). */
export interface Before {
  tables: string[];
  sheets: string[];
}

/** A replaced table's cells as read in the batch, to put back if the commit fails. */
export interface Backup {
  plan: WritePlan;
  values: Cell[][];
}

/**
 * Finds the tables to write (one sync), then the headers and places of those that exist and whether
 * the sheets of those to create hold other data (one sync, when there is anything to load).
 *
 * @example
 * const { lookups, staleStaging, before } = await lookUpTables(context, writes);
 */
export async function lookUpTables(
  context: Excel.RequestContext,
  writes: readonly TableWrite[],
): Promise<{ lookups: Lookup[]; staleStaging: Excel.Worksheet | null; before: Before }> {
  const found = writes.map((write) => {
    const table = context.workbook.tables.getItemOrNullObject(write.table.name);
    const sheet = context.workbook.worksheets.getItemOrNullObject(write.table.sheet);
    return { write, table, sheet };
  });
  const staleStaging = context.workbook.worksheets.getItemOrNullObject(STAGING_SHEET);
  const allTables = context.workbook.tables;
  const allSheets = context.workbook.worksheets;
  allTables.load("items/name");
  allSheets.load("items/name");
  await context.sync();
  const before = { tables: allTables.items.map((table) => table.name), sheets: allSheets.items.map((sheet) => sheet.name) };
  const details = found.map(({ write, table, sheet }) => {
    if (!table.isNullObject) {
      const header = table.getHeaderRowRange();
      const range = table.getRange();
      header.load("values");
      range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      const body = write.removeWhere ? table.getDataBodyRange() : null;
      body?.load("values");
      return { header, range, used: null, body };
    }
    const used = sheet.isNullObject ? null : sheet.getUsedRangeOrNullObject(true);
    return { header: null, range: null, used, body: null };
  });
  if (details.some(({ header, used }) => header || used)) await context.sync();
  const lookups = found.map(({ write, table, sheet }, index): Lookup => {
    const { header, range, used, body } = details[index]!;
    if (used && !used.isNullObject) {
      throw sheetBusy(write.table.sheet, write.table.name);
    }
    const exists = !table.isNullObject;
    return {
      table: exists ? table : null,
      sheet: exists ? table.worksheet : sheet.isNullObject ? null : sheet,
      headers: header ? (header.values[0] ?? []) : null,
      dims: range ? dimensionsOf(range) : null,
      body: body ? (body.values as unknown[][]) : null,
    };
  });
  return { lookups, staleStaging: staleStaging.isNullObject ? null : staleStaging, before };
}

/**
 * Encodes the records of each write under the right headers (throws before anything is written).
 *
 * @example
 * const plans = planWrites(writes, lookups);
 */
export function planWrites(writes: readonly TableWrite[], lookups: readonly Lookup[]): WritePlan[] {
  return writes.map((write, index) => {
    const found = lookups[index]!;
    const append = write.mode === "append" && found.table !== null;
    const headers = append ? (found.headers ?? []).map((header) => String(header ?? "")) : (encodeTable(write.table, [])[0] as string[]);
    const rows = encodeRecords(write.table, write.records, headers);
    const removed = append ? [...removedRows(write.table, headers, found.body ?? [], write.removeWhere)].sort((a, b) => b - a) : [];
    return {
      def: write.table,
      table: found.table,
      dims: found.dims,
      sheet: found.sheet,
      headers,
      rows,
      append,
      ...(write.unique ? { unique: write.unique } : {}),
      removed,
    };
  });
}

/**
 * Whether the plans fit one request.
 *
 * @example
 * fitsOneRequest(plans) // => true under 4 MB of values
 */
export function fitsOneRequest(plans: readonly WritePlan[]): boolean {
  return plans.reduce((total, plan) => total + byteLength(plan.rows) + byteLength(plan.headers), 0) <= VALUES_BUDGET;
}

/**
 * In the write's own batch: reads the tables to replace (to put them back on failure) and the rows
 * of tables whose appends must not repeat a row, and checks the cells a growing table would cover.
 *
 * @throws DomainError `workbook.table.blocked` (cells in the way), `workbook.import.duplicate` (rows added meanwhile)
 * @example
 * const backups = await prepareCommit(context, plans);
 */
export async function prepareCommit(context: Excel.RequestContext, plans: readonly WritePlan[]): Promise<Backup[]> {
  const growth = plans.flatMap((plan) => growthAreas(plan).map((area) => ({ plan, area })));
  for (const { area } of growth) area.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const backups: Backup[] = [];
  let synced = false;
  for (const plan of plans) {
    if (!plan.table || !plan.dims || !plan.sheet || (plan.append && !plan.unique)) continue;
    // Each read is one sync (more above 150 000 cells); the growth checks travel with the first.
    backups.push({ plan, values: await readBlocks(context, plan.sheet, plan.dims) });
    synced = true;
  }
  if (growth.length > 0 && !synced) await context.sync();
  for (const { plan, area } of growth) {
    if (area.isNullObject) continue;
    const { rowIndex, columnIndex, rowCount, columnCount } = dimensionsOf(area);
    const address = formatRangeAddress({
      top: rowIndex + 1,
      left: columnIndex + 1,
      bottom: rowIndex + rowCount,
      right: columnIndex + columnCount,
    });
    throw cellsInTheWay(plan.def.name, plan.def.sheet, address);
  }
  for (const backup of backups) if (backup.plan.append) checkDuplicates(backup);
  return backups.filter((backup) => !backup.plan.append);
}

/** The cells outside a replaced table that its new rows or columns would cover (each a used-range probe). */
function growthAreas(plan: WritePlan): Excel.Range[] {
  if (plan.append || !plan.table || !plan.dims) return [];
  const extraRows = Math.max(1, plan.rows.length) + 1 - plan.dims.rowCount;
  const extraColumns = plan.headers.length - plan.dims.columnCount;
  const areas: Excel.Range[] = [];
  // Relative to the table when Excel runs the request, not to the size read before.
  if (extraRows > 0) {
    const below = plan.table.getRange().getRowsBelow(extraRows);
    areas.push((extraColumns > 0 ? below.getResizedRange(0, extraColumns) : below).getUsedRangeOrNullObject(true));
  }
  if (extraColumns > 0) areas.push(plan.table.getRange().getColumnsAfter(extraColumns).getUsedRangeOrNullObject(true));
  return areas;
}

/** Refuses an append whose rows are already in the table as read in this batch (two imports at once). */
function checkDuplicates({ plan, values }: Backup): void {
  assertNoDuplicates(plan.def, plan.headers, values.slice(1), plan.rows, plan.unique ?? [], (plan.dims?.rowIndex ?? 0) + 1);
}

/**
 * The whole write in one `Excel.run`: lookups, checks and backups, the write, and on failure the
 * workbook put back. `extra` queues more operations in the commit request (the bilans' charts).
 *
 * @throws DomainError when a record is bad, cells are in the way or rows were added meanwhile (nothing written)
 * @example
 * await Excel.run((context) => commitTables(context, writes));
 */
export async function commitTables(
  context: Excel.RequestContext,
  writes: readonly TableWrite[],
  extra: (lookups: readonly Lookup[]) => Promise<Extra | null> = async () => null,
): Promise<void> {
  const { lookups, staleStaging, before } = await lookUpTables(context, writes);
  const plans = planWrites(writes, lookups); // may throw: nothing written yet
  const backups = await prepareCommit(context, plans);
  const more = await extra(lookups);
  try {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (fitsOneRequest(plans)) {
      staleStaging?.delete();
      writeDirectly(context, plans);
      more?.write();
      await context.sync();
    } else {
      await writeStaged(context, plans, staleStaging);
      if (more) {
        more.write();
        await context.sync();
      }
    }
  } catch (error) {
    await restoreQuietly(context, plans, backups, before, more);
    throw error;
  }
}

/** More operations of the commit request, and how to take them back if it fails (`prepareUndo` loads, `undo` queues). */
export interface Extra {
  write: () => void;
  prepareUndo: () => void;
  undo: () => void;
}

async function restoreQuietly(
  context: Excel.RequestContext,
  plans: readonly WritePlan[],
  backups: readonly Backup[],
  before: Before,
  more: Extra | null,
): Promise<void> {
  try {
    await restore(context, plans, backups, before, more);
  } catch {
    // Excel is unreachable: the original error is the one to show; the staging sheet goes at the next write.
  }
}

/**
 * Queues every write of a batch that fits one request (the caller syncs once).
 *
 * @example
 * writeDirectly(context, plans); await context.sync();
 */
export function writeDirectly(context: Excel.RequestContext, plans: readonly WritePlan[]): void {
  for (const plan of plans) {
    if (plan.append && plan.table) {
      for (const index of plan.removed) plan.table.rows.getItemAt(index).delete();
      if (plan.rows.length > 0) plan.table.rows.add(undefined, quoted(plan.rows));
      continue;
    }
    const { sheet, anchor } = anchorOf(context, plan);
    const body = plan.rows.length > 0 ? plan.rows : [plan.headers.map(() => null)];
    textFormats(plan, (column) => anchor.getOffsetRange(1, column).getResizedRange(body.length - 1, 0));
    anchor.getResizedRange(body.length, plan.headers.length - 1).values = forExcel([plan.headers, ...body]);
    finishTable(sheet, anchor, plan, body.length);
  }
}

/** The sheet and the top-left cell of a table to (re)build: the existing table's own, or A1 of its sheet. */
function anchorOf(context: Excel.RequestContext, plan: WritePlan): { sheet: Excel.Worksheet; anchor: Excel.Range } {
  if (plan.table && plan.sheet) {
    const anchor = plan.table.getRange().getCell(0, 0);
    plan.table.delete();
    return { sheet: plan.sheet, anchor };
  }
  const sheet = plan.sheet ?? context.workbook.worksheets.add(plan.def.sheet);
  return { sheet, anchor: sheet.getRangeByIndexes(0, 0, 1, 1) };
}

/**
 * Writes a batch too large for one request (see the module comment).
 *
 * @example
 * await writeStaged(context, plans, staleStaging);
 */
export async function writeStaged(
  context: Excel.RequestContext,
  plans: readonly WritePlan[],
  staleStaging: Excel.Worksheet | null,
): Promise<void> {
  const built = plans.filter((plan) => !plan.append);
  const sheets = context.workbook.worksheets;
  const offsets = stagingOffsets(built);
  const slices = stagingSlices(built);
  let staging: Excel.Worksheet | null = null;
  for (const [index, slice] of (built.length > 0 ? slices : []).entries()) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (index === 0) {
      staleStaging?.delete();
      staging = sheets.add(STAGING_SHEET);
      staging.visibility = "VeryHidden";
      built.forEach((plan, position) =>
        textFormats(plan, (column) => staging!.getRangeByIndexes(offsets[position]!, column, Math.max(1, plan.rows.length), 1)),
      );
    }
    for (const { plan, from, to } of slice) {
      const rows = built[plan]!.rows.slice(from, to);
      staging!.getRangeByIndexes(offsets[plan]! + from, 0, rows.length, built[plan]!.headers.length).values = forExcel(rows);
    }
    // One round trip per slice: each request stays under Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  for (const plan of plans.filter((candidate) => candidate.append && candidate.table && candidate.removed.length > 0)) {
    for (const index of plan.removed) plan.table!.rows.getItemAt(index).delete();
  }
  for (const plan of plans.filter((candidate) => candidate.append && candidate.table && candidate.rows.length > 0)) {
    for (const [from, to] of sliceRows(plan.rows)) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      plan.table!.rows.add(undefined, quoted(plan.rows.slice(from, to)));
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  }
  if (built.length === 0) return;
  context.workbook.application.suspendApiCalculationUntilNextSync();
  built.forEach((plan, index) => commitStaged(context, plan, staging!, offsets[index]!));
  staging!.delete();
  await context.sync();
}

function commitStaged(context: Excel.RequestContext, plan: WritePlan, staging: Excel.Worksheet, offset: number): void {
  const width = plan.headers.length;
  const count = Math.max(1, plan.rows.length);
  const source = staging.getRangeByIndexes(offset, 0, count, width);
  const { sheet, anchor } = anchorOf(context, plan);
  textFormats(plan, (column) => anchor.getOffsetRange(1, column).getResizedRange(count - 1, 0));
  anchor.getResizedRange(0, width - 1).values = [plan.headers];
  anchor
    .getOffsetRange(1, 0)
    .getResizedRange(count - 1, width - 1)
    .copyFrom(source, "Values");
  finishTable(sheet, anchor, plan, count);
}

/** Creates the table over header + rows, with each column's number format (one value per column) and width. */
function finishTable(sheet: Excel.Worksheet, anchor: Excel.Range, plan: WritePlan, count: number): void {
  const table = sheet.tables.add(anchor.getResizedRange(count, plan.headers.length - 1), true);
  table.name = plan.def.name;
  plan.headers.forEach((header, index) => {
    const column = matchHeader(plan.def, header);
    // A 1 × 1 format is applied by Excel to every cell of the range: the request stays small at any row count.
    if (column?.numberFormat) anchor.getOffsetRange(1, index).getResizedRange(count - 1, 0).numberFormat = [[column.numberFormat]];
    if (column?.width) anchor.getOffsetRange(0, index).format.columnWidth = column.width * 7;
  });
}

/** The text format on every text column of a plan, before its values are written. */
function textFormats(plan: WritePlan, cells: (column: number) => Excel.Range): void {
  plan.headers.forEach((header, index) => {
    if (isTextColumn(plan.def, header)) cells(index).numberFormat = [["@"]];
  });
}

function isTextColumn(def: TableDef, header: string): boolean {
  const column = matchHeader(def, header);
  return column !== null && column !== undefined && !column.numberFormat && ["text", "choice", "list"].includes(column.type);
}

/**
 * Puts the workbook back as it was before a write whose commit failed: tables and sheets the write
 * created are removed, replaced tables written back where they were, appended rows taken out.
 * Two syncs (plus a read of each appended table).
 *
 * @example
 * await restore(context, plans, backups, before);
 */
export async function restore(
  context: Excel.RequestContext,
  plans: readonly WritePlan[],
  backups: readonly Backup[],
  before: Before,
  more: Pick<Extra, "prepareUndo" | "undo"> | null = null,
): Promise<void> {
  more?.prepareUndo();
  const tables = context.workbook.tables;
  const sheets = context.workbook.worksheets;
  tables.load("items/name");
  sheets.load("items/name");
  const appended = plans.filter((plan) => plan.append && plan.table && plan.rows.length > 0);
  const grown = appended.map((plan) => {
    const range = plan.table!.getRange();
    range.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "values"]);
    return { plan, range };
  });
  await context.sync();
  const rebuilt = new Set(backups.map((backup) => backup.plan.def.name));
  for (const table of tables.items) if (!before.tables.includes(table.name) || rebuilt.has(table.name)) table.delete();
  for (const sheet of sheets.items) if (!before.sheets.includes(sheet.name)) sheet.delete();
  for (const { plan, values } of backups) {
    const dims = plan.dims!;
    const height = Math.max(values.length, Math.max(1, plan.rows.length) + 1);
    const width = Math.max(dims.columnCount, plan.headers.length);
    plan.sheet!.getRangeByIndexes(dims.rowIndex, dims.columnIndex, height, width).clear("Contents");
    const place = plan.sheet!.getRangeByIndexes(dims.rowIndex, dims.columnIndex, values.length, dims.columnCount);
    place.values = forExcel(values);
    plan.sheet!.tables.add(place, true).name = plan.def.name;
  }
  for (const { plan, range } of grown) removeOurRows(plan, range);
  for (const plan of plans.filter((candidate) => !candidate.table && candidate.sheet)) {
    // A table created on an existing empty sheet: its cells are cleared (its table was deleted above).
    plan.sheet!.getRangeByIndexes(0, 0, Math.max(1, plan.rows.length) + 1, plan.headers.length).clear("Contents");
  }
  more?.undo();
  await context.sync();
}

/** Deletes, bottom up, each block of rows of the table that holds rows this write added. */
function removeOurRows(plan: WritePlan, range: Excel.Range): void {
  const body = (range.values as Cell[][]).slice(1);
  const ours = new Set(plan.rows.map((row) => canonicalJson(row.map(blankAsNull))));
  // Only below the rows the table had when the batch began: an identical older row is the facilitator's.
  const first = Math.max(0, (plan.dims?.rowCount ?? 1) - 1);
  for (let index = body.length - 1; index >= first; index -= 1) {
    if (!ours.has(canonicalJson(body[index]!.map(blankAsNull)))) continue;
    let start = index;
    while (start > first && ours.has(canonicalJson(body[start - 1]!.map(blankAsNull)))) start -= 1;
    plan.sheet!.getRangeByIndexes(range.rowIndex + 1 + start, range.columnIndex, index - start + 1, range.columnCount).delete("Up");
    index = start;
  }
}

function blankAsNull(cell: Cell | undefined): Cell {
  return cell === "" || cell === undefined ? null : cell;
}

/** Row of the staging sheet where each plan's rows start. */
function stagingOffsets(plans: readonly WritePlan[]): number[] {
  let next = 0;
  return plans.map((plan) => {
    const offset = next;
    next += Math.max(1, plan.rows.length);
    return offset;
  });
}

/** Slices of rows (across plans) that each weigh at most the budget. */
function stagingSlices(plans: readonly WritePlan[]): { plan: number; from: number; to: number }[][] {
  const rows = plans.flatMap((plan, index) => plan.rows.map((row, position) => ({ plan: index, position, row })));
  if (rows.length === 0) return [[]];
  return sliceRows(rows.map((entry) => entry.row)).map(([from, to]) => {
    const parts: { plan: number; from: number; to: number }[] = [];
    for (const entry of rows.slice(from, to)) {
      const last = parts.at(-1);
      if (last && last.plan === entry.plan) last.to = entry.position + 1;
      else parts.push({ plan: entry.plan, from: entry.position, to: entry.position + 1 });
    }
    return parts;
  });
}

/**
 * Office.js takes "" for an empty cell (null would mean « leave the cell as it is »).
 *
 * @example
 * forExcel([["M1", null, 600]]) // => [["M1", "", 600]]
 */
export function forExcel(cells: readonly (readonly Cell[])[]): (string | number | boolean)[][] {
  return cells.map((row) => row.map((cell) => cell ?? ""));
}

/** What Excel would read as a formula (or a CSV reader as a command): `=`, `+`, `-`, `@`, a tab, a carriage return, or a quote prefix. */
const FORMULA_LIKE = /^[=+\-@\t\r']/;

/**
 * Values for cells whose format the add-in does not set (rows appended to the facilitator's tables,
 * cells of blocks): a string Excel would take for a formula gets Excel's quote prefix, which makes
 * it text and is not part of the value read back. Negative numbers written as numbers are untouched.
 *
 * @example
 * quoted([["=HYPERLINK(\"http://x\")", -5, "-"]]) // => [["'=HYPERLINK(\"http://x\")", -5, "'-"]]
 */
export function quoted(cells: readonly (readonly Cell[])[]): (string | number | boolean)[][] {
  return cells.map((row) => row.map((cell) => (typeof cell === "string" && FORMULA_LIKE.test(cell) ? `'${cell}` : (cell ?? ""))));
}
