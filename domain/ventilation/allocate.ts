/**
 * Sharing one segment's pooled hours among a company's active contracts, by policy.
 *
 * A segment is a run of days between two events (a line or a contract starting or ending, a month
 * boundary): every day of it brings the same pooled hours `h` and the same direct hours `d` to each
 * contract. The rule is day by day — direct hours first, then the pooled hours go to the contracts
 * with room — so the segment is processed as runs of identical days computed in closed form (no
 * contract fills up during the run), separated by single days computed exactly (one contract at
 * least fills up on each). The number of steps is bounded by the number of contracts, not of days.
 * The one exception is `pro-rata-remaining` while a contract with room also receives direct hours:
 * the shares then change every day, and those days are computed one by one.
 */
import type { Policy } from "./policies";

/** A pooled contract as the sweep sees it. */
export interface Slot {
  /** Index of the contract in the request. */
  index: number;
  start: number;
  end: number;
  obligation: number;
  /** Obligation minus everything credited so far (never negative). */
  room: number;
  /** Direct hours per day over the current segment. */
  direct: number;
  /** Pooled hours credited during the current segment. */
  credited: number;
}

/**
 * Orders the active contracts as the policy serves them (only priority policies care).
 *
 * @example
 * byPriority("earliest-end")(m1, m2) // < 0 when M1 ends before M2
 */
export function byPriority(policy: Policy): (a: Slot, b: Slot) => number {
  if (policy === "earliest-start") return (a, b) => a.start - b.start || a.end - b.end || a.index - b.index;
  return (a, b) => a.end - b.end || a.start - b.start || a.index - b.index;
}

/**
 * Runs `days` identical days over `active` (sorted by `byPriority` for priority policies), updating
 * each slot's `room` and `credited`; returns the pooled hours that found no room (excess).
 *
 * @example
 * const m1 = { index: 0, start: 0, end: 9, obligation: 30, room: 30, direct: 0, credited: 0 };
 * const m2 = { index: 1, start: 0, end: 20, obligation: 100, room: 100, direct: 0, credited: 0 };
 * allocateSegment("earliest-end", [m1, m2], 10, 5) // => 0; m1.credited = 30, m2.credited = 20
 */
export function allocateSegment(policy: Policy, active: readonly Slot[], days: number, h: number): number {
  let left = days;
  let excess = 0;
  while (left > 0) {
    const open = active.filter((slot) => slot.room > 0);
    if (open.length === 0) return excess + h * left;
    const run = policy === "pro-rata-remaining" ? remainingRun(open, h, left) : proportionalRun(policy, open, h, left);
    left -= run.days;
    excess += run.excess;
    if (left > 0) {
      excess += exactDay(policy, open, h);
      left -= 1;
    }
  }
  return excess;
}

/**
 * The longest run of days (≤ `left`) during which no contract fills up, applied at once. While no
 * contract is constrained, each day gives every open contract the same share `a`, so the run's
 * length is the smallest `room ÷ (direct + a)`.
 */
function proportionalRun(policy: Policy, open: readonly Slot[], h: number, left: number): Run {
  const shares = unconstrainedShares(policy, open, h);
  let run = left;
  open.forEach((slot, position) => {
    const flow = slot.direct + (shares[position] as number);
    if (flow > 0) run = Math.min(run, Math.floor(slot.room / flow));
  });
  // Floating point may round a ratio up across an integer: never let a run overdraw a room.
  if (run > 0 && open.some((slot, position) => slot.room - run * (slot.direct + (shares[position] as number)) < 0)) run -= 1;
  if (run <= 0) return NO_RUN;
  let given = 0;
  open.forEach((slot, position) => {
    const share = shares[position] as number;
    slot.room = Math.max(0, slot.room - run * (slot.direct + share));
    slot.credited += run * share;
    given += share;
  });
  // The shares add up to h; whatever rounding leaves over stays accounted for, as excess.
  return { days: run, excess: run * Math.max(0, h - given) };
}

