/**
 * Protection of a release as a whole (the « linked tables » problem of statistical disclosure
 * control). A recipient may hold, for one reference date, the territory's bilan and those of every
 * buyer, contract, company and year, and the releases made before; one count of people is often in
 * several of them (a buyer with one contract shows that contract's figures; a company working only
 * on one contract of a buyer shows part of the buyer's). So masks are decided once, over every
 * table of every grouping and every earlier period, for cells identified by what they count:
 * the months, the contracts and the measure (`2026-01:2026-12|M3,M5|sex.F`).
 *
 * What an attacker can combine is written as equations over those cells — each breakdown adds up to
 * its total; the parts of a grouping add up to the whole (treated as exact even when a person is
 * on two contracts, the safe side); a scope inside another (its contracts, its months) differs from
 * it by the people who are only in the larger one (a « difference » cell, never published, that
 * must not come out small either) — plus bounds (« < 5 » is 1 to 4, « masqué » is 0 or at least 5).
 * Cells are hidden until every small count has a witness: a real alternative territory (one or two
 * people told differently, counted once more or in the place of another) that publishes the same
 * figures and differs there, found or made by hiding the fewest shown cells (people-proof.ts); a
 * null-space witness of the equations (witness.ts) where no alternative of people can be made and
 * the component is small. A count left without witness refuses the release. The tests' attacker
 * solves the same tables with an integer solver (HiGHS): see docs/reporting.md for what it finds.
 */
import { isoFromDay } from "../dates";
import type { Bilan } from "./indicators";
import type { Period } from "./model";
import { releaseLocked, releaseTooLarge, releaseUnproven } from "./errors";
import { determinedCells, narrowedCell, type Group, type Mask, type Relation, type WorkMeter } from "./privacy";
import type { BilanSet } from "./report";
import { addPresences, differenceChange, peopleUniverse, type PeopleUniverse } from "./people-witness";
import { PeopleProof } from "./people-proof";
import { directionsOf, witnessOf, type WitnessRules } from "./witness";

/** How a cell of a published table is hidden: `absent` for the breakdowns of a small group (never published); `withheld` for a count of a release that could not be protected (no bound at all: withheld.ts). */
export type LinkedMask = Mask | "absent" | "withheld";

/** The cells an earlier release showed and hid (canonical keys), which a new release must respect. */
export interface EarlierCells {
  shown: ReadonlySet<string>;
  hidden: ReadonlyMap<string, Exclude<LinkedMask, "absent">>;
}

export interface LinkedProtection {
  threshold: number;
  /** Masks by canonical cell key. */
  masks: ReadonlyMap<string, LinkedMask>;
  /** The canonical key of a bilan's measure (`people`, `sex.F`, `employment.CDI`, …). */
  keyOf(bilan: Bilan, measure: string): string;
  /** Whether a bilan's group is under the threshold (its breakdowns are not shown). */
  isSmallGroup(bilan: Bilan): boolean;
  /** Published cells of the tables protected: hidden ones, and all of them; the steps the protection spent (see `ProtectionOptions`). */
  counts: { hidden: number; cells: number; steps: number };
}

/** How much the protection of one release may compute before it is refused. */
export interface ProtectionOptions {
  /**
   * Elementary steps of elimination and narrowing (one step: one coefficient of a row updated, or
   * one relation narrowed). The default was measured with `npm run bench:reporting`: see docs/reporting.md.
   */
  budget?: number;
  /**
   * How a hidden count is judged safe: `witnesses` (default: an alternative table that publishes
   * the same and differs there is found, see witness.ts) or `elimination` (the method before it:
   * no equation and no bound gives the count; weaker, kept to measure what the witnesses add).
   */
  method?: "witnesses" | "elimination";
  /**
   * Cells left out of the release (a family of measures not published at all, withheld.ts's
   * ladder): each is « withheld » with no bound — not a constraint a witness must respect, and no
   * small count to prove — unless an earlier release showed it or hid it with a bound (that
   * knowledge stays the attacker's). Default: none.
   */
  leftOut?: (key: string) => boolean;
}

export const PROTECTION_BUDGET = 30_000_000;

const REFERENCE_DEPENDENT = /^(exit\.|dynamic$|after6Months\.)/;
const BREAKDOWNS = ["sex", "ageBand", "qpv", "exit", "after6Months"] as const;

