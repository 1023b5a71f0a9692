/**
 * Reads the tables the bilans need through the workbook port (never Excel.run) and decodes them,
 * every problem located by table, row and column. Absent tables read as empty.
 */
import {
  buyersTable,
  companiesTable,
  decodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  validationsTable,
  type DecodedRow,
  type DomainError,
  type TableDef,
} from "../../../domain";
import type { ReportTables } from "../../../domain/reporting";
import type { WorkbookPort } from "../../workbook/port";
import { useWorkbookRead } from "../../plugin-kit/ui/use-workbook-read";

export type BilanTables =
  | { status: "loading" }
  | { status: "ready"; tables: ReportTables & { validations: DecodedRow[] }; version: number }
  | { status: "invalid"; messages: string[] };

const TABLES = [marketsTable, hoursTable, participantsTable, buyersTable, companiesTable, validationsTable] as const;

/**
 * @example
 * const { tables, reload } = useBilanTables(services.workbook);
 */
export function useBilanTables(workbook: WorkbookPort): { tables: BilanTables; reload: () => void } {
  const { value, reload } = useWorkbookRead<BilanTables>(workbook, readBilanTables, { status: "loading" }, (messages) => ({
    status: "invalid",
    messages,
  }));
  return { tables: value, reload };
}

/**
 * What the panel reads (exported for the faces-agree test: the same read, without React).
 *
 * @example
 * const tables = await readBilanTables(workbook, 0); // => { status: "ready", tables: { markets, hours, … }, version: 0 }
 */
export async function readBilanTables(workbook: WorkbookPort, version: number): Promise<BilanTables> {
  const [markets, hours, participants, buyers, companies, validations] = await Promise.all(
    TABLES.map((table) => readRows(workbook, table)),
  );
  const all = [markets, hours, participants, buyers, companies, validations] as { rows: DecodedRow[]; errors: DomainError[] }[];
  const errors = all.flatMap((read) => read.errors);
  if (errors.length > 0) return { status: "invalid", messages: errors.map((error) => error.message) };
  const [m, h, p, b, c, v] = all.map((read) => read.rows) as DecodedRow[][];
  return { status: "ready", tables: { markets: m!, hours: h!, participants: p!, buyers: b!, companies: c!, validations: v! }, version };
}

async function readRows(workbook: WorkbookPort, table: TableDef): Promise<{ rows: DecodedRow[]; errors: DomainError[] }> {
  const snapshot = await workbook.readTable(table);
  if (!snapshot) return { rows: [], errors: [] };
  // A number stored as text is refused, as by the custom functions and `clauses run` (docs/workbook.md).
  return decodeTable(table, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1, textNumbers: "refuse" });
}
