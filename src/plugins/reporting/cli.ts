/**
 * `clauses report` (bilans of a territory as JSON, or one .xlsx/PDF file per buyer, contract,
 * company or year) and `clauses retention` (who is due for the purge; `--purge --out` writes the
 * territory without their personal fields). The input is the territory JSON every command reads.
 */
import { DomainError, errorsOf, sectionOf, ValidationFailed } from "../../../domain";
import {
  retentionInvalid,
  AUDIENCES,
  baseFromJson,
  baseFromRows,
  buildBilans,
  GROUPINGS,
  earlierRelease,
  purgeJson,
  readPeriod,
  readRegister,
  releaseProtection,
  releaseRecord,
  scopeKey,
  reportingSection,
  reportView,
  retentionYears,
  type Audience,
  type Grouping,
  type Period,
  type ReportView,
} from "../../../domain/reporting";
import { readPolicy, readSpread, type VentilationChoice } from "../../../domain/ventilation";
import { periodOptionInvalid } from "../../../domain/reporting/errors";
import { printJson, requireInput, UsageError } from "../../plugin-kit/cli/arguments";
import type { CommandContext, CommandDefinition } from "../types";
import { formatWithoutOut, internalViewExported, optionInvalid, registerWithWorkbook } from "./errors";
import { BILAN_TABLES, decodeBilanTables } from "./bilan-engine";
import { recordedRelease } from "./release-register";
import { exportNameCollision, retentionYearsInvalid } from "../../../domain/reporting/errors";

export const reportCommand: CommandDefinition = {
  summary: "bilans par acheteur, marché, entreprise ou année (JSON), ou un fichier .xlsx / PDF par bilan sans donnée personnelle",
  usage: [
    "clauses report --input TERRITOIRE.json [--by buyer|contract|company|year] [--from AAAA-MM-JJ --to AAAA-MM-JJ | --period AAAA-MM:AAAA-MM]",
    "               [--register DIFFUSIONS.json]   (registre des diffusions : lu, puis complété, pour buyer et company)",
    "               [--audience facilitator|buyer|company] [--policy REGLE] [--spread calendar|workdays]",
    "               [--out DOSSIER --format xlsx|pdf]   (un fichier par bilan, pour l'acheteur ou l'entreprise)",
  ].join("\n"),
  options: {
    input: { type: "string", short: "i" },
    by: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    audience: { type: "string" },
    policy: { type: "string" },
    spread: { type: "string" },
    out: { type: "string", short: "o" },
    format: { type: "string" },
    period: { type: "string" },
    register: { type: "string" },
  },
  async run(context) {
    const { values } = context;
    const options = readOptions(context);
    const input = requireInput(values.input);
    if (/\.xlsx$/i.test(input)) return reportOnWorkbook(context, input, options);
    const base = baseFromJson(await context.readJson(input), context.pack, context.today, options.choice);
    const period = periodOption(text(values.period), values) ?? readPeriod(text(values.from), text(values.to), base.months);
    const set = buildBilans(base, context.pack, options.by, period);
    const register = text(values.register);
    let view: ReportView;
    if (register !== undefined && options.audience !== "facilitator") {
      // Protected together with every release already made, then recorded.
      const records = await readRegisterFile(context, register);
      const protection = releaseProtection(set, records.map(earlierRelease));
      view = reportView(set, options.audience, protection);
      const scopes = [set.total, ...set.bilans].map((bilan, index) => scopeKey(bilan, index === 0 ? null : set.grouping));
      const record = releaseRecord(view, `${options.audience}:${options.by ?? "territory"}`, scopes, protection.masks);
      const json = `${JSON.stringify({ releases: [...records, record] }, null, 2)}\n`;
      await (context.updateBytes ?? context.writeBytes)(register, new TextEncoder().encode(json));
    } else view = reportView(set, options.audience);
    sayWithheld(context, view);
    if (options.out === undefined) {
      printJson(context.stdout, view);
      return 0;
    }
    printJson(context.stdout, await writeExports(context, view, options.out, options.format));
    return 0;
  },
};

/**
 * `clauses report --input CLASSEUR.xlsx`: the bilans of the facilitator's workbook (its tables, its
 * pack). For a buyer or a company, the release is protected with every release recorded in the
 * workbook's « Diffusions » table, then recorded there: the workbook is rewritten as a file the
 * command keeps (staged and renamed at the end, whole or not at all), like `--register`.
 */