/**
 * The canonical key of a bilan's measure: its months, its contracts, the measure, and the reference
 * day for outcomes (they depend on it).
 *
 * @example
 * cellKey(bilanOfM5, "sex.F") // => "2026-01:2026-12|M5|sex.F"
 */
export function cellKey(bilan: Bilan, measure: string): string {
  return `${nodeOf(bilan)}|${measure}${REFERENCE_DEPENDENT.test(measure) ? `@${isoFromDay(bilan.reference)}` : ""}`;
}

function nodeOf(bilan: Bilan): string {
  return `${periodKey(bilan.period)}|${bilan.contracts
    .map((row) => row.id)
    .sort()
    .join(",")}`;
}

function periodKey(period: Period | null): string {
  return period === null ? "*" : `${period.from}:${period.to}`;
}

/**
 * Every count a bilan publishes to a buyer or a company, by measure (`people`, `sex.F`, `dynamic`, `employment`, `employment.CDI`).
 *
 * @example
 * bilanMeasures(bilan).get("sex.F") // => 3
 */
export function bilanMeasures(bilan: Bilan): Map<string, number> {
  const cells = new Map<string, number>([["people", bilan.people.total]]);
  for (const name of BREAKDOWNS) for (const part of bilan.people[name]) cells.set(`${name}.${part.code}`, part.value);
  cells.set("dynamic", bilan.people.dynamicExits);
  cells.set("employment", bilan.employment.total);
  for (const part of bilan.employment.byType) cells.set(`employment.${part.code}`, part.value);
  return cells;
}

interface Universe {
  values: Map<string, number>;
  groups: Group[];
  relations: Relation[];
  absent: Set<string>;
  published: Set<string>;
  nodes: Map<string, { bilan: Bilan; keys: Map<string, string> }>;
  /** Where each person counts, for the witnesses made of people. */
  people: PeopleUniverse;
}

/**
 * Masks for every table of `sets` (all the groupings a release holds, over its period and the earlier
 * releases' periods), respecting what earlier releases already showed or hid.
 *
 * @example
 * const protection = protectLinked([buyers, contracts, companies, years], 5);
 * protection.masks.get("2026-01:2026-12|M5|sex.M") // => "small"
 * @throws DomainError `reporting.release.tooLarge` when the work would exceed the budget of the options (PROTECTION_BUDGET by default),
 * `reporting.release.locked` when a count has no witness because an earlier release showed the cells around it,
 * `reporting.release.unproven` when a count has no witness otherwise (never exported without one)
 */
export function protectLinked(
  sets: readonly BilanSet[],
  threshold: number,
  earlier: EarlierCells = { shown: new Set(), hidden: new Map() },
  options: ProtectionOptions = {},
): LinkedProtection {
  const universe = universeOf(sets, threshold);
  const masks = new Map<string, LinkedMask>();
  for (const key of universe.absent) masks.set(key, "absent");
  for (const [key, mask] of earlier.hidden) if (universe.values.has(key) && !masks.has(key)) masks.set(key, mask);
  const leftOut = leftOutCells(universe, masks, earlier, options.leftOut);
  for (const key of leftOut) masks.set(key, "withheld");
  for (const [key, value] of universe.values) if (value > 0 && value < threshold && !masks.has(key)) masks.set(key, "small");
  const locked = new Set([...earlier.shown].filter((key) => universe.values.has(key) && !masks.has(key)));
  const meter = budgetMeter(options.budget ?? PROTECTION_BUDGET, universe, masks);
  suppressLinked(universe, masks, locked, threshold, meter, options.method ?? "witnesses", leftOut);
  const published = [...universe.published];
  return {
    threshold,
    masks,
    keyOf: cellKey,
    isSmallGroup: (bilan) => bilan.people.total > 0 && bilan.people.total < threshold,
    counts: { hidden: published.filter((key) => masks.has(key)).length, cells: published.length, steps: meter.spent() },
  };
}

/**
 * The cells of `universe` a release leaves out: those `leftOut` names (never a difference of nested
 * scopes), unless an earlier release showed the cell or hid it with a bound (« < 5 », « masqué »).
 */
