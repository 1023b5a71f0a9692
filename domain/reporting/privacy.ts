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
): string | null {
  const hidden = [...masks.keys()];
  const column = new Map(hidden.map((key, index) => [key, index]));
  const rows: number[][] = [];
  for (const group of groups) {
    const row = new Array<number>(hidden.length).fill(0);
    let any = false;
    for (const [key, sign] of [[group.total, 1] as const, ...group.parts.map((part) => [part, -1] as const)]) {
      const index = column.get(key);
      if (index === undefined) continue;
      row[index] = (row[index] as number) + sign;
      any = true;
    }
    if (any) rows.push(row);
  }
  const basis = reducedRows(rows, hidden.length);
  // Only small counts must not come back: a complementary cell computed exactly reveals no one.
  for (const key of hidden.filter(protectedCell)) {
    const unit = new Array<number>(hidden.length).fill(0);
    unit[column.get(key) as number] = 1;
    if (inRowSpace(unit, basis)) return key;
  }
  return null;
}

const EPSILON = 1e-9;

/** Row-reduced echelon rows (with their pivot column) of a small matrix. */
function reducedRows(rows: number[][], width: number): { pivot: number; row: number[] }[] {
  const basis: { pivot: number; row: number[] }[] = [];
  const work = rows.map((row) => [...row]);
  let top = 0;
  for (let col = 0; col < width && top < work.length; col += 1) {
    let best = top;
    for (let r = top + 1; r < work.length; r += 1) if (Math.abs(work[r]?.[col] ?? 0) > Math.abs(work[best]?.[col] ?? 0)) best = r;
    if (Math.abs(work[best]?.[col] ?? 0) < EPSILON) continue;
    [work[top], work[best]] = [work[best] as number[], work[top] as number[]];
    const pivotRow = work[top] as number[];
    const scale = pivotRow[col] as number;
    for (let c = 0; c < width; c += 1) pivotRow[c] = (pivotRow[c] as number) / scale;
    for (let r = 0; r < work.length; r += 1) {
      const other = work[r] as number[];
      const factor = other[col] as number;
      if (r === top || Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < width; c += 1) other[c] = (other[c] as number) - factor * (pivotRow[c] as number);
    }
    basis.push({ pivot: col, row: pivotRow });
    top += 1;
  }
  return basis;
}

function inRowSpace(vector: number[], basis: readonly { pivot: number; row: number[] }[]): boolean {
  const rest = [...vector];
  for (const { pivot, row } of basis) {
    const factor = rest[pivot] as number;
    if (Math.abs(factor) < EPSILON) continue;
    for (let c = 0; c < rest.length; c += 1) rest[c] = (rest[c] as number) - factor * (row[c] as number);
  }
  return rest.every((value) => Math.abs(value) < EPSILON);
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
