/**
 * Reads the Marchés, Heures and Participants tables through the workbook port (never Excel.run).
 * They are decoded by the panel's engine (`pooling-engine.ts`, in a Web Worker where there is one),
 * every problem located by table, row and column.
 */
import { hoursTable, marketsTable, participantsTable } from "../../../domain";
import type { WorkbookPort } from "../../workbook/port";
import { useWorkbookRead } from "../../plugin-kit/ui/use-workbook-read";
import type { PoolingSnapshots } from "./pooling-engine";

export type PoolingSnapshotsRead =
  { status: "loading" } | { status: "ready"; snapshots: PoolingSnapshots; version: number } | { status: "invalid"; messages: string[] };

/**
 * The tables as the workbook holds them, not yet decoded (the engine decodes them, numbers stored
 * as text refused as by the custom functions and `clauses run`).
 *
 * @example
 * const read = await readPoolingSnapshots(workbook, 0); // => { status: "ready", snapshots: { markets, hours, participants }, version: 0 }
 */
export async function readPoolingSnapshots(workbook: WorkbookPort, version: number): Promise<PoolingSnapshotsRead> {
  // Participants too: their countable windows apply here as in `clauses run` and the functions.
  const [markets, hours, participants] = await Promise.all([
    workbook.readTable(marketsTable),
    workbook.readTable(hoursTable),
    workbook.readTable(participantsTable),
  ]);
  return { status: "ready", snapshots: { markets, hours, participants }, version };
}

/**
 * @example
 * const { read, reload } = usePoolingSnapshots(services.workbook);
 */
export function usePoolingSnapshots(workbook: WorkbookPort): { read: PoolingSnapshotsRead; reload: () => void } {
  const { value, reload } = useWorkbookRead<PoolingSnapshotsRead>(workbook, readPoolingSnapshots, { status: "loading" }, (messages) => ({
    status: "invalid",
    messages,
  }));
  return { read: value, reload };
}