function leftOutCells(
  universe: Universe,
  masks: ReadonlyMap<string, LinkedMask>,
  earlier: EarlierCells,
  leftOut: ((key: string) => boolean) | undefined,
): Set<string> {
  const cells = new Set<string>();
  if (!leftOut) return cells;
  for (const key of universe.values.keys()) {
    if (key.includes(" − ") || !leftOut(key) || earlier.shown.has(key)) continue;
    const mask = masks.get(key);
    if (mask === undefined || mask === "absent" || mask === "withheld") cells.add(key);
  }
  return cells;
}

/** Refuses the release as soon as the steps spent exceed the budget (checked inside each elimination). */
function budgetMeter(budget: number, universe: Universe, masks: ReadonlyMap<string, LinkedMask>): WorkMeter & { spent(): number } {
  let spent = 0;
  return {
    spent: () => spent,
    spend(steps) {
      spent += steps;
      if (spent > budget) throw releaseTooLarge(universe.nodes.size, [...masks.values()].filter((mask) => mask !== "absent").length);
    },
  };
}

function universeOf(sets: readonly BilanSet[], threshold: number): Universe {
  const people = peopleUniverse((sets[0] as BilanSet).context.rules);
  const universe: Universe = {
    values: new Map(),
    groups: [],
    relations: [],
    absent: new Set(),
    published: new Set(),
    nodes: new Map(),
    people,
  };
  for (const set of sets) {
    const nodes = [set.total, ...set.bilans].map((bilan) => addBilan(universe, set, bilan, threshold));
    const [whole, ...parts] = nodes;
    if (whole && parts.length > 0) addCover(universe, whole, parts, set.grouping === "year");
  }
  addContractRows(universe, sets[0] as BilanSet);
  addContractCovers(universe);
  addContainments(universe);
  return universe;
}

function addBilan(universe: Universe, set: BilanSet, bilan: Bilan, threshold: number): string {
  const node = nodeOf(bilan);
  const keys = new Map<string, string>();
  const small = bilan.people.total > 0 && bilan.people.total < threshold;
  for (const [measure, value] of bilanMeasures(bilan)) {
    const key = cellKey(bilan, measure);
    keys.set(measure, key);
    universe.values.set(key, value);
    const breakdown = measure !== "people" && measure !== "employment";
    if (small && breakdown) universe.absent.add(key);
    else universe.published.add(key);
  }
  if (!universe.nodes.has(node)) {
    universe.nodes.set(node, { bilan, keys });
    addPresences(universe.people, set, bilan, keys);
    const key = (measure: string) => keys.get(measure) as string;
    for (const name of BREAKDOWNS) {
      const parts = bilan.people[name].map((part) => key(`${name}.${part.code}`));
      universe.groups.push({ total: key("people"), parts });
    }
    const dynamic = bilan.people.exit.filter((part) => ["durable", "transition", "positive"].includes(part.code));
    universe.groups.push({ total: key("dynamic"), parts: dynamic.map((part) => key(`exit.${part.code}`)) });
    universe.groups.push({ total: key("employment"), parts: bilan.employment.byType.map((part) => key(`employment.${part.code}`)) });
    for (const group of universe.groups.slice(-BREAKDOWNS.length - 2)) universe.relations.push({ ...group, sense: "=" });
  }
  // A contract's participants in its buyer's table are the contract bilan's total.
  for (const row of bilan.contracts) {
    const key = `${periodKey(bilan.period)}|${row.id}|people`;
    if (!universe.values.has(key)) universe.values.set(key, row.participants);
    universe.published.add(key);
  }
  return node;
}

/** A grouping's parts against its whole (years: the static measures only, outcomes are judged on other days). */
function addCover(universe: Universe, whole: string, parts: readonly string[], staticOnly: boolean): void {
  const wholeKeys = universe.nodes.get(whole)?.keys;
  const partKeys = parts.map((part) => universe.nodes.get(part)?.keys);
  if (!wholeKeys || partKeys.some((keys) => keys === undefined)) return;
  const additive = (base: string) =>
    universe.values.get(wholeKeys.get(base) as string) ===
    partKeys.reduce((sum, keys) => sum + (universe.values.get(keys?.get(base) ?? "") ?? 0), 0);
  for (const [measure, total] of wholeKeys) {
    if (staticOnly && REFERENCE_DEPENDENT.test(measure)) continue;
    const members = partKeys.map((keys) => keys?.get(measure));
    if (!members.every((member): member is string => member !== undefined)) continue;
    universe.groups.push({ total, parts: members });
    // Nobody shared: the parts add up exactly; else they hold at least the whole's people.
    universe.relations.push({
      total,
      parts: members,
      sense: additive(measure.startsWith("employment") ? "employment" : "people") ? "=" : "<=",
    });
  }
}

