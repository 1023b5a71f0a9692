/**
 * Benchmark of the statements' collection (`npm run bench:statements -- [COMPANIES] [LINES]`, default
 * 200 companies × 50 lines): a workbook of COMPANIES companies, each with a contract active in March
 * 2026 and LINES known people; one form made and filled per company (not timed); then timed, as
 * `clauses statements collect` does it: reading every returned .xlsx, recognising and checking every
 * line, writing Heures, Participants and Relevés in one batch, and the new workbook's bytes.
 * Prints one line of JSON (wall time, the process's CPU time, the machine's load); the target is under 10 s.
 */
import { loadavg } from "node:os";
import { Workbook } from "exceljs";
import {
  companiesTable,
  dayFromIso,
  excelSerialFromDay,
  hoursTable,
  marketsTable,
  participantsTable,
  type TableRecord,
} from "../../domain";
import { collectForms, companyNamesTable, formLayout, formModel, readPeriod, type SealedForm } from "../../domain/statements";
import { readForm, writeForm } from "../../src/plugins/statements/form-xlsx";
import { collectBatch, readStatementTables } from "../../src/plugins/statements/statements-workbook";
import { SETTINGS } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const [companies = 200, lines = 50] = process.argv.slice(2).map(Number);
const period = readPeriod("2026-03");
const guichet = { id: "bench-guichet", name: "Guichet de mesure" };

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.create();
  const ids = Array.from({ length: companies }, (_, index) => `E${String(index + 1).padStart(3, "0")}`);
  const person = (company: number, index: number) => `P${company}-${index}`;
  const records = (make: (company: string, index: number) => TableRecord[]) => ids.flatMap((id, index) => make(id, index));
  await workbook.writeTables([
    {
      table: companiesTable,
      records: records((id) => [{ id, name: `Entreprise ${id}`, contact: `${id.toLowerCase()}@example.org` }]),
      mode: "append",
    },
    {
      table: marketsTable,
      records: records((id) => [
        { id: `M-${id}`, label: `Marché de ${id}`, company: id, start: "2026-01-01", end: "2026-12-31", obligation: 2000, pooled: false },
      ]),
      mode: "append",
    },
    {
      table: participantsTable,
      records: records((_, company) =>
        Array.from({ length: lines }, (__, index) => ({ id: person(company, index), birthDate: "1990-01-01" })),
      ),
      mode: "append",
    },
    {
      table: companyNamesTable,
      records: records((id, company) =>
        Array.from({ length: lines }, (_, index) => ({
          participant: person(company, index),
          company: id,
          name: `Personne ${index + 1} de ${id}`,
        })),
      ),
      mode: "append",
    },
    { table: hoursTable, records: [], mode: "append" },
  ]);
  await workbook.writeSetting(SETTINGS.guichet, guichet);
  return workbook.toBytes();
}

async function filledForm(model: SealedForm): Promise<Uint8Array> {
  const book = new Workbook();
  await book.xlsx.load((await writeForm(model)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Relevé")!;
  const layout = formLayout(model);
  model.people.forEach((person, index) => {
    const day = 2 + (index % 20);
    const date = (offset: number) => new Date(Date.UTC(2026, 2, day + offset));
    [person.label, null, null, model.markets[0]!.label, "Embauche directe", "CDD", date(0), date(5), 35].forEach(
      (value, column) => (sheet.getCell(layout.firstLine + index, column + 1).value = value),
    );
  });
  sheet.getCell(layout.signatory, 2).value = "Signataire";
  sheet.getCell(layout.signedOn, 2).value = excelSerialFromDay(dayFromIso("2026-04-02"));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const source = await workbookBytes();
  const tables = await readStatementTables(await XlsxWorkbook.load(source));
  const files = await Promise.all(
    (tables["Entreprises"] ?? []).map(async ({ values }) =>
      filledForm(
        formModel(tables, String(values.id), period, { guichet: guichet.id, guichetName: guichet.name, version: 1, lineRows: lines }),
      ),
    ),
  );
  const start = performance.now();
  const cpu = process.cpuUsage();
  const workbook = await XlsxWorkbook.load(source);
  const current = await readStatementTables(workbook);
  const forms = [];
  for (const [index, bytes] of files.entries()) forms.push(await readForm(`releve-${index}.xlsx`, bytes));
  const read = performance.now();
  const { report, writes } = collectForms({ guichet: guichet.id, tables: current, forms, receivedOn: dayFromIso("2026-04-05") });
  const checked = performance.now();
  await workbook.writeTables(collectBatch(writes));
  const bytes = await workbook.toBytes();
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      companies,
      linesPerForm: lines,
      accepted: report.accepted.length,
      lines: writes.hours.length,
      rejected: report.rejected.length,
      readMs: Math.round(read - start),
      checkMs: Math.round(checked - read),
      writeMs: Math.round(end - checked),
      totalMs: Math.round(end - start),
      // The machine may be shared: the process's own CPU time and the load say how much of the wall time was waiting.
      cpuMs: Math.round((used.user + used.system) / 1000),
      loadAverage: loadavg()[0]?.toFixed(1),
      outputBytes: bytes.length,
      targetMs: 10_000,
    }),
  );
  if (report.accepted.length !== companies || writes.hours.length !== companies * lines) process.exitCode = 1;
}

void main();
