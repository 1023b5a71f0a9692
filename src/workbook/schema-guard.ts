/**
 * Every write the task pane makes goes through the schema check: a workbook in an older layout (or
 * written by a newer add-in) is refused with a French message before anything is written, and an
 * unmarked workbook gets the current version recorded. Panels do not have to remember it.
 */
import type { WorkbookPort } from "./port";
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
        return value.apply(target, args);
      };
    },
  });
}