/**
 * A contract's participants shown in a table of months it has no bilan of (a year of the
 * territory, say) are a scope of their own too: inside its contract's other scopes, and holding
 * its people (what an attacker subtracts them from).
 */
function addContractRows(universe: Universe, set: BilanSet): void {
  for (const { bilan } of [...universe.nodes.values()])
    for (const row of bilan.contracts) {
      const node = `${periodKey(bilan.period)}|${row.id}`;
      if (universe.nodes.has(node)) continue;
      const keys = new Map([["people", `${node}|people`]]);
      universe.nodes.set(node, { bilan: { ...bilan, contracts: [row] }, keys });
      addPresences(universe.people, set, bilan, keys, row.id);
    }
}

/** Each scope of several contracts against its contracts' own bilans of the same months. */
function addContractCovers(universe: Universe): void {
  for (const [node, { bilan }] of universe.nodes) {
    if (bilan.contracts.length < 2) continue;
    const parts = bilan.contracts.map((row) => `${periodKey(bilan.period)}|${row.id}`);
    if (parts.every((part) => universe.nodes.has(part))) addCover(universe, node, parts, false);
  }
}

/**
 * A scope inside another (contracts and months) holds at most as many of each; when the difference
 * is small, it is a cell of its own that must not be computable. Only scopes sharing a contract can
 * be nested (a scope's contracts all belong to the larger one), so each scope is compared with the
 * scopes holding its first contract, not with every scope (quadratic, and the scopes are thousands
 * on a real territory).
 */
function addContainments(universe: Universe): void {
  const nodes = [...universe.nodes.values()];
  const byContract = new Map<string, (typeof nodes)[number][]>();
  for (const node of nodes)
    for (const row of node.bilan.contracts) {
      const list = byContract.get(row.id);
      if (list) list.push(node);
      else byContract.set(row.id, [node]);
    }
  const contractsOf = new Map(nodes.map((node) => [node, new Set(node.bilan.contracts.map((row) => row.id))]));
  for (const small of nodes) {
    const first = small.bilan.contracts[0];
    for (const big of first === undefined ? nodes : (byContract.get(first.id) ?? [])) {
      if (small === big || !inside(small.bilan, big.bilan, contractsOf.get(big) as ReadonlySet<string>)) continue;
      for (const [measure, part] of small.keys) {
        const whole = big.keys.get(measure);
        if (!whole || whole === part) continue;
        if (REFERENCE_DEPENDENT.test(measure) && small.bilan.reference !== big.bilan.reference) continue;
        // Always a cell of its own, even when nobody is in the larger scope only: the witnesses then
        // move both scopes together (July–December as an implicit cell of January–December).
        const difference = (universe.values.get(whole) ?? 0) - (universe.values.get(part) ?? 0);
        const key = `${whole} − ${part}`;
        universe.values.set(key, difference);
        universe.people.differences.set(key, { whole, part });
        for (const cell of [whole, part]) {
          const list = universe.people.differencesOf.get(cell) ?? [];
          list.push({ key, whole, part });
          universe.people.differencesOf.set(cell, list);
        }
        universe.groups.push({ total: whole, parts: [part, key] });
        universe.relations.push({ total: whole, parts: [part, key], sense: "=" });
      }
    }
  }
}

function inside(small: Bilan, big: Bilan, contracts: ReadonlySet<string>): boolean {
  const [from, to] = [small.period?.from ?? "", small.period?.to ?? "\uffff"];
  if (big.period !== null && (from < big.period.from || to > big.period.to)) return false;
  return small.contracts.every((row) => contracts.has(row.id));
}

/**
 * Secondary suppression over the linked tables. With witnesses (the protection in force,
 * `suppressByWitnesses`); with elimination and bound narrowing only (the method before them, kept to
 * measure what the witnesses add, `suppressByElimination`).
 */
