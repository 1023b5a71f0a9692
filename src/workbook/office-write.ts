/**
 * Writing tables through Office.js in one batch. When the values fit one request (under 4 MB), every
 * table is written and the batch committed with a single `context.sync()`. Above that, the rows are
 * first sent in slices to a very hidden staging sheet (one sync per slice, each under the limit), then
 * one last sync copies them into place, creates or extends the tables and deletes the staging sheet:
 * the facilitator's tables change in that last sync only, so a failure on the way leaves them as they were.
 */
import { encodeRecords, encodeTable, matchHeader, type Cell, type TableDef } from "../../domain";
import { dimensionsOf, type Dimensions } from "./office-read";
import { sheetBusy } from "./errors";
import { byteLength, sliceRows, VALUES_BUDGET } from "./payload";
import type { TableWrite } from "./port";

/** Name of the staging sheet (very hidden; deleted at the end of every write, and on the next one if a write was cut short). */
export const STAGING_SHEET = "Clauses (écriture en cours)";

/** One table to write, looked up and encoded. */
export interface WritePlan {
  def: TableDef;
  /** The existing table (append) or null (create). Replacements are deleted first and created again. */
  table: Excel.Table | null;
  /** The existing table's place, for appends and replacements. */
  dims: Dimensions | null;
  sheet: Excel.Worksheet | null;
  headers: string[];
  rows: Cell[][];
  append: boolean;
}

/** What the lookups found for one write. */
export interface Lookup {
  table: Excel.Table | null;
  sheet: Excel.Worksheet | null;
  headers: unknown[] | null;
  dims: Dimensions | null;
}

/**
 * Finds the tables to write (one sync), then the headers and places of those that exist and whether
 * the sheets of those to create hold other data (one sync, when there is anything to load).
 *
 * @example
 * const { lookups, replaced, staleStaging } = await lookUpTables(context, writes);
 */
