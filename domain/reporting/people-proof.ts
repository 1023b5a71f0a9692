/**
 * The proof that a hidden count cannot be pinned, found or made with people (see people-witness.ts
 * for why a real alternative territory is a proof against any attacker). For one count, the
 * alternatives that move it are tried first as they are: one person's change, one person counted
 * once more or removed, then two people's changes whose published effects cancel (one person in the
 * place of another, one told as a man while another is told as a woman). When none is already
 * indistinguishable from the truth, the one that needs the fewest published cells hidden (then the
 * smallest of them) is chosen and those cells are hidden: the alternative then publishes the same
 * figures, so it is a witness — made, not searched for by hiding one cell at a time.
 *
 * Indexes instead of scans: every move is listed under each cell it changes, so the alternatives of
 * a count, and the partners that cancel a published cell, are found without going over everyone.
 */
import { differenceChange, personMoves, type Move, type PeopleUniverse } from "./people-witness";
import type { WorkMeter } from "./privacy";

/** One person's move, in one direction (a change of category only forward; a person counted once more or removed). */
interface Candidate {
  person: number;
  move: Move;
  step: 1 | -1;
}

/** What an alternative must keep: the true figures, the marks of the hidden cells, and which shown cells may still be hidden. */
export interface ProofState {
  values: ReadonlyMap<string, number>;
  masks: ReadonlyMap<string, string>;
  threshold: number;
  /** Whether a shown cell may still be hidden (not shown by an earlier release, published by this one). */
  choosable(key: string): boolean;
}

/** A witness: how the alternative moves each cell, and the shown cells to hide so that it publishes the same. */
export interface MadeWitness {
  move: ReadonlyMap<string, number>;
  hide: readonly string[];
}

interface Scored {
  move: ReadonlyMap<string, number>;
  /** Every changed cell is hidden, or shown and may be hidden as « masqué » with its new value. */
  possible: boolean;
  hide: string[];
  /** Cells that stop the move as it is (to hide, or out of their mark's bounds): where partners are looked for. */
  blocking: string[];
  /** A cell at 0 that would count someone: nobody's move can take them out of it, no partner repairs that. */
  dead: boolean;
  cost: number;
}

/** Moves of a count tried alone, moves combined with a partner, partners tried for each, cells a partner is looked for at. */
const OWN = 400;
const OWNERS = 12;
const PARTNERS = 48;
const PIVOTS = 4;
const REPAIRS = 6;
const BEAM = 3;

/**
 * Witnesses made of the people of a release.
 *
 * @example
 * const proof = new PeopleProof(universe.people);
 * proof.witness("2026-01:2026-12|M5|sex.M", state, meter) // => { move: Map { … }, hide: ["2026-01:2026-12|M3|sex.M"] } or null
 */
export class PeopleProof {
  private readonly byCell = new Map<string, Candidate[]>();

  constructor(private readonly universe: PeopleUniverse) {
    personMoves(universe).forEach((moves, person) => {
      for (const move of moves.changes) this.index({ person, move, step: 1 });
      this.index({ person, move: moves.clone, step: 1 });
      this.index({ person, move: moves.clone, step: -1 });
    });
  }

  /**
   * A witness for `key` (a cell, or a difference `whole − part`): an alternative that moves it and
   * publishes the same figures once `hide` is hidden (empty when it already does), or null when no
   * alternative tried can (a mark's bounds, or a cell shown by an earlier release, stop them all).
   */
  witness(key: string, state: ProofState, meter: WorkMeter): MadeWitness | null {
    const difference = this.universe.differences.get(key);
    const moves = (move: ReadonlyMap<string, number>) => (difference ? differenceChange(move, difference) : (move.get(key) ?? 0)) !== 0;
    const own = (this.byCell.get(difference ? difference.whole : key) ?? []).filter((candidate) => moves(candidate.move));
    let best: Scored | null = null;
    const keep = (scored: Scored) => {
      if (
        scored.possible &&
        (best === null || scored.hide.length < best.hide.length || (scored.hide.length === best.hide.length && scored.cost < best.cost))
      )
        best = scored;
      return scored.possible && scored.hide.length === 0;
    };
    const alone = own
      .slice(0, OWN)
      .map((candidate) => ({ candidate, scored: score(scaled(candidate.move, candidate.step), state, meter) }));
    for (const { scored } of alone) if (keep(scored)) return { move: scored.move, hide: [] };
    // The moves to combine: those that keep the count itself within its bounds (a partner could only
    // undo its move there), fewest broken cells first.
    const stopsOf = (scored: Scored) => scored.blocking.length - scored.hide.length;
    const owners = alone
      .filter(({ scored }) => (!scored.blocking.includes(key) || scored.hide.includes(key)) && !scored.dead)
      .sort((a, b) => stopsOf(a.scored) - stopsOf(b.scored) || a.scored.hide.length - b.scored.hide.length);
    for (const { candidate, scored: first } of owners.slice(0, OWNERS)) {
      const repaired = first.possible
        ? this.spare(first, candidate.person, moves, state, meter)
        : this.repair(first, candidate.person, moves, state, meter);
      if (repaired !== null && keep(repaired)) return { move: repaired.move, hide: [] };
    }
    const found = best as Scored | null;
    return found === null ? null : { move: found.move, hide: found.hide };
  }