function suppressLinked(
  universe: Universe,
  masks: Map<string, LinkedMask>,
  locked: ReadonlySet<string>,
  threshold: number,
  meter: WorkMeter,
  method: "witnesses" | "elimination",
  leftOut: ReadonlySet<string>,
): void {
  for (const key of universe.values.keys()) if (key.includes(" − ")) masks.set(key, "absent");
  const choosable = (key: string) => !masks.has(key) && !locked.has(key) && universe.published.has(key);
  const stuck =
    method === "witnesses"
      ? suppressByWitnesses(universe, masks, choosable, threshold, meter, leftOut)
      : suppressByElimination(universe, masks, choosable, threshold, meter);
  // A count still without a witness is never exported: the release is refused, whether an earlier
  // release showed the cells around it (locked) or the search found no alternative at all.
  if (stuck.size > 0 && locked.size > 0) throw releaseLocked(universe.nodes.size, stuck.size);
  if (stuck.size > 0 && method === "witnesses") throw releaseUnproven(universe.nodes.size, stuck.size);
}

/**
 * Every small count (published, left out, or a difference of nested scopes) gets a witness: a real
 * alternative territory that publishes the same figures and differs there (people-proof.ts), made by
 * hiding the fewest shown cells when none exists yet. A witness stays one when more cells are
 * hidden (hiding only relaxes what an alternative must match), so a count proven is never looked at
 * again, and one witness proves every count it moves. Where no alternative of people can be made
 * (a mark's bounds, or cells shown by an earlier release, stop them), the null-space witness of a
 * small component (witness.ts) is tried, then one more cell is hidden next to each such count, and
 * the rest tried again; what still has no witness when nothing more can be hidden is returned (the
 * release is then refused).
 */
function suppressByWitnesses(
  universe: Universe,
  masks: Map<string, LinkedMask>,
  choosable: (key: string) => boolean,
  threshold: number,
  meter: WorkMeter,
  leftOut: ReadonlySet<string>,
): Set<string> {
  const { values, groups } = universe;
  const small = smallIn(values, threshold);
  // A cell left out is published nowhere and bounds nothing: no count of it to prove.
  const targets = (key: string) => small(key) && !leftOut.has(key);
  const proof = new PeopleProof(universe.people);
  const state = { values, masks, threshold, choosable };
  const proven = new Set<string>();
  const prove = (move: ReadonlyMap<string, number>) => {
    for (const cell of move.keys()) {
      if (targets(cell)) proven.add(cell);
      for (const difference of universe.people.differencesOf.get(cell) ?? [])
        if (targets(difference.key) && differenceChange(move, difference) !== 0) proven.add(difference.key);
    }
  };
  const nullSpace = nullSpaceWitnesses(groups, witnessRules(universe, threshold), targets, meter);
  const groupsOf = groupIndex(groups);
  let open = [...values.keys()].filter(targets);
  for (let round = 0; open.length > 0 && round <= WIDENINGS; round += 1) {
    const unproven: string[] = [];
    for (const key of open) {
      if (proven.has(key)) continue;
      const made = proof.witness(key, state, meter);
      if (made !== null) {
        for (const cell of made.hide) masks.set(cell, "complementary");
        prove(made.move);
        continue;
      }
      const found = nullSpace(key, masks);
      if (found !== null) prove(found);
      else unproven.push(key);
    }
    // No alternative of people can be made: widen the hidden cells around each such count, and try again.
    let widened = false;
    for (const key of unproven) {
      if (proven.has(key) || round === WIDENINGS) continue;
      const extra = nextToHide(values, groupsOf, masks, key, choosable, meter);
      if (extra === null) continue;
      masks.set(extra, "complementary");
      widened = true;
    }
    open = unproven.filter((key) => !proven.has(key));
    if (!widened) break;
  }
  return new Set(open);
}

/**
 * Rounds of one more hidden cell around each count without a witness. Measured: the counts a round
 * proves are proven by the first two or three (a witness of people is blocked by a mark's bounds,
 * which more hidden cells do not move); beyond, rounds only cost.
 */
const WIDENINGS = 6;

/** Largest component (hidden cells joined by sums) the null-space witness is searched in: beyond, its elimination costs more than it finds. */
const NULL_SPACE_CELLS = 400;

