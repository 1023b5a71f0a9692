/**
 * The statements on the workbook, through the port (the pane and the CLI alike): the tables they read,
 * the guichet's identity, the forms to make, and the one batch a collection writes.
 */
import {
  buyersTable,
  companiesTable,
  decodeTable,
  hoursTable,
  isoFromDay,
  marketsTable,
  participantsTable,
  ValidationFailed,
  type Day,
  type DomainError,
  type TableDef,
  type TablesByName,
  type TableRecord,
} from "../../../domain";
import {
  companiesDue,
  companyNamesTable,
  formModel,
  noGuichet,
  STATEMENT_STATUSES,
  statementKey,
  statementsTable,
  type CollectWrites,
  type SealedForm,
  type StatementPeriod,
} from "../../../domain/statements";
import { SETTINGS, type TableWrite, type WorkbookPort } from "../../workbook/port";

/** The tables a statement reads. */
export const STATEMENT_TABLES: readonly TableDef[] = [
  buyersTable,
  companiesTable,
  marketsTable,
  participantsTable,
  hoursTable,
  statementsTable,
  companyNamesTable,
];

export interface Guichet {
  id: string;
  name: string;
}

/**
 * Reads and decodes the statements' tables; a bad cell anywhere stops here with every problem located.
 *
 * @example
 * const tables = await readStatementTables(workbook); // => { Entreprises: [...], Marchés: [...], … }
 * @throws ValidationFailed of table.cell.invalid, table.column.missing
 */
export async function readStatementTables(workbook: WorkbookPort): Promise<TablesByName> {
  const tables: Record<string, TablesByName[string]> = {};
  const errors: DomainError[] = [];
  for (const def of STATEMENT_TABLES) {
    const snapshot = await workbook.readTable(def);
    if (!snapshot) continue;
    const decoded = decodeTable(def, [snapshot.headers, ...snapshot.rows], { firstRow: snapshot.headerRow + 1 });
    tables[def.name] = decoded.rows;
    errors.push(...decoded.errors);
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return tables;
}

/**
 * The guichet's identity stored in the workbook.
 *
 * @example
 * await readGuichet(workbook) // => { id: "demo-valriviere", name: "Guichet clauses sociales de Valrivière (démo)" }
 * @throws DomainError statements.guichet.missing
 */
export async function readGuichet(workbook: WorkbookPort): Promise<Guichet> {
  const stored = await workbook.readSetting<Partial<Guichet>>(SETTINGS.guichet);
  if (!stored || typeof stored.id !== "string" || stored.id === "") throw noGuichet();
  return { id: stored.id, name: typeof stored.name === "string" && stored.name !== "" ? stored.name : "Guichet clauses sociales" };
}

/**
 * A new guichet identity (random, so that two guichets never share one).
 *
 * @example
 * newGuichet("PLIE Valrivière") // => { id: "g-3f2a…", name: "PLIE Valrivière" }
 */
export function newGuichet(name: string): Guichet {
  return { id: `g-${globalThis.crypto.randomUUID()}`, name };
}

/**
 * The forms of a period: for the companies given, or for every company due one.
 *
 * @example
 * makeForms(tables, guichet, readPeriod("2026-03")) // => [SealedForm of BTP-RIVIERE, …]
 * @throws ValidationFailed of statements.company.unknown, statements.company.inactive
 */
export function makeForms(tables: TablesByName, guichet: Guichet, period: StatementPeriod, companies?: readonly string[]): SealedForm[] {
  const chosen = companies && companies.length > 0 ? companies : companiesDue(tables, period);
  const statements = new Map(
    (tables["Relevés"] ?? []).map(({ values }) => [statementKey(String(values.company), String(values.period)), values]),
  );
  const forms: SealedForm[] = [];
  const errors: DomainError[] = [];
  for (const company of chosen) {
    const previous = statements.get(statementKey(company, period.key))?.version;
    try {
      forms.push(
        formModel(tables, company, period, {
          guichet: guichet.id,
          guichetName: guichet.name,
          version: (typeof previous === "number" ? previous : 0) + 1,
        }),
      );
    } catch (error) {
      errors.push(error as DomainError);
    }
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return forms;
}

/**
 * The Relevés table after forms were sent (the pane records it; received rows keep their figures).
 *
 * @example
 * sentRecords(tables, forms, today) // => [{ company: "BTP-RIVIERE", period: "2026-03", sentOn: "2026-03-28", status: "envoyé", … }]
 */
export function sentRecords(tables: TablesByName, forms: readonly SealedForm[], today: Day): TableRecord[] {
  const rows = new Map(
    (tables["Relevés"] ?? []).map(({ values }) => [statementKey(String(values.company), String(values.period)), { ...values }]),
  );
  for (const form of forms) {
    const key = statementKey(form.identity.company, form.identity.period);
    const row = rows.get(key);
    rows.set(key, {
      ...(row ?? { company: form.identity.company, period: form.identity.period, status: STATEMENT_STATUSES.sent }),
      sentOn: isoFromDay(today),
    });
  }
  return [...rows.values()];
}

/**
 * The one batch of a collection: Heures (earlier versions' lines removed, new ones appended), new
 * participants and their names, the Relevés table.
 *
 * @example
 * await workbook.writeTables(collectBatch(writes));
 */
export function collectBatch(writes: CollectWrites): TableWrite[] {
  const batch: TableWrite[] = [];
  if (writes.hours.length > 0 || writes.replacedStatements.length > 0) {
    batch.push({
      table: hoursTable,
      records: writes.hours,
      mode: "append",
      ...(writes.replacedStatements.length > 0 ? { removeWhere: { column: "statement", values: writes.replacedStatements } } : {}),
    });
  }
  if (writes.participants.length > 0) batch.push({ table: participantsTable, records: writes.participants, mode: "append" });
  if (writes.names.length > 0) batch.push({ table: companyNamesTable, records: writes.names, mode: "append" });
  batch.push({ table: statementsTable, records: writes.statements, mode: "replace" });
  return batch;
}
