/**
 * Validating inputs with zod, reporting every problem in French with its location.
 */
import type { z } from "zod";
import { ValidationFailed, type Where } from "../errors";
import { inputInvalid } from "./errors";
import { frenchIssueMessage } from "./french-issues";

/** Turns a zod path into the notation a facilitator sees in JSON files: `lots[1].amount`. */
export function formatPath(path: readonly PropertyKey[], root = ""): string {
  let text = root;
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

export interface ParseOptions {
  /** Prefix of every field path, e.g. `people[3]`. */
  root?: string;
  /** Maps a path to a workbook location instead of a JSON field (used by table codecs). */
  locate?: (path: readonly PropertyKey[]) => Where;
  /** Error code of the resulting DomainErrors. */
  code?: string;
}

/**
 * Parses `data` with `schema`, or throws `ValidationFailed` listing every problem in French.
 *
 * @example
 * parseOrThrow(z.object({ amount: z.number().positive() }), { amount: -1 })
 * // throws ValidationFailed: "amount : doit être strictement positif (reçu « -1 »)"
 * @throws ValidationFailed of `input.invalid` errors (or of the code given in the options), one per problem
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, options: ParseOptions = {}): z.output<S> {
  const result = schema.safeParse(data, { error: frenchIssueMessage, reportInput: true });
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) =>
    inputInvalid(
      options.code ?? "input.invalid",
      issue.message,
      options.locate ? options.locate(issue.path) : fieldWhere(formatPath(issue.path, options.root)),
    ),
  );
  throw new ValidationFailed(errors);
}

function fieldWhere(field: string): Where {
  return field ? { field } : {};
}