/** A null-space witness (witness.ts) for a count whose component of hidden cells is small, or null. */
function nullSpaceWitnesses(
  groups: readonly Group[],
  rules: WitnessRules,
  targets: (key: string) => boolean,
  meter: WorkMeter,
): (key: string, masks: ReadonlyMap<string, LinkedMask>) => ReadonlyMap<string, number> | null {
  const groupsOf = groupIndex(groups);
  return (key, masks) => {
    const { cells, rows } = componentOf(key, masks, groupsOf, new Set(), NULL_SPACE_CELLS);
    meter.spend(cells.length);
    if (cells.length > NULL_SPACE_CELLS) return null;
    const found = witnessOf(key, directionsOf(cells, rows, masks, meter), rules, meter);
    return found !== null && targets(key) ? found : null;
  };
}

/**
 * The method before the witnesses: until no small count can be computed by elimination over the
 * sums or by narrowing the bounds, hide the cheapest visible cell next to the one exposed. Returns
 * the counts nothing more could protect (left as they are: this method is only measured).
 */
function suppressByElimination(
  universe: Universe,
  masks: Map<string, LinkedMask>,
  choosable: (key: string) => boolean,
  threshold: number,
  meter: WorkMeter,
): Set<string> {
  const { values, groups } = universe;
  const groupsOf = groupIndex(groups);
  const targets = smallIn(values, threshold);
  const stuck = new Set<string>();
  const open = (key: string) => targets(key) && !stuck.has(key);
  const elimination = byComponent(groups, (cells, rows, masks) => determinedCells(rows, local(cells, masks), targets, meter));
  for (let round = 0; ; round += 1) {
    if (round === MAX_ROUNDS) meter.spend(Number.POSITIVE_INFINITY);
    completeGroups(values, groups, masks, choosable, targets);
    const exposed = elimination(masks, open) ?? narrowedCell(values, universe.relations, masks, threshold, open, meter);
    if (exposed === null) return stuck;
    const extra = nextToHide(values, groupsOf, masks, exposed, choosable, meter);
    if (extra !== null) masks.set(extra, "complementary");
    else stuck.add(exposed);
  }
}

function local(cells: readonly string[], masks: ReadonlyMap<string, LinkedMask>): Map<string, string> {
  return new Map(cells.map((key) => [key, masks.get(key) as string]));
}

function groupIndex(groups: readonly Group[]): Map<string, Group[]> {
  const groupsOf = new Map<string, Group[]>();
  for (const group of groups)
    for (const key of new Set(members(group))) {
      const list = groupsOf.get(key);
      if (list) list.push(group);
      else groupsOf.set(key, [group]);
    }
  return groupsOf;
}

/** The bounds and relations a witness must respect (the attacker's: shown figures, marks, every relation). */
function witnessRules(universe: Universe, threshold: number): WitnessRules {
  const relationsOf = new Map<string, Relation[]>();
  for (const relation of universe.relations)
    for (const key of new Set([relation.total, ...relation.parts])) {
      const list = relationsOf.get(key);
      if (list) list.push(relation);
      else relationsOf.set(key, [relation]);
    }
  let big = threshold * 4;
  for (const key of universe.published) big = Math.max(big, universe.values.get(key) ?? 0);
  return { values: universe.values, relationsOf, threshold, big };
}

const MAX_ROUNDS = 10_000;

/**
 * The first protected cell (in the masks' order) the equations determine, solved part by part:
 * hidden cells only meet through the equations they share, so the system splits into independent
 * components (cells joined by a group), each eliminated alone — the same answer as eliminating
 * everything at once, since a unit vector lies in the row space of a block-diagonal system iff it
 * lies in its own block's. A component whose hidden cells did not change since the last round is
 * not solved again.
 */
