/**
 * `clauses statements make|collect|late|init`: the monthly statement forms from the CLI.
 *
 * - `make CLASSEUR.xlsx --period 2026-03 --out DOSSIER [--companies A,B] [--record NOUVEAU.xlsx]`: one form
 *   per company due one (`--record`: a copy of the workbook with the sending noted in Relevés);
 * - `collect CLASSEUR.xlsx RELEVE.xlsx… --out NOUVEAU.xlsx [--dry-run]`: the report, then the whole
 *   collection written to a new workbook (never the input); a form of another guichet or an altered one
 *   refuses everything (exit 2, nothing written);
 * - `late CLASSEUR.xlsx --period 2026-03 [--due-days 10]`: who is late, with reminders and mailto: links;
 * - `init CLASSEUR.xlsx --out NOUVEAU.xlsx [--name NOM]`: gives a workbook its guichet identity.
 */
import { collectForms, DEFAULT_DUE_DAYS, lateForms, readPeriod, statementsTable } from "../../../domain/statements";
import { printJson, UsageError } from "../../plugin-kit/cli/arguments";
import { SETTINGS } from "../../workbook/port";
import type { CommandContext, CommandDefinition } from "../types";
import { distinctOutput, migrateCopy, openWorkbook, required } from "../workbook/cli-files";
import { collectBatch, makeForms, newGuichet, readGuichet, readStatementTables, sentRecords } from "./statements-workbook";

const USAGE = [
  "clauses statements make CLASSEUR.xlsx --period AAAA-MM --out DOSSIER [--companies ENT1,ENT2] [--record NOUVEAU.xlsx]",
  "clauses statements collect CLASSEUR.xlsx RELEVE.xlsx… --out NOUVEAU.xlsx [--dry-run]",
  "clauses statements late CLASSEUR.xlsx --period AAAA-MM [--due-days N]",
  "clauses statements init CLASSEUR.xlsx --out NOUVEAU.xlsx [--name « Nom du guichet »]",
].join("\n        ");

export const statementsCommand: CommandDefinition = {
  summary: "relevés d'heures des entreprises : générer les formulaires du mois, collecter les retours, voir qui est en retard",
  usage: USAGE,
  options: {
    period: { type: "string" },
    out: { type: "string", short: "o" },
    companies: { type: "string" },
    "dry-run": { type: "boolean" },
    "due-days": { type: "string" },
    name: { type: "string" },
    record: { type: "string" },
  },
  async run(context) {
    const [action, ...rest] = context.positionals;
    switch (action) {
      case "make":
        return make(context, rest);
      case "collect":
        return collect(context, rest);
      case "late":
        return late(context, rest);
      case "init":
        return init(context, rest);
      default:
        throw new UsageError(`indiquez ce qu'il faut faire : make, collect, late ou init\nUsage : ${USAGE}`);
    }
  },
};

async function make(context: CommandContext, [input]: string[]): Promise<number> {
  const { formFileName, writeForm } = await formXlsx();
  const path = required(input, "le classeur : clauses statements make CLASSEUR.xlsx --period AAAA-MM --out DOSSIER");
  const period = readPeriod(required(context.values.period, "le mois avec --period AAAA-MM"));
  const out = required(context.values.out, "le dossier des relevés avec --out DOSSIER");
  const workbook = await openWorkbook(context, path);
  const guichet = await readGuichet(workbook);
  const companies =
    typeof context.values.companies === "string"
      ? context.values.companies
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean)
      : undefined;
  const tables = await readStatementTables(workbook);
  const forms = makeForms(tables, guichet, period, companies);
  const record = typeof context.values.record === "string" ? distinctOutput(context.values.record, [path]) : undefined;
  const written = await Promise.all(
    forms.map(async (form) => ({ form, bytes: await writeForm(form), file: `${out.replace(/[\\/]+$/, "")}/${formFileName(form)}` })),
  );
  for (const { file, bytes } of written) await context.writeBytes(file, bytes);
  if (record) {
    // The sending recorded in Relevés, in a copy of the workbook (the input is never modified).
    await migrateCopy(workbook);
    await workbook.writeTables([{ table: statementsTable, records: sentRecords(tables, forms, context.today), mode: "replace" }]);
    await context.writeBytes(record, await workbook.toBytes());
  }
  printJson(context.stdout, {
    period: period.key,
    forms: written.map(({ form, file }) => ({
      company: form.identity.company,
      file,
      markets: form.markets.map((market) => market.id),
      participants: form.people.length,
    })),
  });
  return 0;
}

