/**
 * Proof, cell by cell, that a hidden count cannot be pinned. Elimination and bound narrowing
 * (`privacy.ts`) find counts an attacker can compute; they miss what an integer solver gets by
 * combining inequalities (« masqué » is 0 or at least 5, a contract holds at most the people of its
 * buyer, January–June at most those of January–December). So the protection turns the question
 * round: a hidden count is safe only when it holds a **witness** — another table, different in that
 * count, that publishes exactly the same figures and satisfies every relation the attacker knows
 * (every sum, every inclusion, every bound of « < 5 », « masqué » and of the cells left out). With
 * two tables that look the same and differ there, nobody can tell the count.
 *
 * Witnesses are searched along the equations' null space: the reduced echelon form of the sums
 * over the hidden cells gives one direction per free cell (move it by one, the pivots follow); the
 * true table plus a small integer multiple of one direction, or of two, is tried against the
 * bounds and the inequalities. This is sound (a witness found is a real alternative table) but not
 * complete: a count with no witness found is treated as exposed, and more cells are hidden around
 * it — the safe side.
 */
import { reducedEquations, type Group, type Relation, type WorkMeter } from "./privacy";

/** What a witness must satisfy besides the sums: the true figures, the relations, the bounds of the marks. */
export interface WitnessRules {
  values: ReadonlyMap<string, number>;
  /** Relations by cell (only those touching a moved cell are checked again). */
  relationsOf: ReadonlyMap<string, readonly Relation[]>;
  threshold: number;
  /** Largest value a hidden cell can take (the attacker's own bound: 4 × threshold, or the largest figure shown). */
  big: number;
}

type Direction = Map<string, number>;

/** The directions along which one component's hidden cells can move together (sums kept), by cell. */
export interface Directions {
  all: readonly Direction[];
  moving: ReadonlyMap<string, readonly Direction[]>;
  masks: ReadonlyMap<string, string>;
}

/**
 * The null space of one component's sums, one integer direction per free cell.
 *
 * @example
 * directionsOf(["f", "m"], [{ total: "t", parts: ["f", "m"] }], masks, meter).all // => [Map { "m" => 1, "f" => -1 }]
 */
export function directionsOf(
  cells: readonly string[],
  rows: readonly Group[],
  masks: ReadonlyMap<string, string>,
  meter: WorkMeter,
): Directions {
  const local = new Map(cells.map((key) => [key, masks.get(key) as string]));
  const all = nullDirections(rows, local, meter);
  const moving = new Map<string, Direction[]>();
  for (const direction of all)
    for (const key of direction.keys()) {
      const list = moving.get(key);
      if (list) list.push(direction);
      else moving.set(key, [direction]);
    }
  return { all, moving, masks: local };
}

/**
 * A witness for `key`: the change to the true table (cell → how much it moves) that publishes the
 * same figures and keeps every relation and bound true while moving `key`, or null when none is
 * found. A witness stays one when more cells are hidden (it does not touch them), so a cell proven
 * once never needs proving again; every protected cell it moves is proven with it.
 *
 * The search starts from one direction that moves `key` and repairs what it breaks: while some
 * bound or relation is broken, it adds the direction (among those moving a cell of the broken
 * constraint, without cancelling the move of `key`) that breaks the least — a bounded number of times.
 *
 * @example
 * // t = 6 shown, f « < 5 » (3), m « < 5 » (3): f = 4, m = 2 publishes the same.
 * witnessOf("f", directionsOf(["f", "m"], groups, masks, meter), rules, meter) // => Map { "m" => -1, "f" => 1 }
 */
export function witnessOf(key: string, directions: Directions, rules: WitnessRules, meter: WorkMeter): ReadonlyMap<string, number> | null {
  for (const direction of (directions.moving.get(key) ?? []).slice(0, STARTS))
    for (const step of [1, -1]) {
      const table = new MovedTable(directions.masks, rules, meter);
      table.add(direction, step);
      for (let repair = 0; table.amount > 0 && repair < REPAIRS; repair += 1) {
        let best: { other: Direction; step: number; amount: number } | null = null;
        const tried = new Set<Direction>();
        for (const other of table.brokenCells().flatMap((cell) => directions.moving.get(cell) ?? [])) {
          if (tried.has(other)) continue;
          tried.add(other);
          for (const otherStep of [1, -1]) {
            if (table.delta.get(key) === -(other.get(key) ?? 0) * otherStep) continue; // would stop moving `key`
            const amount = table.amountWith(other, otherStep);
            if (amount < (best?.amount ?? table.amount)) best = { other, step: otherStep, amount };
          }
          if (tried.size >= REPAIR_TRIES) break;
        }
        if (best === null) break;
        table.add(best.other, best.step);
      }
      if (table.amount === 0) return table.delta;
    }
  return null;
}

/**
 * The true table moved by a sum of directions, with what it breaks kept up to date: adding a
 * direction only re-checks the bounds of its cells and the relations they are in.
 */