function byComponent(
  groups: readonly Group[],
  solve: (cells: readonly string[], rows: readonly Group[], masks: ReadonlyMap<string, LinkedMask>) => Iterable<string>,
): (masks: ReadonlyMap<string, LinkedMask>, open: (key: string) => boolean) => string | null {
  const groupsOf = groupIndex(groups);
  // Only the components of the last round are kept: the others can no longer come back (masks only grow).
  let solved = new Map<string, ReadonlySet<string>>();
  return (masks, open) => {
    const determined = new Set<string>();
    const seen = new Set<string>();
    const order = new Map([...masks.keys()].map((key, index) => [key, index]));
    const current = new Map<string, ReadonlySet<string>>();
    for (const start of masks.keys()) {
      if (seen.has(start)) continue;
      const { cells, rows } = componentOf(start, masks, groupsOf, seen);
      cells.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
      const signature = cells.join("\u0000");
      let found = solved.get(signature);
      if (!found) found = new Set(solve(cells, rows, masks));
      current.set(signature, found);
      for (const key of found) determined.add(key);
    }
    solved = current;
    for (const key of masks.keys()) if (determined.has(key) && open(key)) return key;
    return null;
  };
}

/** The hidden cells joined to `start` by groups, and the groups that hold them. */
function componentOf(
  start: string,
  masks: ReadonlyMap<string, LinkedMask>,
  groupsOf: ReadonlyMap<string, readonly Group[]>,
  seen: Set<string>,
  limit = Number.POSITIVE_INFINITY,
): { cells: string[]; rows: Group[] } {
  const cells: string[] = [];
  const rows = new Set<Group>();
  const queue = [start];
  seen.add(start);
  while (queue.length > 0 && cells.length <= limit) {
    const key = queue.pop() as string;
    cells.push(key);
    for (const group of groupsOf.get(key) ?? []) {
      if (rows.has(group)) continue;
      rows.add(group);
      for (const other of members(group))
        if (masks.has(other) && !seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
    }
  }
  return { cells, rows: [...rows] };
}

/** Until stable: a group with exactly one hidden small cell gets a complementary one. */
function completeGroups(
  values: ReadonlyMap<string, number>,
  groups: readonly Group[],
  masks: Map<string, LinkedMask>,
  choosable: (key: string) => boolean,
  targets: (key: string) => boolean,
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const hidden = members(group).filter((key) => masks.has(key));
      if (hidden.length !== 1 || !targets(hidden[0] as string)) continue;
      const extra = cheapest(values, group, choosable);
      if (extra === null) continue;
      masks.set(extra, "complementary");
      changed = true;
    }
  }
}

function members(group: Group): string[] {
  return [group.total, ...group.parts];
}

/**
 * The cell to hide next to an exposed count: in one of its groups, else in a group sharing a hidden
 * cell with those (found through the index of groups by cell, not by going over every group).
 */
function nextToHide(
  values: ReadonlyMap<string, number>,
  groupsOf: ReadonlyMap<string, readonly Group[]>,
  masks: ReadonlyMap<string, LinkedMask>,
  exposed: string,
  choosable: (key: string) => boolean,
  meter: WorkMeter,
): string | null {
  const near = groupsOf.get(exposed) ?? [];
  for (const group of near) {
    const extra = cheapest(values, group, choosable);
    if (extra !== null) return extra;
  }
  // Else one step further, then further still, along the hidden cells (the groups of the hidden cells reached).
  const seen = new Set<Group>(near);
  let frontier = [...near];
  const reached = new Set<string>([exposed]);
  while (frontier.length > 0) {
    const next: Group[] = [];
    for (const group of frontier)
      for (const key of members(group)) {
        if (!masks.has(key) || reached.has(key)) continue;
        reached.add(key);
        for (const other of groupsOf.get(key) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          meter.spend(other.parts.length + 1);
          const extra = cheapest(values, other, choosable);
          if (extra !== null) return extra;
          next.push(other);
        }
      }
    frontier = next;
  }
  return null;
}

/** The visible cell of a group to hide next: a non-zero part first (smallest), then the total, then a zero. */
function cheapest(values: ReadonlyMap<string, number>, group: Group, choosable: (key: string) => boolean): string | null {
  const value = (key: string) => values.get(key) ?? 0;
  const parts = group.parts.filter(choosable);
  const nonZero = parts.filter((key) => value(key) > 0).sort((a, b) => value(a) - value(b));
  if (nonZero[0] !== undefined) return nonZero[0];
  if (choosable(group.total)) return group.total;
  return parts[0] ?? null;
}

/** Whether a cell (published, left out or a difference) holds a small count: 1 to the threshold − 1. */
function smallIn(values: ReadonlyMap<string, number>, threshold: number): (key: string) => boolean {
  return (key) => {
    const value = values.get(key) ?? 0;
    return value > 0 && value < threshold;
  };
}
