/**
 * Reads the Marchés, Heures and Participants tables through the workbook port (never Excel.run) and decodes them,
 * every problem located by table, row and column.
 */
import {
  decodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  type DecodedRow,
  type DomainError,
  type TableDef,
} from "../../../domain";
import type { WorkbookPort } from "../../workbook/port";
import { useWorkbookRead } from "../../plugin-kit/ui/use-workbook-read";

export type PoolingTables =
  | { status: "loading" }
  | { status: "ready"; markets: DecodedRow[]; hours: DecodedRow[]; participants: DecodedRow[]; version: number }
  | { status: "invalid"; messages: string[] };

/**
 * @example
 * const { tables, reload } = usePoolingTables(services.workbook);
 * if (tables.status === "ready") poolingView(tables, pack, today, choice);
 */
export function usePoolingTables(workbook: WorkbookPort): { tables: PoolingTables; reload: () => void } {
  const { value, reload } = useWorkbookRead<PoolingTables>(workbook, readPoolingTables, { status: "loading" }, (messages) => ({
    status: "invalid",
    messages,
  }));
  return { tables: value, reload };
}

/**
 * What the panel reads (exported for the faces-agree test: the same read, without React).
 *
 * @example
 * const tables = await readPoolingTables(workbook, 0); // => { status: "ready", markets, hours, participants, version: 0 }
 */
export async function readPoolingTables(workbook: WorkbookPort, version: number): Promise<PoolingTables> {
  // Participants too: their countable windows apply here as in `clauses run` and the functions.
  const [markets, hours, participants] = await Promise.all([
    readRows(workbook, marketsTable),
    readRows(workbook, hoursTable),
    readRows(workbook, participantsTable),
  ]);
  const errors: DomainError[] = [...markets.errors, ...hours.errors, ...participants.errors];
  if (errors.length > 0) return { status: "invalid", messages: errors.map((error) => error.message) };
  return { status: "ready", markets: markets.rows, hours: hours.rows, participants: participants.rows, version };
}

async function readRows(workbook: WorkbookPort, table: TableDef): Promise<{ rows: DecodedRow[]; errors: DomainError[] }> {
  const snapshot = await workbook.readTable(table);
  if (!snapshot) return { rows: [], errors: [] };
  // A number stored as text is refused, as by the custom functions and `clauses run` (docs/workbook.md).
  return decodeTable(table, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1, textNumbers: "refuse" });
}