/** A run of identical days: how many, and the pooled hours they could not place. */
interface Run {
  days: number;
  excess: number;
}

const NO_RUN: Run = { days: 0, excess: 0 };

/** Each open contract's pooled share of an unconstrained day. */
function unconstrainedShares(policy: Policy, open: readonly Slot[], h: number): number[] {
  if (policy === "pro-rata") {
    const weight = open.reduce((sum, slot) => sum + slot.obligation, 0);
    return open.map((slot) => h * (slot.obligation / weight));
  }
  // Priority policies: the first open contract takes the whole day.
  return open.map((_, position) => (position === 0 ? h : 0));
}

/**
 * `pro-rata-remaining` without direct hours: each day shares h in proportion to the rooms, so every
 * room shrinks by the same factor and the proportions never change; after k days each contract has
 * received `room × k·h ÷ S` (S = total room), as long as k·h ≤ S.
 */
function remainingRun(open: readonly Slot[], h: number, left: number): Run {
  if (open.some((slot) => slot.direct > 0)) return NO_RUN;
  if (h === 0) return { days: left, excess: 0 };
  const total = open.reduce((sum, slot) => sum + slot.room, 0);
  let run = Math.min(left, Math.floor(total / h));
  if (run * h > total) run -= 1;
  if (run <= 0) return NO_RUN;
  const fraction = (run * h) / total;
  for (const slot of open) {
    const share = slot.room * fraction;
    slot.credited += share;
    slot.room = fraction >= 1 ? 0 : Math.max(0, slot.room - share);
  }
  return { days: run, excess: 0 };
}

/** One day computed exactly: direct hours first, then the policy; returns the day's excess. */
function exactDay(policy: Policy, open: readonly Slot[], h: number): number {
  for (const slot of open) slot.room = slot.room > slot.direct ? slot.room - slot.direct : 0;
  const withRoom = open.filter((slot) => slot.room > 0);
  if (policy === "pro-rata") return waterFill(withRoom, h);
  if (policy === "pro-rata-remaining") return shareByRoom(withRoom, h);
  let pool = h;
  for (const slot of withRoom) {
    if (pool <= 0) break;
    pool -= take(slot, pool);
  }
  return Math.max(0, pool);
}

/** Credits up to `amount` to a slot; returns what it took. */
function take(slot: Slot, amount: number): number {
  if (amount >= slot.room) {
    const taken = slot.room;
    slot.credited += taken;
    slot.room = 0;
    return taken;
  }
  slot.credited += amount;
  slot.room -= amount;
  return amount;
}

/**
 * Shares `pool` in proportion to obligations; a contract whose share exceeds its room takes its room
 * and the rest is shared again among the others. Returns what nobody could take.
 */
function waterFill(slots: readonly Slot[], pool: number): number {
  const sorted = [...slots].sort((a, b) => a.room / a.obligation - b.room / b.obligation);
  let weight = sorted.reduce((sum, slot) => sum + slot.obligation, 0);
  let left = pool;
  let position = 0;
  for (; position < sorted.length; position += 1) {
    const slot = sorted[position] as Slot;
    if (slot.room > left * (slot.obligation / weight)) break;
    left -= take(slot, slot.room);
    weight -= slot.obligation;
  }
  if (position === sorted.length) return Math.max(0, left);
  let given = 0;
  for (const slot of sorted.slice(position)) given += take(slot, left * (slot.obligation / weight));
  return Math.max(0, left - given);
}

/** Shares `pool` in proportion to the rooms; everyone fills when the pool covers them all. */
function shareByRoom(slots: readonly Slot[], pool: number): number {
  const total = slots.reduce((sum, slot) => sum + slot.room, 0);
  if (pool >= total) {
    for (const slot of slots) take(slot, slot.room);
    return pool - total;
  }
  const fraction = pool / total;
  for (const slot of slots) take(slot, slot.room * fraction);
  return 0;
}
