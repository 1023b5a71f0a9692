/**
 * The guard before a write, as the panels use it: the facilitator's tables read once (for pick lists
 * and for the checks), the planned rows checked against them as the readers would, and a key that
 * exists already written as an update of its row (old → new) rather than as a second row.
 */
import * as React from "react";
import { checkAppends, type KeyConflict, type PlannedAppend, type TablesByName, type WriteCheck } from "../../../domain";
import type { WorkbookPort } from "../../workbook/port";
import { readStandardTables } from "../workbook/read-tables";
import { rowUpdateUnavailable } from "./errors";
import { useWorkbookRead } from "./use-workbook-read";

const readTables = async (workbook: WorkbookPort): Promise<TablesByName> => (await readStandardTables(workbook)).tables;

/**
 * The facilitator's tables, decoded (rows a reader rejects are left out), with a reload after a write.
 *
 * @example
 * const { tables, reload } = useWorkbookTables(services.workbook);
 * tables?.Acheteurs // => [{ row: 2, values: { id: "VILLE-VR", name: "Mairie de Valrivière" } }, …]
 */
export function useWorkbookTables(workbook: WorkbookPort): { tables: TablesByName | null; reload: () => void } {
  const { value, reload } = useWorkbookRead<TablesByName | null>(workbook, readTables, null, () => ({}));
  return { tables: value, reload };
}

/**
 * Checks planned rows against the tables read (an empty check while they are being read).
 *
 * @example
 * const check = useWriteCheck(planned, tables); // => { errors: [], conflicts: [] }
 */
export function useWriteCheck(planned: readonly PlannedAppend[] | null, tables: TablesByName | null): WriteCheck {
  return React.useMemo(() => (planned && tables ? checkAppends(planned, tables) : { errors: [], conflicts: [] }), [planned, tables]);
}

/**
 * Checks planned rows against the workbook as it is now (just before writing).
 *
 * @example
 * const { errors, conflicts } = await checkBeforeWrite(workbook, [{ table: marketsTable, records }]);
 */
export async function checkBeforeWrite(workbook: WorkbookPort, planned: readonly PlannedAppend[]): Promise<WriteCheck> {
  return checkAppends(planned, await readTables(workbook));
}

/**
 * Writes the planned values over the existing rows of conflicting keys, in one batch; every row's
 * key is checked again before anything is written.
 *
 * @example
 * await updateExisting(workbook, check.conflicts);
 */
export async function updateExisting(workbook: WorkbookPort, conflicts: readonly KeyConflict[]): Promise<void> {
  if (!workbook.updateRows) throw rowUpdateUnavailable();
  const byTable = new Map<string, KeyConflict[]>();
  for (const conflict of conflicts) byTable.set(conflict.table.name, [...(byTable.get(conflict.table.name) ?? []), conflict]);
  await workbook.updateRows(
    [...byTable.values()].map((list) => ({
      table: (list[0] as KeyConflict).table,
      rows: list.map((conflict) => ({
        row: conflict.row,
        key: { column: "id", value: conflict.key },
        values: Object.fromEntries(
          conflict.table.columns.filter((column) => column.key !== "id").map((column) => [column.key, conflict.after[column.key] ?? null]),
        ),
      })),
    })),
  );
}
