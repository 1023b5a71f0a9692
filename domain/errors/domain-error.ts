/**
 * Errors a facilitator can act on.
 *
 * Every error the core raises says, in French, what is wrong and where: a field of a JSON input
 * (`lots[1].amount`) or a cell of a workbook table (`Marchés, ligne 4, colonne « Montant HT »`).
 * The faces show `message` as is: the CLI on stderr, custom functions in `#VALUE!`, the task pane in
 * a message bar. Codes are stable identifiers for tests and for the faces to branch on.
 */

/** Where an error is: a JSON field path, or a table row (1-based, as Excel shows it) and column. */
export interface Where {
  field?: string;
  table?: string;
  row?: number;
  column?: string;
}

/**
 * Renders a location in French.
 *
 * @example
 * describeWhere({ table: "Marchés", row: 4, column: "Montant HT" }) // => "Marchés, ligne 4, colonne « Montant HT »"
 * describeWhere({ field: "lots[1].amount" }) // => "lots[1].amount"
 */
export function describeWhere(where: Where): string {
  const parts: string[] = [];
  if (where.table) parts.push(where.table);
  if (where.row !== undefined) parts.push(`ligne ${where.row}`);
  if (where.column) parts.push(`colonne « ${where.column} »`);
  if (where.field && !where.column) parts.push(where.field);
  return parts.join(", ");
}

/** One problem, located. */
export class DomainError extends Error {
  override readonly name = "DomainError";

  /**
   * @param code stable identifier, e.g. `sizing.labourShare.missing`
   * @param reason what is wrong and how to fix it, in French, without the location
   * @param where where it is
   * @example
   * new DomainError("sizing.amount.negative", "le montant doit être positif", { field: "lots[0].amount" }).message
   * // => "lots[0].amount : le montant doit être positif"
   */
  constructor(
    readonly code: string,
    readonly reason: string,
    readonly where: Where = {},
  ) {
    const location = describeWhere(where);
    super(location ? `${location} : ${reason}` : capitalise(reason));
  }

  /**
   * The same error, placed somewhere more precise (fields already known are kept).
   *
   * @example
   * new DomainError("x", "manquant", { column: "Début" }).at({ table: "Marchés", row: 3 }).message
   * // => "Marchés, ligne 3, colonne « Début » : manquant"
   */
  at(where: Where): DomainError {
    return new DomainError(this.code, this.reason, { ...where, ...this.where });
  }
}

/** Several problems found in one input: validation reports them all rather than stopping at the first. */
export class ValidationFailed extends Error {
  override readonly name = "ValidationFailed";

  /**
   * @example
   * new ValidationFailed([errA, errB]).message // => errA.message + "\n" + errB.message
   */
  constructor(readonly errors: readonly DomainError[]) {
    super(errors.map((error) => error.message).join("\n"));
  }
}

/**
 * All the errors carried by a thrown value, for faces that list them.
 *
 * @example
 * errorsOf(new ValidationFailed([a, b])) // => [a, b]
 * errorsOf(new DomainError("x", "y")) // => [that error]
 */
export function errorsOf(thrown: unknown): readonly DomainError[] {
  if (thrown instanceof ValidationFailed) return thrown.errors;
  if (thrown instanceof DomainError) return [thrown];
  return [];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
