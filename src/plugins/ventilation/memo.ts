/**
 * Memoising a computation on the ranges Excel passes. A calculated column of 2,000 rows calls the
 * same function 2,000 times with the same tables: comparing the arguments cell by cell with the few
 * inputs seen last is far cheaper than ventilating again (and than hashing them to text). Bounded:
 * the oldest entry goes when a new one comes.
 */

export interface MemoKey {
  /** Ranges, compared cell by cell (Excel passes fresh arrays on every call). */
  ranges: readonly (readonly (readonly unknown[])[])[];
  /** Everything else the result depends on (policy, rule pack, row offsets), compared with ===. */
  values: readonly unknown[];
}

export class RangeMemo<T> {
  private entries: { key: MemoKey; value: T }[] = [];
  hits = 0;
  misses = 0;

  /**
   * @example
   * const memo = new RangeMemo<number>(4);
   * memo.get({ ranges: [[[1, 2]]], values: ["pro-rata"] }, () => expensive()) // computes
   * memo.get({ ranges: [[[1, 2]]], values: ["pro-rata"] }, () => expensive()) // returns the stored value
   */
  constructor(private readonly capacity = 8) {}

  get(key: MemoKey, compute: () => T): T {
    const index = this.entries.findIndex((entry) => sameKey(entry.key, key));
    if (index >= 0) {
      this.hits += 1;
      const [entry] = this.entries.splice(index, 1);
      this.entries.unshift(entry as { key: MemoKey; value: T });
      return (entry as { value: T }).value;
    }
    this.misses += 1;
    const value = compute();
    this.entries.unshift({ key, value });
    if (this.entries.length > this.capacity) this.entries.length = this.capacity;
    return value;
  }

  /** Number of inputs held. */
  get size(): number {
    return this.entries.length;
  }
}

function sameKey(a: MemoKey, b: MemoKey): boolean {
  if (a.values.length !== b.values.length || a.ranges.length !== b.ranges.length) return false;
  if (a.values.some((value, index) => value !== b.values[index])) return false;
  return a.ranges.every((range, index) => sameRange(range, b.ranges[index] as readonly (readonly unknown[])[]));
}

function sameRange(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let row = 0; row < a.length; row += 1) {
    const left = a[row] as readonly unknown[];
    const right = b[row] as readonly unknown[];
    if (left.length !== right.length) return false;
    for (let column = 0; column < left.length; column += 1) if (left[column] !== right[column]) return false;
  }
  return true;
}
