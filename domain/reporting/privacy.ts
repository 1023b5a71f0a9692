/**
 * Statistical disclosure control of the exports to buyers and companies.
 *
 * Counts of people (and of their employment contracts) between 1 and the threshold minus one are
 * « small »: they are shown as « < 5 ». A small count hidden alone in a sum would come back by
 * subtraction (the total minus the other parts), so in every group of cells that add up — a total
 * and its parts — a hidden cell never stays alone: a complementary cell is masked too (the smallest
 * one, to lose the least). Groups share cells (the total of people is in every breakdown; a buyer's
 * count is also a part of the territory's), so this runs until nothing changes, then an exact check
 * solves the published equations as an attacker would and masks more while any hidden count can
 * still be computed.
 *
 * People are not additive across scopes (someone on two buyers' contracts counts for each): the
 * groups are treated as exact sums anyway, the safe side.
 */

/** Cells that add up: `total` = Σ `parts`. */
export interface Group {
  total: string;
  parts: readonly string[];
}

export type Mask = "small" | "complementary";

/**
 * What the protection may spend (elementary steps of elimination and narrowing): `spend` throws
 * when the budget is exceeded, so that a release too large to protect is refused, never left hanging.
 */
export interface WorkMeter {
  spend(steps: number): void;
}

const FREE: WorkMeter = { spend: () => undefined };

/**
 * Which cells to hide.
 *
 * @example
 * suppress(new Map([["t", 12], ["f", 3], ["m", 9]]), [{ total: "t", parts: ["f", "m"] }], 5)
 * // => Map { "f" => "small", "m" => "complementary" }   (12 − 9 would give the 3 women back)
 */
export function suppress(values: ReadonlyMap<string, number>, groups: readonly Group[], threshold: number): Map<string, Mask> {
  const masks = new Map<string, Mask>();
  for (const [key, value] of values) if (value > 0 && value < threshold) masks.set(key, "small");
  for (;;) {
    completeGroups(values, groups, masks);
    const exposed = determinedCell(values, groups, masks);
    if (exposed === null) return masks;
    const mixed = (group: Group) => members(group).some((key) => masks.has(key)) && members(group).some((key) => !masks.has(key));
    // Hide more next to the exposed count, else anywhere its equations reach (a system of hidden
    // cells alone only determines zeros, so some group is then mixed).
    const group = groups.find((candidate) => members(candidate).includes(exposed) && mixed(candidate)) ?? groups.find(mixed);
    const extra = group ? cheapest(values, group, masks) : null;
    if (extra === null) return masks;
    masks.set(extra, "complementary");
  }
}

function members(group: Group): string[] {
  return [group.total, ...group.parts];
}

/** Until stable: a group with exactly one hidden cell gets a complementary one. */
function completeGroups(values: ReadonlyMap<string, number>, groups: readonly Group[], masks: Map<string, Mask>): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      if (members(group).filter((key) => masks.has(key)).length !== 1) continue;
      const extra = cheapest(values, group, masks);
      if (extra === null) continue;
      masks.set(extra, "complementary");
      changed = true;
    }
  }
}

/**
 * The visible cell of a group to hide next: a non-zero part first (smallest value), then the
 * total, then a zero part (hiding a zero protects little: it is the last resort).
 */
function cheapest(values: ReadonlyMap<string, number>, group: Group, masks: ReadonlyMap<string, Mask>): string | null {
  const value = (key: string) => values.get(key) ?? 0;
  const visible = (keys: readonly string[]) => keys.filter((key) => !masks.has(key));
  const parts = visible(group.parts)
    .filter((key) => value(key) > 0)
    .sort((a, b) => value(a) - value(b));
  if (parts[0] !== undefined) return parts[0];
  if (!masks.has(group.total)) return group.total;
  return visible(group.parts)[0] ?? null;
}

/**
 * A small count the published cells and the groups' equations determine exactly, or null. Each
 * equation is reduced to its hidden cells (visible ones are constants); a hidden cell is
 * determined when its unit vector lies in the row space of those equations (Gaussian elimination).
 *
 * @example
 * determinedCell(values, [{ total: "t", parts: ["a", "b"] }, { total: "b", parts: ["c"] }], masksOfAAndB) // => "a" when b is hidden but c is shown
 */
export function determinedCell(
  values: ReadonlyMap<string, number>,
  groups: readonly Group[],
  masks: ReadonlyMap<string, string>,
  protectedCell: (key: string) => boolean = (key) => masks.get(key) === "small",
  meter: WorkMeter = FREE,
): string | null {
  return determined(groups, masks, protectedCell, meter, true)[0] ?? null;
}

