/**
 * Helpers shared by the CLI commands of every plugin (no Node API here: commands stay testable).
 */

/** A mistake in the command line itself (exit code 2, like bad input). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * The `--input` argument, or a French usage error.
 *
 * @example
 * requireInput("lots.json") // => "lots.json"
 * requireInput(undefined) // throws UsageError "indiquez le fichier d'entrée avec --input FICHIER …"
 */
export function requireInput(input: string | boolean | undefined): string {
  if (typeof input !== "string" || input === "") {
    throw new UsageError("indiquez le fichier d'entrée avec --input FICHIER (ou --input - pour l'entrée standard)");
  }
  return input;
}

/**
 * Prints a result as the commands do: indented JSON and a final newline.
 *
 * @example
 * printJson(stdout, { ok: true }) // writes '{\n  "ok": true\n}\n'
 */
export function printJson(stdout: (text: string) => void, value: unknown): void {
  stdout(`${JSON.stringify(value, null, 2)}\n`);
}
