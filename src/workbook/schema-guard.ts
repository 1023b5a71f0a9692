/**
 * Every write the task pane makes goes through the schema check: a workbook in an older layout (or
 * written by a newer add-in) is refused with a French message before anything is written, and an
 * unmarked workbook gets the current version recorded. Rows appended to the facilitator's tables
 * then go through the readers' checks (`checkAppends`): a row a reader would reject, or a second
 * row with a key already there, is refused before anything is written. Panels do not have to
 * remember it (they run the same check earlier to show the messages next to their fields).
 */
import { checkAppends, keyExists, ValidationFailed, type PlannedAppend } from "../../domain";
import type { TableWrite, WorkbookPort } from "./port";
import { readStandardTables } from "../plugin-kit/workbook/read-tables";
import { prepareForWriting } from "../plugin-kit/workbook/schema-service";

const WRITES: ReadonlySet<PropertyKey> = new Set(["appendRecords", "replaceRecords", "writeTables", "writeReport", "updateRows"]);

/**
 * The same workbook, with its writes checked against the schema version (once per session, again
 * after a migration or a failed check).
 *
 * @example
 * const workbook = guardedBySchema(new OfficeWorkbook((batch) => Excel.run(batch)));
 * await workbook.appendRecords(marketsTable, rows); // refused if the workbook must be migrated first
 */
export function guardedBySchema<T extends WorkbookPort>(workbook: T): T {
  let checked: Promise<void> | null = null;
  const check = () => {
    checked ??= prepareForWriting(workbook).catch((error: unknown) => {
      checked = null;
      throw error;
    });
    return checked;
  };
  return new Proxy(workbook, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      if (key === "applySchemaEdits") {
        return async (...args: unknown[]) => {
          checked = null;
          return value.apply(target, args);
        };
      }
      if (!WRITES.has(key)) return value.bind(target);
      return async (...args: unknown[]) => {
        await check();
        const appends = plannedAppends(key, args);
        if (appends.length > 0) await refuseUnreadable(target, appends);
        return value.apply(target, args);
      };
    },
  });
}

/** The rows a write call appends to the facilitator's tables. */
function plannedAppends(method: PropertyKey, args: readonly unknown[]): PlannedAppend[] {
  if (method === "appendRecords") {
    const [table, records] = args as [PlannedAppend["table"], PlannedAppend["records"]];
    return table.owner === "user" ? [{ table, records }] : [];
  }
  if (method === "writeTables") {
    const writes = args[0] as readonly TableWrite[];
    return writes.filter((write) => write.mode === "append" && write.table.owner === "user");
  }
  return [];
}

async function refuseUnreadable(workbook: WorkbookPort, appends: readonly PlannedAppend[]): Promise<void> {
  const { tables } = await readStandardTables(workbook);
  const { errors, conflicts } = checkAppends(appends, tables);
  const duplicates = conflicts.map((conflict) => {
    const column = conflict.table.columns.find((candidate) => candidate.key === "id")?.header ?? "id";
    return keyExists(conflict.table.sheet, column, conflict.key, conflict.row);
  });
  if (errors.length + duplicates.length > 0) throw new ValidationFailed([...errors, ...duplicates]);
}