/**
 * Every protected cell the groups' equations determine exactly (in the masks' order): what
 * `determinedCell` looks for, all at once (the linked tables solve one part of the problem at a time).
 *
 * @example
 * determinedCells([{ total: "t", parts: ["a", "b"] }], new Map([["a", "small"]]), () => true) // => ["a"]
 */
export function determinedCells(
  groups: readonly Group[],
  masks: ReadonlyMap<string, string>,
  protectedCell: (key: string) => boolean,
  meter: WorkMeter = FREE,
): string[] {
  return determined(groups, masks, protectedCell, meter, false);
}

/**
 * The reduced row echelon form of the groups' equations over the hidden cells (visible cells are
 * constants): `hidden[i]` is column i; each basis row is 1 at its pivot (the map's key) and 0 at
 * every other pivot. What the witnesses of `witness.ts` move along.
 *
 * @example
 * reducedEquations([{ total: "t", parts: ["a", "b"] }], new Map([["a", "small"], ["b", "complementary"]])).basis // => Map { 0 => Map { 0 => 1, 1 => 1 } }
 */
export function reducedEquations(
  groups: readonly Group[],
  masks: ReadonlyMap<string, string>,
  meter: WorkMeter = FREE,
): { hidden: string[]; basis: ReadonlyMap<number, ReadonlyMap<number, number>> } {
  const hidden = [...masks.keys()];
  return { hidden, basis: echelonOf(groups, hidden, meter).rows() };
}

function echelonOf(groups: readonly Group[], hidden: readonly string[], meter: WorkMeter): SparseEchelon {
  const column = new Map(hidden.map((key, index) => [key, index]));
  const echelon = new SparseEchelon(meter);
  for (const group of groups) {
    const row: Row = new Map();
    for (const [key, sign] of [[group.total, 1] as const, ...group.parts.map((part) => [part, -1] as const)]) {
      const index = column.get(key);
      if (index !== undefined) row.set(index, (row.get(index) ?? 0) + sign);
    }
    for (const [index, coefficient] of row) if (coefficient === 0) row.delete(index);
    if (row.size > 0) echelon.add(row);
  }
  return echelon;
}

function determined(
  groups: readonly Group[],
  masks: ReadonlyMap<string, string>,
  protectedCell: (key: string) => boolean,
  meter: WorkMeter,
  first: boolean,
): string[] {
  const hidden = [...masks.keys()];
  const column = new Map(hidden.map((key, index) => [key, index]));
  const echelon = echelonOf(groups, hidden, meter);
  // Only small counts must not come back: a complementary cell computed exactly reveals no one.
  const found: string[] = [];
  for (const key of hidden) {
    if (!protectedCell(key) || !echelon.determines(column.get(key) as number)) continue;
    found.push(key);
    if (first) break;
  }
  return found;
}

const EPSILON = 1e-9;

/** A sparse row: column → coefficient (the equations have a handful of cells each, out of thousands). */
type Row = Map<number, number>;

/**
 * The reduced row echelon form of sparse rows, built one row at a time: every basis row is 1 at
 * its pivot and 0 at every other pivot. A unit vector e_k is then in the row space iff k is a
 * pivot whose row has no other cell — the cell's value follows from the published figures.
 */
class SparseEchelon {
  private readonly basis = new Map<number, Row>();
  /** Column → the pivots whose rows have a coefficient there (to keep the form reduced). */
  private readonly users = new Map<number, Set<number>>();

  constructor(private readonly meter: WorkMeter) {}

  add(input: Row): void {
    const row = new Map(input);
    for (const col of [...row.keys()]) {
      const pivotRow = this.basis.get(col);
      const factor = row.get(col);
      if (pivotRow !== undefined && factor !== undefined) this.subtract(row, null, pivotRow, factor);
    }
    if (row.size === 0) return;
    const [pivot, scale] = [...row].reduce((best, entry) => (Math.abs(entry[1]) > Math.abs(best[1]) ? entry : best));
    for (const [col, coefficient] of row) row.set(col, coefficient / scale);
    for (const user of [...(this.users.get(pivot) ?? [])]) {
      const other = this.basis.get(user) as Row;
      this.subtract(other, user, row, other.get(pivot) as number);
    }
    this.basis.set(pivot, row);
    for (const col of row.keys()) if (col !== pivot) this.usersOf(col).add(pivot);
  }

  rows(): ReadonlyMap<number, ReadonlyMap<number, number>> {
    return this.basis;
  }

  determines(col: number): boolean {
    return this.basis.get(col)?.size === 1;
  }