  /**
   * A move that breaks some mark's bounds (a « < 5 » that would read 5, a « masqué » that would
   * read 3, a count below 0), repaired by adding other people's moves that undo the broken cells:
   * each time, among the moves of the broken cell that fewest moves change, the one that leaves the
   * fewest broken cells, then the fewest cells to hide. Null when it cannot be repaired in a few steps.
   */
  private repair(
    start: Scored,
    person: number,
    moves: (move: ReadonlyMap<string, number>) => boolean,
    state: ProofState,
    meter: WorkMeter,
  ): Scored | null {
    // A small beam: the few best combinations of each depth are carried on (one alone gets stuck on
    // tiny territories, where the best next step leads to a group of one person).
    let beam: { scored: Scored; used: ReadonlySet<number> }[] = [{ scored: start, used: new Set([person]) }];
    for (let depth = 0; depth < REPAIRS; depth += 1) {
      const next: { scored: Scored; used: ReadonlySet<number>; stops: number }[] = [];
      for (const { scored: current, used } of beam) {
        const stops = current.blocking.filter((cell) => !current.hide.includes(cell));
        const pivot = stops.reduce((a, b) => (this.sizeOf(b) < this.sizeOf(a) ? b : a));
        const sign = current.move.get(pivot) ?? 0;
        let tried = 0;
        for (const partner of this.byCell.get(pivot) ?? []) {
          if (tried >= PARTNERS) break;
          meter.spend(1);
          if (used.has(partner.person) || sign * (partner.move.get(pivot) ?? 0) * partner.step >= 0) continue;
          tried += 1;
          const move = combined(current.move, partner);
          if (!moves(move)) continue;
          const scored = score(move, state, meter);
          if (scored.possible && scored.hide.length === 0) return scored;
          if (!scored.dead)
            next.push({ scored, used: new Set([...used, partner.person]), stops: scored.blocking.length - scored.hide.length });
        }
      }
      next.sort((a, b) => a.stops - b.stops || a.scored.hide.length - b.scored.hide.length || a.scored.cost - b.scored.cost);
      const done = next.find((entry) => entry.scored.possible);
      if (done) return done.scored;
      if (next.length === 0) return null;
      beam = next.slice(0, BEAM);
    }
    return null;
  }

  /** A possible move with cells to hide, combined with another person's move that spares some of them (the best of a few tried), or as it is. */
  private spare(
    first: Scored,
    person: number,
    moves: (move: ReadonlyMap<string, number>) => boolean,
    state: ProofState,
    meter: WorkMeter,
  ): Scored {
    let best = first;
    const pivots = [...first.hide].sort((a, b) => this.sizeOf(a) - this.sizeOf(b)).slice(0, PIVOTS);
    for (const pivot of pivots) {
      const sign = first.move.get(pivot) ?? 0;
      let tried = 0;
      for (const partner of this.byCell.get(pivot) ?? []) {
        if (tried >= PARTNERS) break;
        meter.spend(1);
        if (partner.person === person || sign * (partner.move.get(pivot) ?? 0) * partner.step >= 0) continue;
        tried += 1;
        const move = combined(first.move, partner);
        if (!moves(move)) continue;
        const scored = score(move, state, meter);
        if (
          scored.possible &&
          (scored.hide.length < best.hide.length || (scored.hide.length === best.hide.length && scored.cost < best.cost))
        )
          best = scored;
        if (best.hide.length === 0) return best;
      }
    }
    return best;
  }

  private sizeOf(cell: string): number {
    return this.byCell.get(cell)?.length ?? 0;
  }

  private index(candidate: Candidate): void {
    for (const cell of candidate.move.keys()) {
      const list = this.byCell.get(cell);
      if (list) list.push(candidate);
      else this.byCell.set(cell, [candidate]);
    }
  }
}

function scaled(move: Move, step: number): ReadonlyMap<string, number> {
  return step === 1 ? move : new Map([...move].map(([key, value]) => [key, -value]));
}

function combined(move: ReadonlyMap<string, number>, partner: Candidate): Map<string, number> {
  const sum = new Map(move);
  for (const [key, value] of partner.move) {
    const next = (sum.get(key) ?? 0) + value * partner.step;
    if (next === 0) sum.delete(key);
    else sum.set(key, next);
  }
  return sum;
}

/** Whether the alternative publishes the same once some shown cells are hidden as « masqué », and which. */
function score(move: ReadonlyMap<string, number>, state: ProofState, meter: WorkMeter): Scored {
  meter.spend(move.size);
  const { values, masks, threshold } = state;
  const hide: string[] = [];
  const blocking: string[] = [];
  let possible = true;
  let dead = false;
  let cost = 0;
  for (const [key, change] of move) {
    const value = values.get(key) ?? 0;
    const next = value + change;
    const mask = masks.get(key);
    const small = next > 0 && next < threshold;
    // A true zero read as small is published differently, unless the cell is not published at all.
    if (value === 0 && small && mask !== "absent" && mask !== "withheld") dead = true;
    if (mask === undefined) {
      blocking.push(key);
      // Hidden as « masqué », it must still read 0 or at least the threshold.
      if (next < 0 || small || !state.choosable(key)) possible = false;
      else {
        hide.push(key);
        cost += value;
      }
    } else if (next < 0 || (mask === "small" && (next < 1 || next >= threshold)) || (mask === "complementary" && small)) {
      blocking.push(key);
      possible = false;
    }
  }
  return { move, possible, hide, blocking, dead, cost };
}
