/**
 * Catching what a custom function throws for a single cell (a CustomFunctions.Error, stubbed in Jest).
 */

export interface ExcelErrorShape {
  code: string;
  message: string;
}

/**
 * @example
 * excelErrorOf(() => hours([["beaucoup"]], [[0.5]], null, null)) // => { code: "#VALUE!", message: "montant : …" }
 */
export function excelErrorOf(call: () => unknown): ExcelErrorShape {
  try {
    call();
  } catch (error) {
    return error as ExcelErrorShape;
  }
  throw new Error("expected an Excel error");
}
