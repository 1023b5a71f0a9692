/**
 * Validating inputs with zod, reporting every problem in French with its location.
 */
import type { z } from "zod";
import { ValidationFailed, type Where } from "../errors";
import { inputInvalid, LARGEST_NUMBER, MAX_ERRORS, moreProblems, numberOutOfRange } from "./errors";
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
  const huge = hugeNumbers(data);
  if (huge.length > 0) {
    const where = (path: readonly PropertyKey[]) => (options.locate ? options.locate(path) : fieldWhere(formatPath(path, options.root)));
    throw new ValidationFailed(huge.map(({ path, value }) => numberOutOfRange(where(path), value)));
  }
  const result = schema.safeParse(data, { error: frenchIssueMessage, reportInput: true });
  if (result.success) return result.data;
  // A file of millions of bad items gives as many issues: only the first ones become errors (with
  // where they are), the rest are counted, so the report of a huge bad file does not run out of memory.
  const issues = result.error.issues;
  const errors = issues
    .slice(0, MAX_ERRORS)
    .map((issue) =>
      inputInvalid(
        options.code ?? "input.invalid",
        issue.message,
        options.locate ? options.locate(issue.path) : fieldWhere(formatPath(issue.path, options.root)),
      ),
    );
  if (issues.length > MAX_ERRORS) errors.push(moreProblems(issues.length - MAX_ERRORS));
  throw new ValidationFailed(errors);
}

/**
 * Numbers too large to be true anywhere in the input (1e308 would print « null » once computed):
 * refused before the schema, whatever the field, in JSON as in the workbook. One path stack for the
 * whole walk (a path is copied only for a number found): a million hour lines are walked without
 * allocating a path per value.
 */
function hugeNumbers(data: unknown) {
  const found: { path: PropertyKey[]; value: number }[] = [];
  const path: PropertyKey[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "number") {
      if (Number.isFinite(value) && Math.abs(value) > LARGEST_NUMBER) found.push({ path: [...path], value });
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        path.push(index);
        walk(value[index]);
        path.pop();
      }
    } else if (value !== null && typeof value === "object") {
      for (const key of Object.keys(value)) {
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(data);
  return found;
}

/**
 * `schema`'s output when `data` passes it (and holds no number too large), else null: for a fast
 * path that falls back to `parseOrThrow` — and its located French errors — on anything it cannot vouch for.
 *
 * @example
 * parseOrNull(z.object({ amount: z.number() }), { amount: 1 }) // => { amount: 1 }
 * parseOrNull(z.object({ amount: z.number() }), { amount: "1" }) // => null
 */
export function parseOrNull<S extends z.ZodType>(schema: S, data: unknown): z.output<S> | null {
  if (hugeNumbers(data).length > 0) return null;
  const result = schema.safeParse(data);
  return result.success ? result.data : null;
}

function fieldWhere(field: string): Where {
  return field ? { field } : {};
}