export async function lookUpTables(
  context: Excel.RequestContext,
  writes: readonly TableWrite[],
): Promise<{ lookups: Lookup[]; replaced: Excel.Table[]; staleStaging: Excel.Worksheet | null }> {
  const found = writes.map((write) => {
    const table = context.workbook.tables.getItemOrNullObject(write.table.name);
    const sheet = context.workbook.worksheets.getItemOrNullObject(write.table.sheet);
    return { write, table, sheet };
  });
  const staleStaging = context.workbook.worksheets.getItemOrNullObject(STAGING_SHEET);
  await context.sync();
  const details = found.map(({ table, sheet }) => {
    if (!table.isNullObject) {
      const header = table.getHeaderRowRange();
      const range = table.getRange();
      header.load("values");
      range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      return { header, range, used: null };
    }
    const used = sheet.isNullObject ? null : sheet.getUsedRangeOrNullObject(true);
    return { header: null, range: null, used };
  });
  if (details.some(({ header, used }) => header || used)) await context.sync();
  const lookups = found.map(({ write, table, sheet }, index): Lookup => {
    const { header, range, used } = details[index]!;
    if (used && !used.isNullObject) {
      throw sheetBusy(write.table.sheet, write.table.name);
    }
    const exists = !table.isNullObject;
    return {
      table: exists ? table : null,
      sheet: exists ? table.worksheet : sheet.isNullObject ? null : sheet,
      headers: header ? (header.values[0] ?? []) : null,
      dims: range ? dimensionsOf(range) : null,
    };
  });
  const replaced = found.filter(({ write, table }) => write.mode === "replace" && !table.isNullObject).map(({ table }) => table);
  return { lookups, replaced, staleStaging: staleStaging.isNullObject ? null : staleStaging };
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
    return { def: write.table, table: append ? found.table : null, dims: found.dims, sheet: found.sheet, headers, rows, append };
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
 * Queues every write of a batch that fits one request (the caller syncs once).
 *
 * @example
 * writeDirectly(context, plans, replaced); await context.sync();
 */
export function writeDirectly(context: Excel.RequestContext, plans: readonly WritePlan[], replaced: readonly Excel.Table[]): void {
  for (const table of replaced) table.delete();
  for (const plan of plans) {
    if (plan.append && plan.table) {
      if (plan.rows.length > 0) plan.table.rows.add(undefined, forExcel(plan.rows));
      continue;
    }
    const target = plan.sheet ?? context.workbook.worksheets.add(plan.def.sheet);
    const origin = { row: plan.dims?.rowIndex ?? 0, column: plan.dims?.columnIndex ?? 0 };
    const body = plan.rows.length > 0 ? plan.rows : [plan.headers.map(() => null)];
    target.getRangeByIndexes(origin.row, origin.column, body.length + 1, plan.headers.length).values = forExcel([plan.headers, ...body]);
    finishTable(target, plan, origin, body.length);
  }
}

/**
 * Writes a batch too large for one request through the staging sheet (see the module comment).
 *
 * @example
 * await writeStaged(context, plans, replaced, staleStaging);
 */
export async function writeStaged(
  context: Excel.RequestContext,
  plans: readonly WritePlan[],
  replaced: readonly Excel.Table[],
  staleStaging: Excel.Worksheet | null,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const offsets = stagingOffsets(plans);
  const slices = stagingSlices(plans);
  let staging: Excel.Worksheet | null = null;
  try {
    for (const [index, slice] of slices.entries()) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      if (index === 0) {
        staleStaging?.delete();
        staging = sheets.add(STAGING_SHEET);
        staging.visibility = "VeryHidden";
      }
      for (const { plan, from, to } of slice) {
        const rows = plans[plan]!.rows.slice(from, to);
        staging!.getRangeByIndexes(offsets[plan]! + from, 0, rows.length, plans[plan]!.headers.length).values = forExcel(rows);
      }
      // One round trip per slice: each request stays under Excel on the web's 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const table of replaced) table.delete();
    plans.forEach((plan, index) => commitStaged(context, plan, staging!, offsets[index]!));
    staging!.delete();
    await context.sync();
  } catch (error) {
    await dropStaging(context, staging);
    throw error;
  }
}

function commitStaged(context: Excel.RequestContext, plan: WritePlan, staging: Excel.Worksheet, offset: number): void {
  const width = plan.headers.length;
  const count = plan.rows.length;
  const source = staging.getRangeByIndexes(offset, 0, Math.max(1, count), width);
  if (plan.append && plan.table && plan.dims && plan.sheet) {
    const { rowIndex, columnIndex, rowCount } = plan.dims;
    if (count === 0) return;
    const inserted = plan.sheet.getRangeByIndexes(rowIndex + rowCount, columnIndex, count, width).insert("Down");
    inserted.copyFrom(source, "Values");
    plan.table.resize(plan.sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount + count, width));
    return;
  }
  const target = plan.sheet ?? context.workbook.worksheets.add(plan.def.sheet);
  const origin = { row: plan.dims?.rowIndex ?? 0, column: plan.dims?.columnIndex ?? 0 };
  target.getRangeByIndexes(origin.row, origin.column, 1, width).values = [plan.headers];
  target.getRangeByIndexes(origin.row + 1, origin.column, Math.max(1, count), width).copyFrom(source, "Values");
  finishTable(target, plan, origin, Math.max(1, count));
}

/** Creates the table over header + rows, with each column's number format (one value per column) and width. */
function finishTable(target: Excel.Worksheet, plan: WritePlan, origin: { row: number; column: number }, count: number): void {
  const table = target.tables.add(target.getRangeByIndexes(origin.row, origin.column, count + 1, plan.headers.length), true);
  table.name = plan.def.name;
  plan.headers.forEach((header, index) => {
    const column = matchHeader(plan.def, header);
    // A 1 × 1 format is applied by Excel to every cell of the range: the request stays small at any row count.
    if (column?.numberFormat)
      target.getRangeByIndexes(origin.row + 1, origin.column + index, count, 1).numberFormat = [[column.numberFormat]];
    if (column?.width) target.getRangeByIndexes(origin.row, origin.column + index, 1, 1).format.columnWidth = column.width * 7;
  });
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

async function dropStaging(context: Excel.RequestContext, staging: Excel.Worksheet | null): Promise<void> {
  if (!staging) return;
  try {
    staging.delete();
    await context.sync();
  } catch {
    // The next write deletes a staging sheet left behind.
  }
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
