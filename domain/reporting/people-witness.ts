/**
 * Witnesses made of people (see `witness.ts` for why a hidden count needs one). The strongest
 * alternative table is a real one: the same territory with one person's sex, age band, QPV or
 * outcome told differently, or one person in the place of another. Such a table satisfies every
 * relation anybody can know about the counts — across groupings, buyers and companies, and across
 * overlapping periods, since the changed person counts in January–June and January–December alike
 * — so it needs no model of the attacker at all: only that every figure it changes is hidden
 * (« < 5 », « masqué » or left out) and keeps its mark's bounds (« < 5 »: 1 to 4; « masqué »: 0 or
 * at least the threshold). Hours stay as they are for a change of category; for one person in the
 * place of another, the hours differ, which no count published relates to people. people-proof.ts
 * finds (or makes) the witness of each count from these moves.
 */
import type { Bilan } from "./indicators";
import { exitCategory, sixMonthCategory, UNKNOWN } from "./indicators";
import type { PersonProfile } from "./model";
import { inPeriod } from "./period";
import type { ReportingRules } from "./rules";
import type { BilanSet } from "./report";

/** One bilan a person counts in: the keys of its cells and the person's category in each breakdown. */
interface Presence {
  keys: ReadonlyMap<string, string>;
  codes: Record<Breakdown, string>;
  dynamic: boolean;
  /** The person's employment contracts counted there (`employer\u0000type`) and their type codes. */
  contracts: Map<string, string>;
  reference: number;
}

type Breakdown = "sex" | "ageBand" | "qpv" | "exit" | "after6Months";
const STATIC: readonly Breakdown[] = ["sex", "ageBand", "qpv"];

/** How the figures move in an alternative table (cell key → change). */
export type Move = Map<string, number>;

/** What the people witnesses need: where each person counts, and the differences of nested scopes. */
export interface PeopleUniverse {
  presences: Map<string, Presence[]>;
  /** Difference cells (`whole − part`) by the cells they depend on. */
  differencesOf: Map<string, { key: string; whole: string; part: string }[]>;
  /** Each difference cell's two cells. */
  differences: Map<string, { whole: string; part: string }>;
  dynamicCodes: ReadonlySet<string>;
}

/**
 * An empty people universe for the outcome categories of `rules`.
 *
 * @example
 * peopleUniverse(rules).presences.size // => 0
 */
export function peopleUniverse(rules: ReportingRules): PeopleUniverse {
  const dynamicCodes = new Set(rules.outcomeCategories.filter((category) => category.dynamic).map((category) => category.code as string));
  return { presences: new Map(), differencesOf: new Map(), differences: new Map(), dynamicCodes };
}

/**
 * Records where the people of one bilan count (called once per distinct bilan of the release).
 *
 * @example
 * addPresences(people, set, bilan, keys) // each participant of the bilan gains a presence
 */
export function addPresences(
  universe: PeopleUniverse,
  set: BilanSet,
  bilan: Bilan,
  keys: ReadonlyMap<string, string>,
  onlyContract?: string,
): void {
  const { base, rules } = set.context;
  const types = new Map<string, Map<string, string>>();
  for (const share of bilan.shares) {
    if (share.market === null || !inPeriod(share.month, bilan.period)) continue;
    if (onlyContract !== undefined && share.market !== onlyContract) continue;
    const line = base.lines[share.line];
    if (!line || line.participant === undefined) continue;
    const own = types.get(line.participant) ?? new Map<string, string>();
    own.set(`${line.employer ?? line.company}\u0000${line.contractType ?? ""}`, line.contractType ?? "");
    types.set(line.participant, own);
  }
  for (const [id, contracts] of types) {
    const person: PersonProfile = base.people.get(id) ?? { id, purged: false };
    const exit = exitCategory(rules, person, bilan.reference);
    const presence: Presence = {
      keys,
      codes: {
        sex: person.sex ?? UNKNOWN,
        ageBand: person.ageBand ?? UNKNOWN,
        qpv: person.qpv === undefined ? UNKNOWN : person.qpv ? "oui" : "non",
        exit,
        after6Months: sixMonthCategory(rules, person, bilan.reference),
      },
      dynamic: universe.dynamicCodes.has(exit),
      contracts: new Map([...contracts].map(([triple, type]) => [triple, type === "" ? UNKNOWN : type])),
      reference: bilan.reference,
    };
    const list = universe.presences.get(id);
    if (list) list.push(presence);
    else universe.presences.set(id, [presence]);
  }
}

