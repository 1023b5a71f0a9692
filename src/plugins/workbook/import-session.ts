/**
 * What the « Importer » wizard does with the workbook, step by step, free of React: read the chosen
 * sheet and propose a table and a mapping, run the dry run against the workbook's tables, write the
 * ready rows in one batch. The panel only holds the state between the steps.
 */
import { hoursTable, type DateOrder, type TableDef } from "../../../domain";
import {
  dryRunSteps,
  findHeaderRow,
  importableTables,
  proposeMapping,
  proposeTable,
  type ColumnMapping,
  type DryRun,
  type DryRunProgress,
  type ImportSource,
} from "../../../domain/import";
import { runSteps, type StepOptions } from "../../plugin-kit/ui/steps";
import type { WorkbookPort } from "../../workbook/port";
import { readStandardTables } from "../../plugin-kit/workbook/read-tables";
import { prepareForWriting } from "../../plugin-kit/workbook/schema-service";

export interface LoadedSource {
  source: ImportSource;
  /** The table the headers look like (Heures when nothing is recognised). */
  table: TableDef;
  mapping: ColumnMapping;
  /** The sheet's range read (« A1:H13 »). */
  address: string;
}

/**
 * Reads a sheet (or a range of it) and proposes the target table and the mapping.
 *
 * @example
 * const loaded = await loadSource(workbook, "Ancien suivi"); // => { table: hoursTable, mapping: ["end", "participant", …], … }
 */
export async function loadSource(workbook: WorkbookPort, sheet: string, range?: string): Promise<LoadedSource> {
  const read = await workbook.readRange(sheet, range?.trim() ? range.trim() : undefined);
  const headerIndex = findHeaderRow(read.values);
  const header = read.values[headerIndex] ?? [];
  const table = proposeTable(header) ?? hoursTable;
  return {
    source: { sheet, values: read.values, firstRow: read.firstRow, firstColumn: read.firstColumn, headerIndex },
    table,
    mapping: proposeMapping(table, header),
    address: read.address,
  };
}

/**
 * The mapping proposed for another target table.
 *
 * @example
 * remap(loaded, marketsTable) // => the headers matched against the Marchés columns
 */
export function remap(loaded: LoadedSource, table: TableDef): ColumnMapping {
  return proposeMapping(table, loaded.source.values[loaded.source.headerIndex] ?? []);
}

/**
 * The dry run against the workbook as it is now (its tables are read again: they may have changed).
 *
 * @throws kit.work.cancelled when the signal of the options is aborted
 *
 * @example
 * const result = await dryRun(workbook, loaded.source, { table, mapping, dateOrder: "dmy" });
 */
export async function dryRun(
  workbook: WorkbookPort,
  source: ImportSource,
  choices: { table: TableDef; mapping: ColumnMapping; dateOrder?: DateOrder },
  options: StepOptions<DryRunProgress> = {},
): Promise<DryRun> {
  const { tables } = await readStandardTables(workbook);
  // A slice of rows at a time: the pane shows « 12 000 lignes sur 50 000 » and can stop (nothing is written).
  return runSteps(dryRunSteps(source, choices, tables), options);
}

/**
 * Writes the ready rows of a dry run in one batch (after checking the workbook's schema allows it).
 *
 * @example
 * await commitImport(workbook, result); // => 5 (rows written)
 */
export async function commitImport(workbook: WorkbookPort, result: DryRun): Promise<number> {
  await prepareForWriting(workbook);
  const records = result.ready.map((row) => row.values);
  // Checked again in the write's own batch: another import or a co-author may have added these rows since the dry run.
  const unique = (result.table.unique ?? []).length > 0 ? ["id"] : Object.keys(records[0] ?? {});
  await workbook.writeTables([{ table: result.table, records, mode: "append", unique }]);
  return result.ready.length;
}

/** The tables the wizard offers as targets. */
export const targetTables: readonly TableDef[] = importableTables;
