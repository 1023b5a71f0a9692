/**
 * The demo territory as an in-memory workbook, built straight from the TypeScript data: the tests' and
 * the panels' workbook (the preview opens the same data from assets/demo-territoire.xlsx).
 */
import {
  buyersTable,
  companiesTable,
  encodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  validationsTable,
  WORKBOOK_SCHEMA_VERSION,
  type Cell,
} from "../../domain";
import { MemoryWorkbook, type MemoryTable } from "../workbook/memory-workbook";
import { SETTINGS } from "../workbook/port";
import { LEGACY_SHEET, legacyCells } from "./legacy-sheet";
import { demoBuyers, demoCompanies, demoHours, demoMarkets, demoParticipants, demoValidations } from "./territory";

function table(cells: Cell[][]): MemoryTable {
  const [headers = [], ...rows] = cells;
  return { headers, rows };
}

/**
 * @example
 * const workbook = demoWorkbook();
 * await workbook.readTable(marketsTable) // => the five demo contracts
 */
export function demoWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook(
    {
      [buyersTable.name]: table(encodeTable(buyersTable, demoBuyers)),
      [companiesTable.name]: table(encodeTable(companiesTable, demoCompanies)),
      [marketsTable.name]: table(encodeTable(marketsTable, demoMarkets)),
      [participantsTable.name]: table(encodeTable(participantsTable, demoParticipants)),
      [validationsTable.name]: table(encodeTable(validationsTable, demoValidations)),
      [hoursTable.name]: table(encodeTable(hoursTable, demoHours)),
    },
    { [SETTINGS.schemaVersion]: WORKBOOK_SCHEMA_VERSION },
    { [LEGACY_SHEET]: legacyCells },
  );
}