async function collect(context: CommandContext, [input, ...files]: string[]): Promise<number> {
  const { readForm } = await formXlsx();
  const path = required(input, "le classeur : clauses statements collect CLASSEUR.xlsx RELEVE.xlsx… --out NOUVEAU.xlsx");
  if (files.length === 0)
    throw new UsageError("indiquez au moins un relevé rempli : clauses statements collect CLASSEUR.xlsx RELEVE.xlsx… --out NOUVEAU.xlsx");
  const dryRun = context.values["dry-run"] === true;
  const out = dryRun
    ? undefined
    : distinctOutput(required(context.values.out, "le nouveau classeur avec --out NOUVEAU.xlsx (ou --dry-run)"), [path, ...files]);
  const workbook = await openWorkbook(context, path);
  const guichet = await readGuichet(workbook);
  if (out) await migrateCopy(workbook);
  const tables = await readStatementTables(workbook);
  const forms = await Promise.all(
    files.map(async (file) => {
      let bytes: Uint8Array;
      try {
        bytes = await context.readBytes(file);
      } catch {
        throw new UsageError(`impossible de lire le fichier « ${file} » (vérifiez le chemin)`);
      }
      return readForm(file, bytes);
    }),
  );
  const { report, writes } = collectForms({ guichet: guichet.id, tables, forms, receivedOn: context.today });
  if (out) {
    await workbook.writeTables(collectBatch(writes));
    await context.writeBytes(out, await workbook.toBytes());
  }
  printJson(context.stdout, report);
  return 0;
}

async function late(context: CommandContext, [input]: string[]): Promise<number> {
  const path = required(input, "le classeur : clauses statements late CLASSEUR.xlsx --period AAAA-MM");
  const period = readPeriod(required(context.values.period, "le mois avec --period AAAA-MM"));
  const dueDays = dueDaysOf(context.values["due-days"]);
  const workbook = await openWorkbook(context, path);
  const guichet = await readGuichet(workbook);
  const forms = lateForms(await readStatementTables(workbook), [period.key], context.today, { guichetName: guichet.name, dueDays });
  printJson(context.stdout, { period: period.key, dueDays, late: forms });
  return 0;
}

async function init(context: CommandContext, [input]: string[]): Promise<number> {
  const path = required(input, "le classeur : clauses statements init CLASSEUR.xlsx --out NOUVEAU.xlsx");
  const out = distinctOutput(required(context.values.out, "le nouveau classeur avec --out NOUVEAU.xlsx"), [path]);
  const workbook = await openWorkbook(context, path);
  const existing = await workbook.readSetting(SETTINGS.guichet);
  if (existing !== undefined)
    throw new UsageError("ce classeur a déjà son identifiant de guichet : le changer rendrait méconnaissables les relevés déjà envoyés");
  const guichet = newGuichet(typeof context.values.name === "string" ? context.values.name : "Guichet clauses sociales");
  await workbook.writeSetting(SETTINGS.guichet, guichet);
  await context.writeBytes(out, await workbook.toBytes());
  printJson(context.stdout, { out, guichet });
  return 0;
}

function dueDaysOf(value: string | boolean | undefined): number {
  if (typeof value !== "string") return DEFAULT_DUE_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0) throw new UsageError(`--due-days : « ${value} » n'est pas un nombre de jours`);
  return days;
}

/** exceljs is loaded only by the commands that write or read a form (`clauses --help` stays light). */
function formXlsx(): Promise<typeof import("./form-xlsx")> {
  return import("./form-xlsx");
}
