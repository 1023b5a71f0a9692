/**
 * The demo territory as an .xlsx workbook: the file `assets/demo-territoire.xlsx` that the preview opens
 * and that `npx clauses run` takes as a first example. `scripts/build-demo-workbook.ts` writes it from
 * the TypeScript data; a test checks the committed file still holds exactly that data.
 */
import { WORKBOOK_SCHEMA_VERSION } from "../../domain";
import { SETTINGS } from "../workbook/port";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";
import { LEGACY_SHEET, legacyCells, legacyDateColumns } from "./legacy-sheet";
import { DEMO_GUICHET, demoTables } from "./territory";

/** Where the demo workbook is committed, from the repository's root. */
export const DEMO_XLSX_PATH = "assets/demo-territoire.xlsx";

/**
 * Builds the demo workbook: the demo tables, the old spreadsheet's sheet, the schema version.
 *
 * @example
 * await writeFile(DEMO_XLSX_PATH, await buildDemoXlsx());
 */
export async function buildDemoXlsx(): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.create();
  await workbook.writeTables(demoTables.map(([table, records]) => ({ table, records, mode: "append" })));
  workbook.addPlainSheet(LEGACY_SHEET, legacyCells, { dateColumns: legacyDateColumns });
  await workbook.writeSetting(SETTINGS.schemaVersion, WORKBOOK_SCHEMA_VERSION);
  await workbook.writeSetting(SETTINGS.guichet, DEMO_GUICHET);
  return workbook.toBytes();
}
