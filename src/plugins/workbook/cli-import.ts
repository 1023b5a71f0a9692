/**
 * `clauses import FEUILLE.xlsx --mapping map.json --out CLASSEUR.xlsx [--into EXISTANT.xlsx]`: the
 * « Importer » wizard without Excel. The sheet is read, mapped (the proposal corrected by map.json),
 * every row checked against the workbook `--into` (references, duplicates); the valid rows are added
 * in one batch and the result written whole to `--out`. `--dry-run` only reports. Input files are
 * never modified. The report (JSON) goes to stdout; the rejected rows, in French, to stderr.
 */
import { ValidationFailed, WORKBOOK_SCHEMA_VERSION, type TableDef } from "../../../domain";
import {
  dryRunImport,
  findHeaderRow,
  mappingFromFile,
  parseMappingFile,
  sourceHeaders,
  tableNamed,
  type DryRun,
  type MappingFile,
} from "../../../domain/import";
import { printJson, UsageError } from "../../plugin-kit/cli/arguments";
import { readStandardTables } from "../../plugin-kit/workbook/read-tables";
import type { CommandContext, CommandDefinition, FileWorkbook } from "../types";
import { distinctOutput, migrateCopy, openWorkbook, required } from "./cli-files";
import { headerRowOutside, mappingIncomplete, noFilledSheet, sheetEmpty } from "./errors";

export const importCommand: CommandDefinition = {
  summary: "importe une feuille .xlsx dans un tableau du classeur (correspondance des colonnes, essai à blanc, rapport des rejets)",
  usage: [
    "clauses import FEUILLE.xlsx --mapping CORRESPONDANCE.json --out CLASSEUR.xlsx [--into EXISTANT.xlsx] [--dry-run]",
    "       clauses import FEUILLE.xlsx --table Heures [--sheet FEUILLE] --dry-run   (montre la correspondance proposée)",
  ].join("\n"),
  options: {
    mapping: { type: "string", short: "m" },
    out: { type: "string", short: "o" },
    into: { type: "string" },
    table: { type: "string" },
    sheet: { type: "string" },
    "dry-run": { type: "boolean" },
  },
  async run(context) {
    const input = required(
      context.positionals[0],
      "la feuille à importer : clauses import FEUILLE.xlsx --mapping CORRESPONDANCE.json --out CLASSEUR.xlsx",
    );
    const dryRun = context.values["dry-run"] === true;
    const into = typeof context.values.into === "string" ? context.values.into : undefined;
    const out = dryRun
      ? undefined
      : distinctOutput(required(context.values.out, "le classeur résultat avec --out CLASSEUR.xlsx (ou --dry-run)"), [input, into]);
    const file = await mappingFile(context);
    const source = await openWorkbook(context, input);
    const sheet = file.sheet ?? (await firstSheet(source, input));
    const range = await source.readRange(sheet, file.range);
    if (range.values.length === 0) throw sheetEmpty(sheet, input);
    const headerIndex = file.headerRow ? file.headerRow - range.firstRow : findHeaderRow(range.values);
    if (headerIndex < 0 || headerIndex >= range.values.length) {
      throw new ValidationFailed([headerRowOutside(file.headerRow, range.address)]);
    }
    const table = tableNamed(file.table);
    const header = range.values[headerIndex] ?? [];
    const mapping = mappingFromFile(table, header, file.columns);
    const target = into ? await openWorkbook(context, into) : await context.workbooks.create();
    const schema = await migrateCopy(target);
    const existing = await readStandardTables(target);
    const sourceCells = { sheet, values: range.values, firstRow: range.firstRow, firstColumn: range.firstColumn, headerIndex };
    const result = dryRunImport(sourceCells, { table, mapping, ...(file.dateOrder ? { dateOrder: file.dateOrder } : {}) }, existing.tables);
    if (result.blocking.length > 0) {
      throw new ValidationFailed(result.blocking.map((reason) => mappingIncomplete(reason)));
    }
    if (out) {
      await target.appendRecords(
        table,
        result.ready.map((row) => row.values),
      );
      await context.writeBytes(out, await target.toBytes());
    }
    reportRejected(context, result, sheet);
    printJson(context.stdout, {
      source: input,
      sheet,
      range: range.address,
      headerRow: range.firstRow + headerIndex,
      table: table.name,
      mapping: sourceHeaders(header, range.firstColumn).map((name, index) => ({ column: name, to: headerOf(table, mapping[index]) })),
      dateOrder: result.dateOrder,
      ...(out ? { out, schema: { ...schema, to: WORKBOOK_SCHEMA_VERSION } } : { dryRun: true }),
      written: out ? result.ready.length : 0,
      ready: result.ready.length,
      alreadyPresent: result.alreadyPresent.length,
      rejected: result.rejected,
      warnings: result.warnings,
    });
    return 0;
  },
};

async function mappingFile(context: CommandContext): Promise<MappingFile> {
  if (typeof context.values.mapping === "string") {
    const file = parseMappingFile(await context.readJson(context.values.mapping));
    return { ...file, ...(typeof context.values.sheet === "string" ? { sheet: context.values.sheet } : {}) };
  }
  if (typeof context.values.table !== "string") {
    throw new UsageError(
      "indiquez le fichier de correspondance avec --mapping CORRESPONDANCE.json (ou le tableau visé avec --table Heures)",
    );
  }
  return { table: context.values.table, ...(typeof context.values.sheet === "string" ? { sheet: context.values.sheet } : {}) };
}

async function firstSheet(source: FileWorkbook, input: string): Promise<string> {
  const sheets = (await source.outline()).sheets.filter((sheet) => sheet.usedRange !== null);
  if (sheets.length === 0) throw noFilledSheet(input);
  return sheets[0]!.name;
}

function headerOf(table: TableDef, key: string | null | undefined): string | null {
  return table.columns.find((column) => column.key === key)?.header ?? null;
}

function reportRejected(context: CommandContext, result: DryRun, sheet: string): void {
  const lines = [
    ...result.warnings,
    ...result.rejected.flatMap(({ row, reasons }) => reasons.map((reason) => `${sheet}, ligne ${row} : ${reason}`)),
  ];
  if (result.dateOrder.order === null) {
    lines.push(
      `Ordre des dates à préciser (« ${result.dateOrder.example ?? "?"} ») : ajoutez "dateOrder": "dmy" (jour/mois) ou "mdy" (mois/jour) au fichier de correspondance.`,
    );
  }
  const summary = `${result.ready.length} ligne(s) prête(s), ${result.alreadyPresent.length} déjà présente(s), ${result.rejected.length} rejetée(s).`;
  context.stderr(`${[...lines, summary].join("\n")}\n`);
}
