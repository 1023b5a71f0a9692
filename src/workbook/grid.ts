/**
 * Grids of cells from A1 (the in-memory and .xlsx adapters): the used range, and the cells of a range.
 */
import { isBlank, type Cell, type RangeAddress } from "../../domain";

/**
 * The smallest range holding every non-blank cell, or null for an empty grid.
 *
 * @example
 * boundingBox([[null, null], [null, "x"]]) // => { top: 2, left: 2, bottom: 2, right: 2 }
 */
export function boundingBox(grid: readonly (readonly Cell[])[]): RangeAddress | null {
  let box: RangeAddress | null = null;
  grid.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      if (isBlank(cell)) return;
      const [r, c] = [rowIndex + 1, columnIndex + 1];
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }),
  );
  return box;
}

/**
 * The cells of a range, as a rectangle (missing cells are null).
 *
 * @example
 * cellsIn([["a", "b"], ["c"]], { top: 1, left: 2, bottom: 2, right: 2 }) // => [["b"], [null]]
 */
export function cellsIn(grid: readonly (readonly Cell[])[], range: RangeAddress): Cell[][] {
  const rows: Cell[][] = [];
  for (let row = range.top; row <= range.bottom; row += 1) {
    const line: Cell[] = [];
    for (let column = range.left; column <= range.right; column += 1) line.push(grid[row - 1]?.[column - 1] ?? null);
    rows.push(line);
  }
  return rows;
}
