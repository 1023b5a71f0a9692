/**
 * What every adapter shares: appending to or replacing one table is a batch of one write.
 */
import type { TableDef, TableRecord } from "../../domain";
import type { TableWrite } from "./port";

export abstract class BatchedWorkbook {
  /** Writes several tables in one batch: all of them, or none. */
  abstract writeTables(writes: readonly TableWrite[]): Promise<void>;

  /**
   * @example
   * await workbook.appendRecords(marketsTable, records); // one batch
   */
  async appendRecords(table: TableDef, records: readonly TableRecord[]): Promise<void> {
    await this.writeTables([{ table, records, mode: "append" }]);
  }

  /**
   * @example
   * await workbook.replaceRecords(ventilationTable, records); // one batch
   */
  async replaceRecords(table: TableDef, records: readonly TableRecord[]): Promise<void> {
    await this.writeTables([{ table, records, mode: "replace" }]);
  }
}
