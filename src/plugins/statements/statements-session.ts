/**
 * What the « Relevés » panel does, outside React (so it is tested without a DOM): generate the forms
 * of a period (and record them as sent), check returned files (the dry run), write a collection in one
 * batch, list who is late.
 */
import JSZip from "jszip";
import { type Day, type TablesByName } from "../../../domain";
import {
  collectForms,
  companiesDue,
  lateForms,
  readPeriod,
  statementsTable,
  type CollectReport,
  type CollectWrites,
  type LateForm,
} from "../../../domain/statements";
import { SETTINGS, type WorkbookPort } from "../../workbook/port";
import { formFileName, readForm, writeForm } from "./form-xlsx";
import { collectBatch, makeForms, newGuichet, readGuichet, readStatementTables, sentRecords, type Guichet } from "./statements-workbook";

export interface PanelData {
  tables: TablesByName;
  /** Companies due a form for the period, with their names. */
  due: { id: string; name: string }[];
  late: LateForm[];
}

/**
 * The tables, the companies due a form and who is late for a period.
 *
 * @example
 * await panelData(workbook, "2026-10", today) // => { due: [{ id: "BTP-RIVIERE", name: "BTP Rivière SAS" }, …], late: [...] }
 */
export async function panelData(workbook: WorkbookPort, period: string, today: Day): Promise<PanelData> {
  const tables = await readStatementTables(workbook);
  const names = new Map((tables["Entreprises"] ?? []).map(({ values }) => [String(values.id), String(values.name ?? values.id)]));
  const due = companiesDue(tables, readPeriod(period, "Mois du relevé")).map((id) => ({ id, name: names.get(id) ?? id }));
  const guichet = await workbook.readSetting<Partial<Guichet>>(SETTINGS.guichet);
  const late = lateForms(tables, [period], today, { guichetName: guichet?.name ?? "Le guichet clauses sociales" });
  return { tables, due, late };
}

/**
 * The forms of the companies chosen, as files (one .xlsx each, or one .zip), after recording them as
 * sent in Relevés (one batch; the guichet gets its identity the first time).
 *
 * @example
 * await generateForms(workbook, "2026-10", ["BTP-RIVIERE"], today, false) // => [{ name: "releve-BTP-RIVIERE-2026-10.xlsx", bytes }]
 */
export async function generateForms(
  workbook: WorkbookPort,
  period: string,
  companies: readonly string[],
  today: Day,
  zip: boolean,
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const guichet = await guichetOf(workbook);
  const tables = await readStatementTables(workbook);
  const forms = makeForms(tables, guichet, readPeriod(period, "Mois du relevé"), companies);
  const files = await Promise.all(forms.map(async (form) => ({ name: formFileName(form), bytes: await writeForm(form) })));
  await workbook.writeTables([{ table: statementsTable, records: sentRecords(tables, forms, today), mode: "replace" }]);
  if (!zip) return files;
  const archive = new JSZip();
  for (const file of files) archive.file(file.name, file.bytes);
  return [{ name: `releves-${period}.zip`, bytes: await archive.generateAsync({ type: "uint8array" }) }];
}

/**
 * The dry run of the files chosen: nothing written.
 *
 * @example
 * const { report, writes } = await checkFiles(workbook, files, today);
 */
export async function checkFiles(
  workbook: WorkbookPort,
  files: readonly { name: string; bytes: Uint8Array }[],
  today: Day,
): Promise<{ report: CollectReport; writes: CollectWrites }> {
  const guichet = await readGuichet(workbook);
  const tables = await readStatementTables(workbook);
  const forms = await Promise.all(files.map((file) => readForm(file.name, file.bytes)));
  return collectForms({ guichet: guichet.id, tables, forms, receivedOn: today });
}

/**
 * Writes a checked collection: Heures, Participants, Noms des entreprises and Relevés in one batch.
 *
 * @example
 * await writeCollection(workbook, writes);
 */
export async function writeCollection(workbook: WorkbookPort, writes: CollectWrites): Promise<void> {
  await workbook.writeTables(collectBatch(writes));
}

async function guichetOf(workbook: WorkbookPort): Promise<Guichet> {
  try {
    return await readGuichet(workbook);
  } catch {
    const created = newGuichet("Guichet clauses sociales");
    await workbook.writeSetting(SETTINGS.guichet, created);
    return created;
  }
}