class MovedTable {
  readonly delta: Direction = new Map();
  amount = 0;
  private readonly cellOff = new Map<string, number>();
  private readonly relationOff = new Map<Relation, number>();

  constructor(
    private readonly masks: ReadonlyMap<string, string>,
    private readonly rules: WitnessRules,
    private readonly meter: WorkMeter,
  ) {}

  add(direction: Direction, step: number): void {
    for (const [key, value] of direction) {
      const next = (this.delta.get(key) ?? 0) + value * step;
      if (next === 0) this.delta.delete(key);
      else this.delta.set(key, next);
    }
    for (const key of direction.keys()) this.cellOff.set(key, this.boundOff(key, this.delta));
    for (const relation of this.touched(direction)) this.relationOff.set(relation, this.gapOff(relation, this.delta));
    this.amount = 0;
    for (const off of this.cellOff.values()) this.amount += off;
    for (const off of this.relationOff.values()) this.amount += off;
  }

  /** The amount broken if `direction` × `step` were added (nothing changed). */
  amountWith(direction: Direction, step: number): number {
    const moved = new Map(this.delta);
    for (const [key, value] of direction) moved.set(key, (moved.get(key) ?? 0) + value * step);
    let amount = this.amount;
    for (const key of direction.keys()) amount += this.boundOff(key, moved) - (this.cellOff.get(key) ?? 0);
    for (const relation of this.touched(direction)) amount += this.gapOff(relation, moved) - (this.relationOff.get(relation) ?? 0);
    return amount;
  }

  /** Hidden cells of the broken bounds and relations (moving them may repair). */
  brokenCells(): string[] {
    const cells = new Set<string>();
    for (const [key, off] of this.cellOff) if (off > 0) cells.add(key);
    for (const [relation, off] of this.relationOff)
      if (off > 0) for (const key of [relation.total, ...relation.parts]) if (this.masks.has(key)) cells.add(key);
    return [...cells];
  }

  private touched(direction: Direction): Set<Relation> {
    const relations = new Set<Relation>();
    for (const key of direction.keys()) for (const relation of this.rules.relationsOf.get(key) ?? []) relations.add(relation);
    this.meter.spend(direction.size + relations.size);
    return relations;
  }

  private value(key: string, delta: ReadonlyMap<string, number>): number {
    return (this.rules.values.get(key) ?? 0) + (delta.get(key) ?? 0);
  }

  /** How far a cell is outside its mark's bounds (« < 5 »: 1 to 4; « masqué »: 0 or at least 5; left out: 0 or more). */
  private boundOff(key: string, delta: ReadonlyMap<string, number>): number {
    const { threshold, big } = this.rules;
    const value = this.value(key, delta);
    const mask = this.masks.get(key);
    let [low, high] = [0, big];
    if (mask === "small") [low, high] = [1, threshold - 1];
    else if (mask === "complementary" && value > 0 && value < threshold) [low, high] = value * 2 < threshold ? [0, 0] : [threshold, big];
    return value < low ? low - value : value > high ? value - high : 0;
  }

  private gapOff(relation: Relation, delta: ReadonlyMap<string, number>): number {
    this.meter.spend(relation.parts.length + 1);
    const gap = this.value(relation.total, delta) - relation.parts.reduce((sum, part) => sum + this.value(part, delta), 0);
    return relation.sense === "=" ? Math.abs(gap) : relation.sense === "<=" ? Math.max(gap, 0) : Math.max(-gap, 0);
  }
}

/** Directions a search starts from (each moves `key`), both ways. */
const STARTS = 4;
/** Directions added to repair one start before giving up (not finding a witness only hides more, the safe side). */
const REPAIRS = 12;
/** Directions tried at each repair. */
const REPAIR_TRIES = 12;

/** One integer direction per free cell of the reduced sums (the pivots move by minus their coefficient). */
function nullDirections(rows: readonly Group[], local: ReadonlyMap<string, string>, meter: WorkMeter): Direction[] {
  const { hidden, basis } = reducedEquations(rows, local, meter);
  const byFree = new Map<number, Direction>();
  hidden.forEach((key, column) => {
    if (!basis.has(column)) byFree.set(column, new Map([[key, 1]]));
  });
  for (const [pivot, row] of basis)
    for (const [column, coefficient] of row) if (column !== pivot) byFree.get(column)?.set(hidden[pivot] as string, -coefficient);
  return [...byFree.values()].map(integral).filter((direction): direction is Direction => direction !== null);
}

/** The smallest integer multiple of a direction (coefficients are rationals of small denominators), or null. */
function integral(direction: Direction): Direction | null {
  for (let scale = 1; scale <= 24; scale += 1) {
    const scaled = new Map<string, number>();
    let whole = true;
    for (const [key, value] of direction) {
      const next = value * scale;
      if (Math.abs(next - Math.round(next)) > 1e-6) {
        whole = false;
        break;
      }
      if (Math.round(next) !== 0) scaled.set(key, Math.round(next));
    }
    if (whole) return scaled;
  }
  return null;
}
