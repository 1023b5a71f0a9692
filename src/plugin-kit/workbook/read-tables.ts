/**
 * The standard tables of a workbook, read and decoded once (every bad cell located by sheet row).
 */
import { decodeTable, standardTables, type DomainError, type TableDef, type TablesByName } from "../../../domain";
import type { WorkbookPort } from "../../workbook/port";

export interface DecodedWorkbook {
  /** Decoded rows of each table present, by table name. */
  tables: TablesByName;
  /** Every cell that could not be read, located. */
  errors: DomainError[];
}

/**
 * Reads and decodes the given tables (default: the facilitator's tables) of a workbook; tables the
 * workbook does not have are absent from the result.
 *
 * @example
 * const { tables, errors } = await readStandardTables(workbook);
 * tables["Heures"] // => [{ row: 2, values: { company: "BTP-RIVIERE", … } }, …]
 */
export async function readStandardTables(
  workbook: WorkbookPort,
  defs: readonly TableDef[] = standardTables.filter((table) => table.owner === "user"),
): Promise<DecodedWorkbook> {
  const tables: Record<string, DecodedWorkbook["tables"][string]> = {};
  const errors: DomainError[] = [];
  for (const def of defs) {
    const snapshot = await workbook.readTable(def);
    if (!snapshot) continue;
    // The workbook's own cells: a number stored as text is refused, as by the pane and the custom functions.
    const decoded = decodeTable(def, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1, textNumbers: "refuse" });
    tables[def.name] = decoded.rows;
    errors.push(...decoded.errors);
  }
  return { tables, errors };
}
