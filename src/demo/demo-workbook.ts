/**
 * The demo territory as an in-memory workbook, built straight from the TypeScript data: the tests' and
 * the panels' workbook (the preview opens the same data from assets/demo-territoire.xlsx).
 */
import { encodeTable, WORKBOOK_SCHEMA_VERSION, type Cell } from "../../domain";
import { MemoryWorkbook, type MemoryTable } from "../workbook/memory-workbook";
import { SETTINGS } from "../workbook/port";
import { LEGACY_SHEET, legacyCells } from "./legacy-sheet";
import { DEMO_GUICHET, demoTables } from "./territory";

function table(cells: Cell[][], sheet: string): MemoryTable {
  const [headers = [], ...rows] = cells;
  return { headers, rows, sheet };
}

/**
 * @example
 * const workbook = demoWorkbook();
 * await workbook.readTable(marketsTable) // => the five demo contracts
 */
export function demoWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook(
    Object.fromEntries(demoTables.map(([def, records]) => [def.name, table(encodeTable(def, records), def.sheet)])),
    { [SETTINGS.schemaVersion]: WORKBOOK_SCHEMA_VERSION, [SETTINGS.guichet]: DEMO_GUICHET },
    { [LEGACY_SHEET]: legacyCells },
  );
}
