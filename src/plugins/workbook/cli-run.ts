/**
 * `clauses run CLASSEUR.xlsx --out RESULTAT.xlsx [--policy P]`: the whole pipeline on a workbook file.
 * The workbook is read (and brought to the current schema in the copy), its rule pack is the one
 * stored in it (or `--rules`), every plugin's step runs, and the result is written whole to `--out`
 * with the add-in's tables as real Excel tables. The input file is never modified; on any error
 * nothing is written and every problem is listed, located, on stderr.
 */
import { ValidationFailed, WORKBOOK_SCHEMA_VERSION } from "../../../domain";
import { printJson } from "../../plugin-kit/cli/arguments";
import type { CommandDefinition, PluginDefinition } from "../types";
import { readSchemaStatus } from "../../plugin-kit/workbook/schema-service";
import { distinctOutput, migrateCopy, openWorkbook, required } from "./cli-files";

/**
 * The command, on the plugins of the context (the composition root's) or on a given list (a test's).
 *
 * @example
 * const command = runCommand(async () => [totalsPlugin]);
 */
export function runCommand(loadPlugins?: () => Promise<readonly PluginDefinition[]>): CommandDefinition {
  return {
    summary: "recalcule un classeur .xlsx (éligibilité, ventilation, bilans) et écrit le résultat dans un nouveau fichier",
    usage: "clauses run CLASSEUR.xlsx --out RESULTAT.xlsx [--policy REGLE] [--rules PAQUET.json]",
    options: { out: { type: "string", short: "o" }, policy: { type: "string" } },
    async run(context) {
      const input = required(context.positionals[0], "le classeur à recalculer : clauses run CLASSEUR.xlsx --out RESULTAT.xlsx");
      const out = distinctOutput(required(context.values.out, "le fichier résultat avec --out RESULTAT.xlsx"), [input]);
      // Large sheets are read by streaming and copied to the output as they were (bounded memory); a
      // workbook of an older layout, whose migration renames headers, is opened whole.
      let workbook = await openWorkbook(context, input, { largeSheets: true, progress: context.progress });
      if ((await readSchemaStatus(workbook)).edits.length > 0) workbook = await openWorkbook(context, input);
      const schema = await migrateCopy(workbook);
      const pack = typeof context.values.rules === "string" ? context.pack : await context.workbooks.packOf(workbook);
      const policy = typeof context.values.policy === "string" ? context.values.policy : undefined;
      const plugins = loadPlugins ? await loadPlugins() : context.plugins;
      const report = await context.workbooks.runPipeline({ workbook, plugins, pack, today: context.today, options: { policy } });
      for (const warning of workbook.warnings ?? []) context.stderr(`Attention : ${warning}\n`);
      if (!report.ok) throw new ValidationFailed(report.errors);
      await context.writeBytes(out, await workbook.toBytes());
      printJson(context.stdout, {
        input,
        out,
        schema: { ...schema, to: WORKBOOK_SCHEMA_VERSION },
        rulePack: report.rulePack,
        options: report.options,
        read: report.read,
        steps: report.steps,
        written: report.written,
      });
      return 0;
    },
  };
}

/** `clauses run` with every registered plugin's step (the context's plugins). */
export const runWorkbookCommand = runCommand();