/** The alternative tables one person gives: each change of category, and the person counted once more (or removed). */
export interface PersonMoves {
  changes: Move[];
  clone: Move;
}

/**
 * Every alternative table of one change, person by person: a category told differently (each
 * breakdown, each other code the bilans know), an outcome told at another date, an employment
 * contract of another type, and the person counted once more or removed. Difference cells are not
 * in the moves: a real alternative keeps every difference of nested scopes at 0 or more by itself
 * (the people of the smaller scope are in the larger one); `differenceChange` gives their change.
 *
 * @example
 * personMoves(people)[0].changes.length // => a few per breakdown
 */
export function personMoves(universe: PeopleUniverse): PersonMoves[] {
  const all: PersonMoves[] = [];
  for (const presences of universe.presences.values()) {
    const first = presences[0];
    if (!first) continue;
    const changes: Move[] = [];
    for (const name of [...STATIC, "exit", "after6Months"] as const) {
      const codes = new Set<string>();
      for (const presence of presences)
        for (const measure of presence.keys.keys()) if (measure.startsWith(`${name}.`)) codes.add(measure.slice(name.length + 1));
      for (const code of codes) {
        const move = changeMove(universe, presences, name, code);
        if (move) changes.push(move);
      }
    }
    changes.push(...exitMoves(universe, presences), ...contractTypeMoves(presences));
    all.push({ changes, clone: personMove(presences) });
  }
  return all;
}

const SIX_MONTHS = 182;

/**
 * A person's exit told at another date: later than every reference day (en parcours everywhere),
 * or just before one reference day where they are en parcours, in each category (then en parcours
 * before it, exited since less than 6 months after it).
 */
function exitMoves(universe: PeopleUniverse, all: readonly Presence[]): Move[] {
  const moves: Move[] = [];
  const presences = all.filter(withBreakdowns);
  const shift = (presence: Presence, move: Move, from: [string, string], to: [string, string], dynamic: number) => {
    const cells = [presence.keys.get(`exit.${from[0]}`), presence.keys.get(`exit.${to[0]}`)];
    const after = [presence.keys.get(`after6Months.${from[1]}`), presence.keys.get(`after6Months.${to[1]}`)];
    if ([...cells, ...after].some((cell) => cell === undefined)) return false;
    add(move, cells[0] as string, -1);
    add(move, cells[1] as string, 1);
    add(move, after[0] as string, -1);
    add(move, after[1] as string, 1);
    add(move, presence.keys.get("dynamic") as string, dynamic);
    return true;
  };
  const later: Move = new Map();
  let possible = true;
  for (const presence of presences)
    if (presence.codes.exit !== "en-parcours")
      possible &&= shift(
        presence,
        later,
        [presence.codes.exit, presence.codes.after6Months],
        ["en-parcours", "en-parcours"],
        presence.dynamic ? -1 : 0,
      );
  if (possible && later.size > 0) moves.push(later);
  const days = new Set(presences.filter((presence) => presence.codes.exit === "en-parcours").map((presence) => presence.reference));
  for (const day of days) {
    const seen = presences.filter((presence) => presence.reference >= day && presence.codes.exit === "en-parcours");
    if (seen.some((presence) => presence.reference >= day + SIX_MONTHS)) continue;
    const codes = new Set<string>();
    for (const presence of seen) for (const measure of presence.keys.keys()) if (measure.startsWith("exit.")) codes.add(measure.slice(5));
    for (const code of codes) {
      if (code === "en-parcours" || code === UNKNOWN) continue;
      const move: Move = new Map();
      const dynamic = universe.dynamicCodes.has(code) ? 1 : 0;
      if (
        seen.every((presence) => shift(presence, move, ["en-parcours", "en-parcours"], [code, "moins-de-6-mois"], dynamic)) &&
        move.size > 0
      )
        moves.push(move);
    }
  }
  return moves;
}

