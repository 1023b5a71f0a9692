/**
 * Sizing Office.js requests. Excel on the web refuses any request or response above 5 MB
 * (`RequestPayloadSizeLimitExceeded`); desktop Excel has no such limit but splitting costs it nothing.
 * Writes are measured exactly (the values are known); reads are sized by cells, then by the bytes the
 * first block actually weighed.
 */

/** The limit of Excel on the web, in bytes (5 MB counted in thousands, the stricter reading). */
export const PAYLOAD_LIMIT = 5_000_000;
/** Cell values per request: the rest of a request (ids, method names, addresses) fits in the margin. */
export const VALUES_BUDGET = 4_000_000;
/** Cells loaded in the first block of a read; later blocks are sized on the bytes the first one weighed. */
export const READ_CELLS_PER_SYNC = 150_000;
/** Never more cells than this in one block, however light (the add-in's memory, not Excel's limit). */
const MAX_READ_CELLS = 1_000_000;

/**
 * Bytes of a value once serialised to JSON and encoded in UTF-8 (what travels in an Office.js request).
 *
 * @example
 * byteLength(["Début", 46023]) // => 16
 */
export function byteLength(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Cuts rows into consecutive slices `[from, to)` each weighing at most `budget` bytes (a single row
 * heavier than the budget gets a slice of its own).
 *
 * @example
 * sliceRows([["a"], ["b"], ["c"]], 12) // => [[0, 2], [2, 3]]
 */
export function sliceRows(rows: readonly (readonly unknown[])[], budget = VALUES_BUDGET): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  let weight = 0;
  rows.forEach((row, index) => {
    const bytes = byteLength(row) + 1;
    if (index > start && weight + bytes > budget) {
      slices.push([start, index]);
      start = index;
      weight = 0;
    }
    weight += bytes;
  });
  if (rows.length > start) slices.push([start, rows.length]);
  return slices;
}

/**
 * How many rows the next read block may load: `READ_CELLS_PER_SYNC` cells for the first block, then,
 * once a block has been weighed, as many rows as fit the budget at that weight.
 *
 * @example
 * rowsPerBlock(9) // => 16666
 * rowsPerBlock(9, 400) // => 10000 (400 bytes a row: 10 000 rows make 4 MB)
 */
export function rowsPerBlock(columns: number, bytesPerRow?: number): number {
  const width = Math.max(1, columns);
  if (!bytesPerRow) return Math.max(1, Math.floor(READ_CELLS_PER_SYNC / width));
  return Math.max(1, Math.min(Math.floor(VALUES_BUDGET / bytesPerRow), Math.floor(MAX_READ_CELLS / width)));
}
