/**
 * Memoising a computation on the ranges Excel passes. A calculated column of 2,000 rows calls the
 * same function 2,000 times with the same tables; ventilating each time would take minutes.
 *
 * Two ways to recognise an input seen before:
 * - Within one JavaScript task, the same argument addresses hold the same values: Excel cannot
 *   change the workbook while the add-in's code runs (its changes arrive as later events), so the
 *   calls of one recalculation that name the same ranges share the entry at once, in O(1).
 * - Otherwise (another task, or no addresses, as in the preview), the arguments are compared cell by
 *   cell with the inputs kept: exact, and much cheaper than ventilating (or hashing them to text).
 * Bounded: the least recently used entry goes when a new one comes.
 */

export interface MemoKey {
  /** Ranges, compared cell by cell (Excel passes fresh arrays on every call). */
  ranges: readonly (readonly (readonly unknown[])[])[];
  /** Everything else the result depends on (policy, rule pack…), compared with ===. */
  values: readonly unknown[];
  /** The ranges' addresses, when Excel gives them (`Marchés!A2:Q2001`). */
  addresses?: readonly (string | undefined)[];
}

interface Entry<T> {
  key: MemoKey;
  value: T;
  /** The task in which `addresses` were last seen holding these ranges. */
  task: number;
  addresses?: readonly (string | undefined)[];
}

/**
 * A counter that changes between JavaScript tasks (a timer fires only once the current task is over).
 *
 * @example
 * const now = taskClock();
 * now() === now() // => true (same task)
 * await new Promise((resolve) => setTimeout(resolve, 0)); now() // => one more
 */
export function taskClock(): () => number {
  let task = 0;
  let scheduled = false;
  return () => {
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => {
        task += 1;
        scheduled = false;
      }, 0);
    }
    return task;
  };
}

export class RangeMemo<T> {
  private entries: Entry<T>[] = [];
  hits = 0;
  /** Hits recognised by address within a task, without comparing cells. */
  addressHits = 0;
  misses = 0;

  /**
   * @example
   * const memo = new RangeMemo<number>(4);
   * memo.get({ ranges: [[[1, 2]]], values: ["pro-rata"] }, () => expensive()) // computes
   * memo.get({ ranges: [[[1, 2]]], values: ["pro-rata"] }, () => expensive()) // returns the stored value
   */
  constructor(
    private readonly capacity = 8,
    private readonly clock: () => number = taskClock(),
  ) {}

  get(key: MemoKey, compute: () => T): T {
    const task = this.clock();
    let index = this.entries.findIndex(
      (entry) =>
        entry.task === task && sameAddresses(entry.addresses, key.addresses) && sameValues(entry.key, key) && sameShapes(entry.key, key),
    );
    if (index >= 0) this.addressHits += 1;
    else
      index = this.entries.findIndex(
        (entry) => sameValues(entry.key, key) && entry.key.ranges.every((range, at) => sameRange(range, key.ranges[at] ?? [])),
      );
    if (index >= 0) {
      this.hits += 1;
      const [entry] = this.entries.splice(index, 1) as [Entry<T>];
      this.entries.unshift({ ...entry, task, ...(key.addresses ? { addresses: key.addresses } : {}) });
      return entry.value;
    }
    this.misses += 1;
    const value = compute();
    this.entries.unshift({ key, value, task, ...(key.addresses ? { addresses: key.addresses } : {}) });
    if (this.entries.length > this.capacity) this.entries.length = this.capacity;
    return value;
  }

  /** Number of inputs held. */
  get size(): number {
    return this.entries.length;
  }
}

/** Same addresses, all known (an argument without an address never matches by address). */
function sameAddresses(kept: readonly (string | undefined)[] | undefined, given: readonly (string | undefined)[] | undefined): boolean {
  if (!kept || !given || given.length === 0 || kept.length !== given.length) return false;
  return given.every((address, index) => address !== undefined && address !== "" && address === kept[index]);
}

function sameValues(a: MemoKey, b: MemoKey): boolean {
  return (
    a.values.length === b.values.length &&
    a.ranges.length === b.ranges.length &&
    a.values.every((value, index) => value === b.values[index])
  );
}

function sameShapes(a: MemoKey, b: MemoKey): boolean {
  return a.ranges.every(
    (range, index) => range.length === b.ranges[index]?.length && (range[0]?.length ?? 0) === (b.ranges[index]?.[0]?.length ?? 0),
  );
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