/** One employment contract of a person told with another type, in every bilan it counts in. */
function contractTypeMoves(all: readonly Presence[]): Move[] {
  const moves: Move[] = [];
  const presences = all.filter(withBreakdowns);
  const triples = new Set(presences.flatMap((presence) => [...presence.contracts.keys()]));
  for (const triple of triples) {
    const codes = new Set<string>();
    for (const presence of presences)
      for (const measure of presence.keys.keys()) if (measure.startsWith("employment.")) codes.add(measure.slice(11));
    const employer = triple.split("\u0000")[0];
    for (const code of codes) {
      const move: Move = new Map();
      let possible = true;
      for (const presence of presences) {
        const old = presence.contracts.get(triple);
        if (old === undefined || old === code) continue;
        // The same employer with the new type already counted: the two would merge, a different change.
        if (presence.contracts.has(`${employer}\u0000${code === UNKNOWN ? "" : code}`)) possible = false;
        const [from, to] = [presence.keys.get(`employment.${old}`), presence.keys.get(`employment.${code}`)];
        if (from === undefined || to === undefined) possible = false;
        else {
          add(move, from, -1);
          add(move, to, 1);
        }
      }
      if (possible && move.size > 0) moves.push(move);
    }
  }
  return moves;
}

/** One person's category in `name` told as `code` in every bilan they count in (outcomes: where one is recorded). */
function changeMove(universe: PeopleUniverse, presences: readonly Presence[], name: Breakdown, code: string): Move | null {
  const move: Move = new Map();
  for (const presence of presences.filter(withBreakdowns)) {
    const old = presence.codes[name];
    if (old === code) continue;
    if (!STATIC.includes(name) && ["en-parcours", "moins-de-6-mois"].includes(old)) continue; // not exited yet: nothing to tell differently
    if (!STATIC.includes(name) && ["en-parcours", "moins-de-6-mois"].includes(code)) return null;
    const from = presence.keys.get(`${name}.${old}`);
    const to = presence.keys.get(`${name}.${code}`);
    if (from === undefined || to === undefined) return null;
    add(move, from, -1);
    add(move, to, 1);
    if (name === "exit") {
      const dynamic = presence.keys.get("dynamic") as string;
      add(move, dynamic, (universe.dynamicCodes.has(code) ? 1 : 0) - (presence.dynamic ? 1 : 0));
    }
  }
  return move.size > 0 ? move : null;
}

/**
 * Whether a presence publishes breakdowns: a contract's row in a table of months it has no bilan of
 * (a year of the territory) only shows its number of people, which a change of category or of
 * contract type leaves as it is.
 */
function withBreakdowns(presence: Presence): boolean {
  return presence.keys.has("employment");
}

/** One person counted once more in every bilan they count in (their cells, their employment contracts). */
function personMove(presences: readonly Presence[]): Move {
  const move: Move = new Map();
  for (const presence of presences) {
    const key = (measure: string) => presence.keys.get(measure);
    const cells = [
      key("people"),
      ...(Object.keys(presence.codes) as Breakdown[]).map((name) => key(`${name}.${presence.codes[name]}`)),
      presence.dynamic ? key("dynamic") : undefined,
    ];
    for (const cell of cells) if (cell !== undefined) add(move, cell, 1);
    const employment = key("employment");
    if (employment !== undefined) add(move, employment, presence.contracts.size);
    for (const type of presence.contracts.values()) {
      const cell = key(`employment.${type}`);
      if (cell !== undefined) add(move, cell, 1);
    }
  }
  return move;
}

function add(move: Move, key: string, value: number): void {
  const next = (move.get(key) ?? 0) + value;
  if (next === 0) move.delete(key);
  else move.set(key, next);
}

/**
 * How a move changes a difference cell (`whole − part`).
 *
 * @example
 * differenceChange(new Map([["B|people", 1]]), { whole: "B|people", part: "M1|people" }) // => 1
 */
export function differenceChange(move: ReadonlyMap<string, number>, difference: { whole: string; part: string }): number {
  return (move.get(difference.whole) ?? 0) - (move.get(difference.part) ?? 0);
}
