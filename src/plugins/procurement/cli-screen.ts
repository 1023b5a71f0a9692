/**
 * `clauses decp screen CLASSEUR.xlsx [--wanted METIER,…] [--buyer CODE] [--today AAAA-MM-JJ] [--note NOTE.docx]`:
 * the screening of the workbook's Programmation table (best first, with reasons, vehicle and hours)
 * as JSON; `--note` also writes the buyer's note d'opportunité (.docx). The workbook is only read.
 */
import { DomainError, ValidationFailed } from "../../../domain";
import { screenPlan } from "../../../domain/procurement";
import { printJson } from "../../plugin-kit/cli/arguments";
import { readStandardTables } from "../../plugin-kit/workbook/read-tables";
import { distinctOutput, openWorkbook } from "../workbook/cli-files";
import type { CommandContext } from "../types";
import { placesOption, todayOption } from "./cli-options";
import { radarRules } from "./rules";

/**
 * Runs the screen subcommand.
 *
 * @example
 * await runScreen(context, "classeur.xlsx") // prints { purchases: [{ id: "P2027-01", score: 60, … }], errors: [], rulePack, options }
 * @throws DomainError procurement.plan.buyer (unknown --buyer), procurement.plan.missing (a row to complete, with --note)
 */
export async function runScreen(context: CommandContext, file: string): Promise<number> {
  const workbook = await openWorkbook(context, file);
  const { tables } = await readStandardTables(workbook);
  const wanted = placesOption(context.values.wanted);
  const screening = screenPlan(tables, radarRules(context.pack), {
    today: todayOption(context.values.today, context.today),
    wantedTrades: wanted,
  });
  const code = typeof context.values.buyer === "string" ? context.values.buyer : undefined;
  const buyer = code === undefined ? undefined : (tables.Acheteurs ?? []).find((row) => row.values.id === code);
  if (code !== undefined && !buyer) {
    throw new DomainError("procurement.plan.buyer", `acheteur « ${code} » absent du tableau Acheteurs`, { field: "--buyer" });
  }
  const chosen =
    code === undefined ? screening : { ...screening, purchases: screening.purchases.filter((purchase) => purchase.buyer === code) };
  if (typeof context.values.note === "string") {
    const out = distinctOutput(context.values.note, [file]);
    // A note to a buyer must not leave out a purchase silently: rows to complete block it.
    if (screening.errors.length > 0) throw new ValidationFailed(screening.errors);
    const name = buyer ? String(buyer.values.name ?? buyer.values.id) : "les acheteurs du territoire";
    // docx loads only when a note is asked for: the CLI starts without it.
    const { opportunityNoteDocx } = await import("./note-docx");
    await context.writeBytes(out, await opportunityNoteDocx(chosen, { buyer: name }));
    context.stderr(`Note d'opportunité écrite dans ${out}\n`);
  }
  printJson(context.stdout, { ...chosen, errors: screening.errors.map((error) => error.message) });
  return 0;
}