async function reportOnWorkbook(context: CommandContext, path: string, options: Options): Promise<number> {
  if (text(context.values["register"]) !== undefined) throw registerWithWorkbook();
  const workbook = await context.workbooks.open(await context.readBytes(path));
  const pack = await context.workbooks.packOf(workbook);
  const snapshots = await Promise.all(BILAN_TABLES.map((table) => workbook.readTable(table)));
  const { tables, errors } = decodeBilanTables(snapshots);
  if (errors.length > 0) throw new ValidationFailed(errors);
  const base = baseFromRows(tables, pack, context.today);
  const period =
    periodOption(text(context.values["period"]), context.values) ??
    readPeriod(text(context.values["from"]), text(context.values["to"]), base.months);
  const set = buildBilans(base, pack, options.by, period);
  let view: ReportView;
  if (options.audience === "facilitator") view = reportView(set, "facilitator");
  else {
    const scopes = [set.total, ...set.bilans].map((bilan, index) => scopeKey(bilan, index === 0 ? null : set.grouping));
    view = await recordedRelease(workbook, set, options.audience, `${options.audience}:${options.by ?? "territory"}`, scopes);
    await (context.updateBytes ?? context.writeBytes)(path, await workbook.toBytes());
  }
  sayWithheld(context, view);
  if (options.out === undefined) printJson(context.stdout, view);
  else printJson(context.stdout, await writeExports(context, view, options.out, options.format));
  return 0;
}

/**
 * A release that could not be protected leaves without its outcomes, or without its people figures
 * (`withheld` in the JSON, with `families` when only some are left out): said on stderr too, since
 * the JSON on stdout is long and a facilitator may not read it all.
 */
function sayWithheld(context: CommandContext, view: ReportView): void {
  if (!view.withheld) return;
  const what = view.withheld.families
    ? "Diffusion sans sorties (autres effectifs protégés, heures exactes)"
    : "Diffusion sans effectifs (heures exactes)";
  context.stderr(`${what} : ${view.withheld.reason}\n`);
}

export const retentionCommand: CommandDefinition = {
  summary: "participants sans activité depuis plus de N ans ; --purge retire leurs données personnelles (bilans inchangés)",
  usage: "clauses retention --input TERRITOIRE.json [--years N] [--purge --out TERRITOIRE-PURGE.json]",
  options: {
    input: { type: "string", short: "i" },
    years: { type: "string" },
    purge: { type: "boolean" },
    out: { type: "string", short: "o" },
  },
  async run(context) {
    const { values } = context;
    const input = requireInput(values.input);
    const years = retentionYears(sectionOf(context.pack, reportingSection), yearsOf(values.years));
    const purge = values.purge === true;
    const out = text(values.out);
    if (purge && (out === undefined || out === input)) {
      throw new UsageError(
        "--purge écrit le territoire purgé dans un nouveau fichier : indiquez --out FICHIER.json (différent de --input)",
      );
    }
    const { report, territory } = purgeJson(await context.readJson(input), context.pack, context.today, years, purge);
    if (purge && out !== undefined) await context.writeBytes(out, new TextEncoder().encode(`${JSON.stringify(territory, null, 2)}\n`));
    printJson(context.stdout, purge ? { ...report, purgedNow: report.due.length, out } : report);
    return 0;
  },
};

interface Options {
  by: Grouping | null;
  audience: Audience;
  choice: VentilationChoice;
  out?: string;
  format: "xlsx" | "pdf";
}

/** Every option checked at once, each problem naming its option. */
function readOptions({ values }: CommandContext): Options {
  const errors: DomainError[] = [];
  const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], field: string): T | undefined => {
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    errors.push(optionInvalid(value, allowed, field));
    return undefined;
  };
  const by = oneOf(text(values.by), GROUPINGS, "--by") ?? null;
  const out = text(values.out);
  const format = oneOf(text(values.format), ["xlsx", "pdf"] as const, "--format") ?? "xlsx";
  const audience =
    oneOf(text(values.audience), AUDIENCES, "--audience") ?? (out === undefined ? "facilitator" : by === "company" ? "company" : "buyer");
  if (out !== undefined && audience === "facilitator") {
    errors.push(internalViewExported());
  }
  if (values.format !== undefined && out === undefined) errors.push(formatWithoutOut());
  const choice: VentilationChoice = {};
  collect(errors, () => {
    if (typeof values.policy === "string") choice.policy = readPolicy(values.policy, { field: "--policy" });
  });
  collect(errors, () => {
    if (typeof values.spread === "string") choice.spread = readSpread(values.spread, { field: "--spread" });
  });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return { by, audience, choice, format, ...(out === undefined ? {} : { out }) };
}

