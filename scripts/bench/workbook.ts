/**
 * `npm run bench:workbook`: what the Office adapter sends to Excel for 10, 1 000 and 50 000
 * hour lines (syncs, largest request and response, on office-addin-mock's fake Excel), and how long the
 * .xlsx adapter takes to write and read them back, and how long the import's dry run takes. Prints
 * figures; asserts nothing (the tests do).
 */
import { decodeTable, encodeTable, hoursTable } from "../../domain";
import { dryRunImport } from "../../domain/import";
import { fakeExcel } from "../../test/support/excel-mock";
import { hourRecords } from "../../test/support/hour-records";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} Mo`;
}

async function office(count: number): Promise<string> {
  const excel = fakeExcel();
  const workbook = new OfficeWorkbook(excel.run);
  await workbook.appendRecords(hoursTable, hourRecords(count));
  const writeSyncs = excel.syncs();
  const largestRequest = Math.max(...excel.requests.map((request) => request.requestBytes));
  await workbook.readTable(hoursTable);
  const readSyncs = excel.syncs() - writeSyncs;
  const largestResponse = Math.max(...excel.requests.map((request) => request.responseBytes));
  return `Office.js  ${String(count).padStart(6)} lignes : écriture ${writeSyncs} sync (requête max ${megabytes(largestRequest)}), lecture ${readSyncs} sync (réponse max ${megabytes(largestResponse)})`;
}

async function xlsx(count: number): Promise<string> {
  const started = performance.now();
  const workbook = XlsxWorkbook.create();
  await workbook.appendRecords(hoursTable, hourRecords(count));
  const bytes = await workbook.toBytes();
  const written = performance.now();
  const reopened = await XlsxWorkbook.load(bytes);
  const rows = (await reopened.readTable(hoursTable))?.rows.length;
  const read = performance.now();
  return `.xlsx      ${String(count).padStart(6)} lignes : écrit en ${Math.round(written - started)} ms (${megabytes(bytes.length)}), relu (${rows} lignes) en ${Math.round(read - written)} ms`;
}

/** The import's dry run of a sheet of `count` lines into a table that already holds them all. */
function dryRun(count: number): string {
  const cells = encodeTable(hoursTable, hourRecords(count));
  const existing = decodeTable(hoursTable, cells).rows;
  const started = performance.now();
  const source = { sheet: "Export", values: cells, firstRow: 1, headerIndex: 0 };
  const result = dryRunImport(source, { table: hoursTable, mapping: hoursTable.columns.map((column) => column.key) }, { Heures: existing });
  return `Essai à blanc ${String(count).padStart(6)} lignes (toutes déjà présentes : ${result.alreadyPresent.length}) en ${Math.round(performance.now() - started)} ms`;
}

async function main(): Promise<void> {
  for (const count of [10, 1_000, 50_000]) process.stdout.write(`${await office(count)}\n`);
  for (const count of [10, 1_000, 50_000]) process.stdout.write(`${await xlsx(count)}\n`);
  for (const count of [10, 1_000, 50_000]) process.stdout.write(`${dryRun(count)}\n`);
}

void main();
