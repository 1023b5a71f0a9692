/**
 * A1-style cell and range addresses (« A3:H40 »), as a facilitator types them in the import wizard
 * and as the .xlsx and in-memory adapters locate cells. Rows and columns are 1-based, as Excel shows them.
 */

/** A rectangle of cells, both corners included (1-based). */
export interface RangeAddress {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's last column (XFD) and last row. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * The letters of a column number.
 *
 * @example
 * columnLetters(1) // => "A"
 * columnLetters(28) // => "AB"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The number of a column given by its letters (case ignored).
 *
 * @example
 * columnNumber("AB") // => 28
 */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

/**
 * Reads « A3:H40 », « $A$3:$H$40 » or a single cell « B2 »; null when the text is not an address
 * inside Excel's grid (an importer then says so in French).
 *
 * @example
 * parseRangeAddress("A3:H40") // => { top: 3, left: 1, bottom: 40, right: 8 }
 * parseRangeAddress("H40:A3") // => { top: 3, left: 1, bottom: 40, right: 8 } (corners in any order)
 * parseRangeAddress("A0") // => null
 */
export function parseRangeAddress(text: string): RangeAddress | null {
  const parts = text.trim().split(":");
  if (parts.length > 2) return null;
  const corners = parts.map(parseCell);
  const [first, second = first] = corners;
  if (!first || !second) return null;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  };
}

function parseCell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text.trim());
  if (!match) return null;
  const column = columnNumber(match[1] as string);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS || column < 1 || column > MAX_COLUMNS) return null;
  return { row, column };
}

/**
 * Writes a range as Excel does (« A3:H40 », or « B2 » for one cell).
 *
 * @example
 * formatRangeAddress({ top: 3, left: 1, bottom: 40, right: 8 }) // => "A3:H40"
 */
export function formatRangeAddress(range: RangeAddress): string {
  const start = `${columnLetters(range.left)}${range.top}`;
  const end = `${columnLetters(range.right)}${range.bottom}`;
  return start === end ? start : `${start}:${end}`;
}
