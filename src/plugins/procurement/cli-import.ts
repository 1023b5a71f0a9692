/**
 * `clauses decp import FICHIER.json --into CLASSEUR.xlsx --out NOUVEAU.xlsx [--buyers SIRET,…] [--dry-run]`:
 * the contracts of the workbook's buyers (their SIRET in Acheteurs; all of them unless `--buyers`
 * names some) that carry a clause or a reservation become rows of Marchés, their holders rows of
 * Entreprises, with the conventions of `clauses import`: a dry run checks everything first,
 * `--dry-run` only reports, the ready rows are written in one batch to a copy (`--out`, never an
 * input), and bad input (unreadable file, unknown buyer, workbook without SIRET column) exits 2 with
 * nothing written. The report (JSON) goes to stdout; the rejected rows, in French, to stderr.
 */
import { buyersTable, ValidationFailed, WORKBOOK_SCHEMA_VERSION, type TableRecord } from "../../../domain";
import type { DryRun } from "../../../domain/import";
import { blockingErrors, buyerCodes, dryRunDecpImport, idOfRow, noBuyerSiret, type DecpImport } from "../../../domain/procurement";
import { printJson } from "../../plugin-kit/cli/arguments";
import { readStandardTables } from "../../plugin-kit/workbook/read-tables";
import { distinctOutput, migrateCopy, openWorkbook, required } from "../workbook/cli-files";
import type { CommandContext } from "../types";
import { buyersOption, readDecpFile, readReport } from "./cli-options";
import { radarRules } from "./rules";

/**
 * Runs the import subcommand.
 *
 * @example
 * await runImport(context, "decp.json") // writes NOUVEAU.xlsx, prints { written: { markets: 2, companies: 1 }, … }
 * @throws DomainError procurement.buyer.column, procurement.buyer.unknown, procurement.file.json (exit 2, nothing written)
 */
export async function runImport(context: CommandContext, file: string): Promise<number> {
  const into = required(context.values.into, "le classeur du guichet avec --into CLASSEUR.xlsx (ses Acheteurs portent les SIRET)");
  const dryRun = context.values["dry-run"] === true;
  const out = dryRun
    ? undefined
    : distinctOutput(required(context.values.out, "le classeur résultat avec --out NOUVEAU.xlsx (ou --dry-run)"), [file, into]);
  const asked = buyersOption(context.values.buyers);
  const target = await openWorkbook(context, into);
  const schema = await migrateCopy(target);
  const { tables } = await readStandardTables(target);
  const headers = (await target.readTable(buyersTable))?.headers ?? [];
  const codes = buyerCodes(tables, asked, headers);
  const buyers = asked.length > 0 ? asked : [...codes.keys()];
  if (buyers.length === 0) throw noBuyerSiret();
  const chosen = new Map(buyers.map((siret) => [siret, codes.get(siret)!]));
  const read = await readDecpFile(context, file, { buyers });
  const { procurement, sizing } = radarRules(context.pack);
  const plan = dryRunDecpImport(read.contracts, tables, chosen, procurement, sizing);
  const blocking = blockingErrors(plan);
  if (blocking.length > 0) throw new ValidationFailed(blocking);
  if (out) {
    await target.writeTables([
      { table: plan.companies.table, records: plan.companies.ready.map((row) => row.values), mode: "append" },
      { table: plan.markets.table, records: plan.markets.ready.map((row) => row.values), mode: "append" },
    ]);
    await context.writeBytes(out, await target.toBytes());
  }
  context.stderr(`${[...readReport(read), ...importReport(plan)].join("\n")}\n`);
  printJson(context.stdout, {
    source: file,
    into,
    buyers: [...chosen].map(([siret, code]) => ({ siret, code })),
    ...(out ? { out, schema: { ...schema, to: WORKBOOK_SCHEMA_VERSION } } : { dryRun: true }),
    read: { records: read.read, kept: read.contracts.length, rejected: read.rejectedCount, withoutClause: plan.withoutClause },
    markets: summary(plan.markets, plan.records.markets, out !== undefined),
    companies: summary(plan.companies, plan.records.companies, out !== undefined),
    followed: plan.followed,
    warnings: plan.warnings,
  });
  return 0;
}

function summary(result: DryRun, records: readonly TableRecord[], written: boolean) {
  return {
    written: written ? result.ready.length : 0,
    ready: result.ready.map((row) => row.values),
    alreadyPresent: result.alreadyPresent.map(({ row, existingRow }) => ({ id: idOfRow(result, row, records), existingRow })),
    rejected: result.rejected.map(({ row, reasons }) => ({ id: idOfRow(result, row, records), reasons })),
  };
}

function importReport(plan: DecpImport): string[] {
  const rejected = (result: DryRun, records: readonly TableRecord[]) =>
    result.rejected.flatMap(({ row, reasons }) =>
      reasons.map((reason) => `${result.table.sheet}, marché ${idOfRow(result, row, records)} : ${reason}`),
    );
  return [
    ...plan.warnings,
    ...rejected(plan.companies, plan.records.companies),
    ...rejected(plan.markets, plan.records.markets),
    `Marchés : ${plan.markets.ready.length} prêt(s), ${plan.markets.alreadyPresent.length} déjà présent(s), ${plan.markets.rejected.length} rejeté(s) ; Entreprises : ${plan.companies.ready.length} à ajouter.`,
  ];
}
