import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buyersTable,
  companiesTable,
  decodeTable,
  hoursTable,
  marketsTable,
  participantsTable,
  WORKBOOK_SCHEMA_VERSION,
  type TableDef,
  type TableRecord,
} from "../../domain";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";
import { buildDemoXlsx, DEMO_XLSX_PATH } from "./demo-xlsx";
import { LEGACY_SHEET, legacyCells } from "./legacy-sheet";
import { demoBuyers, demoCompanies, demoHours, demoMarkets, demoParticipants } from "./territory";

const OUT_OF_DATE = `${DEMO_XLSX_PATH} n'est plus à jour avec src/demo : lancez « npm run demo:xlsx » et validez le fichier`;

/** Runs an expectation, saying how to bring the file up to date when it fails. */
function inSync(check: () => void): void {
  try {
    check();
  } catch (error) {
    throw new Error(`${OUT_OF_DATE}\n${(error as Error).message}`);
  }
}

async function committed(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(new Uint8Array(readFileSync(path.join(__dirname, "..", "..", DEMO_XLSX_PATH))));
}

describe("the demo workbook shipped in assets/", () => {
  it.each<[string, TableDef, TableRecord[]]>([
    [buyersTable.name, buyersTable, demoBuyers],
    [companiesTable.name, companiesTable, demoCompanies],
    [marketsTable.name, marketsTable, demoMarkets],
    [participantsTable.name, participantsTable, demoParticipants],
    [hoursTable.name, hoursTable, demoHours],
  ])("holds the %s table exactly as src/demo/territory.ts describes it", async (_name, table, records) => {
    const snapshot = await (await committed()).readTable(table);
    expect(snapshot).not.toBeNull();
    const decoded = decodeTable(table, [snapshot!.headers, ...snapshot!.rows], { firstRow: snapshot!.headerRow + 1 });
    expect(decoded.errors).toEqual([]);
    const expected = records.map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
    inSync(() => expect(decoded.rows.map((row) => row.values)).toEqual(expected));
  });

  it("holds the old spreadsheet to import, and its schema version", async () => {
    const workbook = await committed();
    const sheet = await workbook.readRange(LEGACY_SHEET, "A1:H13");
    const expected = legacyCells.map((row) => Array.from({ length: 8 }, (_, index) => row[index] ?? null));
    inSync(() => expect(sheet.values).toEqual(expected));
    expect(await workbook.readSetting("clauses.schemaVersion")).toBe(WORKBOOK_SCHEMA_VERSION);
  });

  it("is what the build script writes today", async () => {
    const rebuilt = await XlsxWorkbook.load(await buildDemoXlsx());
    expect(await rebuilt.outline()).toEqual(await (await committed()).outline());
  });
});
