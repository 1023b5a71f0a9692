/**
 * Opening and writing .xlsx files for the workbook commands, with French messages for the usual mistakes.
 */
import { DomainError, describeEdit, WORKBOOK_SCHEMA_VERSION } from "../../../domain";
import { UsageError } from "../../plugin-kit/cli/arguments";
import { readSchemaStatus, upgradeSchema } from "../../plugin-kit/workbook/schema-service";
import type { CommandContext, FileWorkbook } from "../types";

/**
 * The path of a required option or positional, or a usage error naming it.
 *
 * @example
 * required(values.out, "--out RESULTAT.xlsx") // => "resultat.xlsx"
 */
export function required(value: string | boolean | undefined, what: string): string {
  if (typeof value !== "string" || value === "") throw new UsageError(`indiquez ${what}`);
  return value;
}

/**
 * Opens an .xlsx file (a French error when it cannot be read).
 *
 * @example
 * const workbook = await openWorkbook(context, "classeur.xlsx");
 */
export async function openWorkbook(
  context: CommandContext,
  path: string,
  options?: { largeSheets?: boolean; progress?: (text: string) => void },
): Promise<FileWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await context.readBytes(path);
  } catch {
    throw new UsageError(`impossible de lire le fichier « ${path} » (vérifiez le chemin)`);
  }
  try {
    return await context.workbooks.open(bytes, options);
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.code, `« ${path} » : ${error.reason}`);
    throw error;
  }
}

/**
 * Refuses an output path that is one of the inputs: the facilitator's files are never written over.
 *
 * @example
 * distinctOutput("resultat.xlsx", ["classeur.xlsx"]) // => "resultat.xlsx"
 */
export function distinctOutput(out: string, inputs: readonly (string | undefined)[]): string {
  const normal = (path: string) => path.replace(/\\/g, "/").replace(/^\.\//, "");
  if (inputs.some((input) => input !== undefined && normal(input) === normal(out))) {
    throw new UsageError(
      `--out « ${out} » est aussi un fichier d'entrée : choisissez un autre nom (les fichiers lus ne sont jamais modifiés)`,
    );
  }
  return out;
}

/**
 * Brings a copy of a workbook to the current schema and records its version (the edits are listed in
 * French for the report); refuses a workbook written by a newer add-in.
 *
 * @example
 * await migrateCopy(workbook) // => { from: 0, to: 1, edits: ["Le tableau Hours devient Heures", …] }
 */
export async function migrateCopy(workbook: FileWorkbook): Promise<{ from: number; to: number; edits: string[] }> {
  const status = await readSchemaStatus(workbook);
  await upgradeSchema(workbook, status);
  return { from: status.version, to: WORKBOOK_SCHEMA_VERSION, edits: status.edits.map(describeEdit) };
}