  /** row −= factor · other, dropping what cancels (and, for a basis row, keeping the columns' users up to date). */
  private subtract(row: Row, pivot: number | null, other: Row, factor: number): void {
    this.meter.spend(other.size);
    for (const [col, coefficient] of other) {
      const before = row.get(col);
      const next = (before ?? 0) - factor * coefficient;
      if (Math.abs(next) < EPSILON) {
        row.delete(col);
        if (pivot !== null && before !== undefined) this.users.get(col)?.delete(pivot);
      } else {
        row.set(col, next);
        if (pivot !== null && before === undefined && col !== pivot) this.usersOf(col).add(pivot);
      }
    }
  }

  private usersOf(col: number): Set<number> {
    let set = this.users.get(col);
    if (!set) this.users.set(col, (set = new Set()));
    return set;
  }
}

/** `total` (=, ≤ or ≥) Σ `parts`: what an attacker knows for sure. */
export interface Relation {
  total: string;
  parts: readonly string[];
  sense: "=" | "<=" | ">=";
}

/**
 * A protected cell whose bounds close on one value when the published figures and the relations
 * are propagated (interval narrowing, as an attacker would): « < 5 » is 1 to threshold − 1,
 * « masqué » 0 or at least the threshold, a cell left out 0 or more. Null when none.
 *
 * @example
 * narrowedCell(new Map([["t", 8], ["a", 4], ["b", 4]]), [{ total: "t", parts: ["a", "b"], sense: "=" }], masksOfAAndBSmall, 5, isSmall) // => "a" (4 + 4 is the only way to 8)
 */
export function narrowedCell(
  values: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  masks: ReadonlyMap<string, string>,
  threshold: number,
  protectedCell: (key: string) => boolean,
  meter: WorkMeter = FREE,
): string | null {
  const big = Math.max(threshold, ...values.values()) * 4;
  const bounds = new Map<string, [number, number]>();
  const boundOf = (key: string): [number, number] => {
    let found = bounds.get(key);
    if (!found) {
      const mask = masks.get(key);
      const value = values.get(key) ?? 0;
      found = mask === undefined ? [value, value] : mask === "small" ? [1, threshold - 1] : [0, big];
      bounds.set(key, found);
    }
    return found;
  };
  const relevant = relations.filter((relation) => [relation.total, ...relation.parts].some((key) => masks.has(key)));
  for (let round = 0, changed = true; changed && round < 50; round += 1) {
    changed = false;
    meter.spend(relevant.length);
    for (const relation of relevant) changed = narrow(relation, boundOf, bounds, masks, threshold) || changed;
  }
  for (const [key, [low, high]] of bounds) if (low === high && masks.has(key) && protectedCell(key)) return key;
  return null;
}

/** One relation narrows each member's bounds; true when some bound moved. */
function narrow(
  relation: Relation,
  boundOf: (key: string) => [number, number],
  bounds: Map<string, [number, number]>,
  masks: ReadonlyMap<string, string>,
  threshold: number,
): boolean {
  // d = total − Σ parts; "=" asks d = 0, "<=" asks d ≤ 0, ">=" asks d ≥ 0.
  const members: [string, number][] = [[relation.total, 1], ...relation.parts.map((part) => [part, -1] as [string, number])];
  let changed = false;
  for (const [key, sign] of members) {
    let low = 0;
    let high = 0;
    for (const [other, otherSign] of members) {
      if (other === key) continue;
      const [l, h] = boundOf(other);
      low += otherSign > 0 ? l : -h;
      high += otherSign > 0 ? h : -l;
    }
    // sign·x + rest: ≤ 0 unless sense is ">=", ≥ 0 unless sense is "<=".
    const [ownLow, ownHigh] = boundOf(key);
    let [newLow, newHigh] = [ownLow, ownHigh];
    const atMost = relation.sense !== ">=";
    const atLeast = relation.sense !== "<=";
    if (sign > 0) {
      if (atMost) newHigh = Math.min(newHigh, -low);
      if (atLeast) newLow = Math.max(newLow, -high);
    } else {
      if (atMost) newLow = Math.max(newLow, low);
      if (atLeast) newHigh = Math.min(newHigh, high);
    }
    if (masks.get(key) === "complementary") {
      // « masqué » is never a small count: 0, or at least the threshold.
      if (newLow > 0) newLow = Math.max(newLow, threshold);
      if (newHigh < threshold) newHigh = Math.min(newHigh, 0);
    }
    if (newLow > newHigh) continue; // inconsistent only if the relations were wrong: leave the bounds as they are
    if (newLow !== ownLow || newHigh !== ownHigh) {
      bounds.set(key, [newLow, newHigh]);
      changed = true;
    }
  }
  return changed;
}
