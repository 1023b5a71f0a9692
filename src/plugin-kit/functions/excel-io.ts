/**
 * Shaping values between Excel and the core for custom functions: optional arguments, ranges that
 * broadcast against single cells, and French error messages in `#VALUE!` / `#N/A`.
 *
 * Excel passes a range as a 2-D array (`any[][]`), a single cell as `[[value]]`, an omitted
 * optional argument as `null`, and an empty cell as `""` or `null`.
 */
import { DomainError, ValidationFailed } from "../../../domain";

export type Matrix = unknown[][];

/**
 * Whether an optional argument was left out (`null`), or points at one empty cell.
 *
 * @example
 * isOmitted(null) // => true
 * isOmitted([[""]]) // => true
 * isOmitted([[0.05]]) // => false
 */
export function isOmitted(argument: unknown): boolean {
  if (argument === null || argument === undefined || argument === "") return true;
  if (Array.isArray(argument) && argument.length === 1 && Array.isArray(argument[0]) && argument[0].length === 1) {
    return isOmitted(argument[0][0]);
  }
  return false;
}

/**
 * A `#VALUE!` (or `#N/A`) error carrying a French message Excel shows in the cell's tooltip.
 *
 * @example
 * excelError("montant : doit être positif") // => CustomFunctions.Error(#VALUE!, "montant : doit être positif")
 */
export function excelError(message: string, code: "invalidValue" | "notAvailable" = "invalidValue"): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message);
}

/**
 * The Excel error for anything the core threw: its French message when it is a domain error,
 * a generic message otherwise (never a stack trace in a cell).
 *
 * @example
 * toExcelError(new DomainError("x", "métier inconnu")) // => #VALUE! "Métier inconnu"
 */
export function toExcelError(thrown: unknown, rename: (message: string) => string = (message) => message): CustomFunctions.Error {
  if (thrown instanceof CustomFunctions.Error) return thrown;
  if (thrown instanceof ValidationFailed || thrown instanceof DomainError) return excelError(rename(thrown.message));
  return excelError("erreur inattendue du complément : recalculez, et signalez-la si elle persiste");
}

/**
 * Applies `cell` to each position of the widest range among `args`, broadcasting single cells
 * (and omitted arguments) like Excel does. A cell that fails becomes an error in the spilled array;
 * when the result is a single cell, that error is thrown so the cell shows it.
 *
 * @example
 * mapCells([[[1000], [2000]], [[0.5]]], ([amount, share]) => Number(amount) * Number(share))
 * // => [[500], [1000]]
 */
export function mapCells(args: readonly unknown[], cell: (values: unknown[], row: number, column: number) => unknown): unknown[][] {
  const matrices = args.map((argument) => (Array.isArray(argument) ? (argument as Matrix) : [[argument ?? null]]));
  const rows = Math.max(...matrices.map((matrix) => matrix.length));
  const columns = Math.max(...matrices.map((matrix) => matrix[0]?.length ?? 0));
  for (const matrix of matrices) {
    const single = matrix.length === 1 && (matrix[0]?.length ?? 0) === 1;
    if (!single && (matrix.length !== rows || (matrix[0]?.length ?? 0) !== columns)) {
      throw excelError(
        `les plages n'ont pas la même taille (${rows} × ${columns} attendu, ${matrix.length} × ${matrix[0]?.length ?? 0} reçu)`,
      );
    }
  }
  const out: unknown[][] = [];
  for (let row = 0; row < rows; row += 1) {
    const line: unknown[] = [];
    for (let column = 0; column < columns; column += 1) {
      const values = matrices.map((matrix) => (matrix.length === 1 && matrix[0]?.length === 1 ? matrix[0][0] : matrix[row]?.[column]));
      line.push(safely(() => cell(values, row, column)));
    }
    out.push(line);
  }
  const only = out.length === 1 && out[0]?.length === 1 ? out[0][0] : undefined;
  if (only instanceof CustomFunctions.Error) throw only;
  return out;
}

function safely(compute: () => unknown): unknown {
  try {
    return compute();
  } catch (error) {
    return toExcelError(error);
  }
}

/**
 * Excel cells are blank when they hold "" or null: such cells spill as blanks, not errors.
 *
 * @example
 * isBlankCell("") // => true
 */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
