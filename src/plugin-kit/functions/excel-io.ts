/**
 * Shaping values between Excel and the core for custom functions: optional arguments, ranges that
 * broadcast against single cells, and French error messages in `#VALUE!` / `#N/A`.
 *
 * Excel passes a range as a 2-D array (`any[][]`), a single cell as `[[value]]`, an omitted
 * optional argument as `null`, and an empty cell as `""` or `null`.
 */
import {
  DomainError,
  ValidationFailed,
  decodeRange,
  excelErrorCode,
  looksLikeHeader,
  readNumber,
  textNumber,
  type DecodeResult,
  type TableDef,
} from "../../../domain";

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
export function mapCells(
  args: readonly unknown[],
  cell: (values: unknown[], row: number, column: number) => unknown,
  names: readonly string[] = [],
): unknown[][] {
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
      const faulty = values.findIndex((value) => excelErrorCode(value) !== undefined);
      line.push(
        faulty >= 0
          ? errorValueError(
              values[faulty],
              names[faulty] ?? `argument ${faulty + 1}`,
              isSingle(matrices[faulty]) ? undefined : [row, column],
            )
          : safely(() => cell(values, row, column)),
      );
    }
    out.push(line);
  }
  const only = out.length === 1 && out[0]?.length === 1 ? out[0][0] : undefined;
  if (only instanceof CustomFunctions.Error) throw only;
  return out;
}

function isSingle(matrix: Matrix | undefined): boolean {
  return matrix !== undefined && matrix.length === 1 && (matrix[0]?.length ?? 0) === 1;
}

/** The #VALUE! of an error value passed in, naming the argument and, in a range, the cell. */
function errorValueError(value: unknown, name: string, at?: [number, number]): CustomFunctions.Error {
  const cell = at ? ` (ligne ${at[0] + 1}, colonne ${at[1] + 1} de la plage)` : "";
  return excelError(`${name}${cell} : la cellule contient l'erreur ${excelErrorCode(value) ?? "#VALUE!"} : corrigez-la d'abord`);
}

/**
 * Refuses an argument that is an Excel error value (Excel passes them in: the metadata declares
 * `allowErrorForDataTypeAny`), naming the argument.
 *
 * @example
 * refuseErrorValue(divByZero, "règle") // throws #VALUE! "règle : la cellule contient l'erreur #DIV/0! : corrigez-la d'abord"
 * @throws CustomFunctions.Error (#VALUE!)
 */
export function refuseErrorValue(value: unknown, name: string): void {
  const cell = Array.isArray(value) && isSingle(value as Matrix) ? (value as Matrix)[0]?.[0] : value;
  if (excelErrorCode(cell) !== undefined) throw errorValueError(cell, name);
}

/**
 * A number argument, by the one rule of every function: a number cell is read; a number stored as
 * text (« 600 ») is refused, since Excel's own sums skip it (docs/workbook.md, « Nombres enregistrés
 * comme texte »).
 *
 * @example
 * numberArgument(600, "valeur estimée") // => 600
 * numberArgument("600", "valeur estimée") // throws #VALUE! "valeur estimée : « 600 » est un nombre enregistré comme texte : …"
 * @throws CustomFunctions.Error (#VALUE!)
 */
export function numberArgument(value: unknown, name: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && readNumber(value.trim()).ok) throw excelError(`${name} : ${textNumber(value.trim()).reason}`);
  throw excelError(`${name} : doit être un nombre (reçu « ${String(value)} »)`);
}

/** A table argument as read: its records, whether it came with its header row, its first data row. */
export interface TableArgument {
  decoded: DecodeResult;
  header: boolean;
  firstDataRow: number;
}

/**
 * Reads a table given as a range (`Heures[#Tout]`, `Heures[#Données]`, `Heures!A2:I54`) by the
 * rule of `decodeRange` — by its header row when it has one, else only at the table's full width —
 * with numbers stored as text refused and error values located. Rows are numbered as the sheet
 * shows them: from the range's address when Excel gives it, else as under a header on row 1.
 *
 * @example
 * tableArgument(hoursTable, Heures, 2).decoded.rows[0].row // => 2
 * tableArgument(hoursTable, threeColumns, 2).decoded.errors[0].message // => "Heures : la plage a 3 colonnes et pas de ligne d'en-tête ; …"
 */
export function tableArgument(table: TableDef, values: Matrix, top: number | undefined, needs: readonly string[] = []): TableArgument {
  const header = values.length > 0 && looksLikeHeader(table, values[0] as unknown[]);
  const firstDataRow = top === undefined ? 2 : header ? top + 1 : top;
  const decoded = decodeRange(table, values, { firstRow: firstDataRow, needs, textNumbers: "refuse" });
  return { decoded, header, firstDataRow };
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