function collect(errors: DomainError[], read: () => void): void {
  try {
    read();
  } catch (error) {
    const found = errorsOf(error);
    if (found.length === 0) throw error;
    errors.push(...found);
  }
}

/** One file per bilan of the view (the territory's alone when there is no grouping). */
async function writeExports(context: CommandContext, view: ReportView, folder: string, format: "xlsx" | "pdf") {
  const bilans = view.bilans.length > 0 ? view.bilans : [view.total];
  const files: { scope: string; file: string }[] = [];
  if (format === "pdf" && !context.convertToPdf)
    throw new UsageError("le PDF demande LibreOffice (soffice), indisponible ici : utilisez --format xlsx");
  // exceljs loads only when a bilan is exported, so the other commands (and --help) start without it.
  const { bilanWorkbook, exportName } = await import("./xlsx-export");
  assertDistinctNames(bilans, format, exportName);
  for (const [index, bilan] of bilans.entries()) {
    const xlsx = await bilanWorkbook(view.bilans.length > 0 ? view : { ...view, bilans: [view.total] }, index);
    const bytes = format === "pdf" ? await (context.convertToPdf as (xlsx: Uint8Array) => Promise<Uint8Array>)(xlsx) : xlsx;
    const file = `${folder.replace(/[\\/]+$/, "")}/${exportName(bilan, format)}`;
    await context.writeBytes(file, bytes);
    files.push({ scope: bilan.scope.label, file });
  }
  const withheld = view.withheld ? { withheld: view.withheld } : {};
  return { audience: view.audience, personalData: view.personalData, notice: view.notice, ...withheld, rulePack: view.rulePack, files };
}

/** Ids such as « VILLE-VR » and « VILLE VR » give one file name: refused before anything is written. */
function assertDistinctNames(
  bilans: readonly ReportView["total"][],
  format: string,
  exportName: (bilan: ReportView["total"], extension: string) => string,
): void {
  const seen = new Map<string, string>();
  for (const bilan of bilans) {
    const name = exportName(bilan, format);
    // Compared without case: on Windows and macOS « A.xlsx » and « a.xlsx » are one file.
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) throw new ValidationFailed([exportNameCollision(other, bilan.scope.id || bilan.scope.label, name)]);
    seen.set(name.toLowerCase(), bilan.scope.id || bilan.scope.label);
  }
}

function text(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

const MAX_RETENTION_YEARS = 100;

function yearsOf(value: string | boolean | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  const years = Number(value);
  if (!/^\d+$/.test(value.trim()) || years < 1) {
    throw retentionInvalid(value);
  }
  // Beyond a century no participant is ever due, and huge values overflow the date arithmetic.
  if (years > MAX_RETENTION_YEARS) throw retentionYearsInvalid(value, MAX_RETENTION_YEARS);
  return years;
}

/** `--period AAAA-MM:AAAA-MM` (whole months), instead of --from / --to. */
function periodOption(value: string | undefined, values: CommandContext["values"]): Period | null | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4}-(?:0[1-9]|1[0-2])):(\d{4}-(?:0[1-9]|1[0-2]))$/.exec(value);
  if (!match || (match[2] as string) < (match[1] as string) || values.from !== undefined || values.to !== undefined) {
    throw periodOptionInvalid(value);
  }
  return { from: match[1] as string, to: match[2] as string };
}

/**
 * The register of a JSON input; a file that cannot be read is a register not started yet (the
 * write that follows fails in turn if the path is not writable, so nothing is lost). A file that
 * reads but is not a register is refused.
 */
async function readRegisterFile(context: CommandContext, file: string) {
  let json: unknown;
  try {
    json = await context.readJson(file);
  } catch (error) {
    if (/impossible de lire le fichier|ENOENT/.test(String((error as Error).message))) return [];
    throw error;
  }
  return readRegister(json, file);
}
