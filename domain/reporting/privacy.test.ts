/**
 * Exports never give a small count back. The territory below is built so that subtraction works
 * on a naive export (small counts hidden, everything else shown): buyer A's one woman is her
 * buyer's total minus its men, and the territory's three women its total minus its men. An
 * attacker who knows every published figure and every true relation between them — each breakdown
 * adds up to its total; contracts, and buyers, add up to at least their total (a person may be on
 * two) — searches every integer solution: on the naive export it recovers small counts, on the
 * real one it recovers none.
 */
import { dayFromIso } from "../dates";
import {
  baseFromJson,
  buildBilans,
  employmentTypes,
  GROUPINGS,
  peopleBreakdown,
  reportView,
  suppress,
  type BilanView,
  type ReportView,
} from ".";
import { leaks } from "../../test/support/disclosure-attacker";
import { reportingTestPack } from "./test-territory";

const pack = reportingTestPack();
const today = dayFromIso("2026-11-26");

interface Person {
  id: string;
  sex: "F" | "M";
  born: string;
  qpv: boolean;
  contracts: string[];
  type: string;
  exit?: string;
}

const born = { young: "2003-03-01", mid: "1985-03-01", senior: "1970-03-01" };
const people: Person[] = [
  { id: "A-W", sex: "F", born: born.senior, qpv: true, contracts: ["A1"], type: "CDI", exit: "CDI" },
  ...[1, 2, 3, 4, 5].map((n) => ({ id: `A-M${n}`, sex: "M" as const, born: born.young, qpv: true, contracts: ["A1"], type: "CDD" })),
  { id: "AB", sex: "M", born: born.young, qpv: true, contracts: ["A1", "B1"], type: "CDD" },
  ...[1, 2, 3, 4, 5].map((n) => ({ id: `B-M${n}`, sex: "M" as const, born: born.mid, qpv: false, contracts: ["B1"], type: "interim" })),
  { id: "C-W1", sex: "F", born: born.mid, qpv: false, contracts: ["C1"], type: "CDD" },
  { id: "C-W2", sex: "F", born: born.mid, qpv: true, contracts: ["C1"], type: "CDD" },
  { id: "C-M0", sex: "M", born: born.mid, qpv: false, contracts: ["C1"], type: "CDD" },
  ...[1, 2, 3, 4, 5, 6].map((n) => ({
    id: `C-M${n}`,
    sex: "M" as const,
    born: born.mid,
    qpv: false,
    contracts: ["C2"],
    type: "apprentissage",
  })),
];

function attackTerritory() {
  const market = (id: string, buyer: string, company: string) => ({
    id,
    company,
    buyer,
    start: "2026-01-01",
    end: "2026-12-31",
    obligation: 1000,
    pooled: false,
  });
  const companyOf: Record<string, string> = { A1: "X", B1: "Y", C1: "Z", C2: "Z" };
  return {
    markets: [market("A1", "A", "X"), market("B1", "B", "Y"), market("C1", "C", "Z"), market("C2", "C", "Z")],
    // Every hour counts (eligibility is not what this test is about).
    windows: [],
    lines: people.flatMap((person) =>
      person.contracts.map((contract) => ({
        company: companyOf[contract] as string,
        market: contract,
        participant: person.id,
        start: "2026-03-01",
        end: "2026-03-31",
        hours: 35,
        mode: "embauche-directe",
        contractType: person.type,
      })),
    ),
    people: people.map((person) => ({
      id: person.id,
      sex: person.sex,
      birthDate: person.born,
      qpv: person.qpv,
      firstClauseEntry: "2026-03-01",
      ...(person.exit ? { exit: { date: "2026-06-30", situation: person.exit } } : {}),
    })),
  };
}

type Published = Map<string, number | string>;
/** total = Σ parts, or total ≤ Σ parts (`atLeast`: people may be counted in several parts). */
interface Equation {
  total: string;
  parts: string[];
  atLeast?: boolean;
}

/** Every count a view publishes, by key, and the sums an attacker would assume from its structure. */
function published(view: ReportView): { cells: Published; equations: Equation[] } {
  const cells: Published = new Map();
  const equations: Equation[] = [];
  const bilans: [string, BilanView][] = [
    ["T", view.total],
    ...view.bilans.map((bilan, index) => [String(index), bilan] as [string, BilanView]),
  ];
  for (const [prefix, bilan] of bilans) {
    const key = (name: string) => `${prefix}:${name}`;
    cells.set(key("people"), bilan.participants.total);
    cells.set(key("employment"), bilan.employmentContracts.total);
    // A group under the threshold publishes no breakdown (this attacker only reads what is published).
    const people = peopleBreakdown(bilan);
    const types = employmentTypes(bilan);
    if (people) {
      for (const name of ["sex", "ageBand", "qpv", "exit", "after6Months"] as const) {
        for (const part of people[name]) cells.set(key(`${name}.${part.code}`), part.count);
        equations.push({ total: key("people"), parts: people[name].map((part) => key(`${name}.${part.code}`)) });
      }
      cells.set(key("dynamic"), people.dynamicExits);
      equations.push({ total: key("dynamic"), parts: ["durable", "transition", "positive"].map((code) => key(`exit.${code}`)) });
    }
    if (types) {
      for (const part of types) cells.set(key(`employment.${part.code}`), part.count);
      equations.push({ total: key("employment"), parts: types.map((part) => key(`employment.${part.code}`)) });
    }
    for (const row of bilan.contracts) cells.set(key(`contract.${row.id}`), row.participants);
    equations.push({ total: key("people"), parts: bilan.contracts.map((row) => key(`contract.${row.id}`)), atLeast: true });
  }
  // Each of the territory's counts is at most the sum of the buyers' and at least each of them.
  for (const name of [...cells.keys()].filter((name) => name.startsWith("T:"))) {
    const parts = view.bilans.map((_, index) => `${index}:${name.slice(2)}`).filter((part) => cells.has(part));
    // A breakdown left out (small group) is unknown, not zero: the sum is only known when every part is published.
    const complete = name.startsWith("T:contract.") || parts.length === view.bilans.length;
    if (parts.length > 0 && complete) equations.push({ total: name, parts, atLeast: true });
    for (const part of parts) equations.push({ total: part, parts: [name], atLeast: true });
  }
  return { cells, equations };
}

/** The values a hidden count can take given everything published (exhaustive search with bound propagation). */
function feasibleValues(cells: Published, equations: readonly Equation[], target: string, threshold: number): number[] {
  const bound = Math.max(...[...cells.values()].filter((value): value is number => typeof value === "number"), threshold);
  const initial = new Map<string, [number, number]>();
  for (const [key, value] of cells) {
    if (typeof value === "number") initial.set(key, [value, value]);
    else initial.set(key, value.startsWith("<") ? [1, threshold - 1] : [0, bound]);
  }
  const found: number[] = [];
  for (let value = 1; value < threshold; value += 1) {
    const bounds = new Map(initial);
    bounds.set(target, [value, value]);
    if (solvable(bounds, equations)) found.push(value);
  }
  return found;
}

function solvable(bounds: Map<string, [number, number]>, equations: readonly Equation[]): boolean {
  if (!propagate(bounds, equations)) return false;
  let choice: string | null = null;
  for (const [key, [low, high]] of bounds) if (low < high && (choice === null || high - low < spread(bounds, choice))) choice = key;
  if (choice === null) return true;
  const [low, high] = bounds.get(choice) as [number, number];
  for (let value = low; value <= high; value += 1) {
    const next = new Map(bounds);
    next.set(choice, [value, value]);
    if (solvable(next, equations)) return true;
  }
  return false;
}

const spread = (bounds: Map<string, [number, number]>, key: string) => {
  const [low, high] = bounds.get(key) as [number, number];
  return high - low;
};

/**
 * total − Σ parts = 0 (or ≤ 0) narrows every member's bounds; false when some member has none left.
 * With d = total − Σ parts: equality asks dMin ≤ 0 ≤ dMax, « at least » asks dMin ≤ 0.
 */
function propagate(bounds: Map<string, [number, number]>, equations: readonly Equation[]): boolean {
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts, atLeast } of equations) {
      const members: [string, number][] = [[total, 1], ...parts.map((part) => [part, -1] as [string, number])];
      for (const [key, sign] of members) {
        // Range of the rest r = d − sign·x.
        let low = 0;
        let high = 0;
        for (const [other, otherSign] of members) {
          if (other === key) continue;
          const [l, h] = bounds.get(other) as [number, number];
          low += otherSign > 0 ? l : -h;
          high += otherSign > 0 ? h : -l;
        }
        // sign·x + r ≤ 0 always; sign·x + r ≥ 0 too for an equality.
        let [newLow, newHigh] = bounds.get(key) as [number, number];
        if (sign > 0) {
          newHigh = Math.min(newHigh, -low);
          if (!atLeast) newLow = Math.max(newLow, -high);
        } else {
          newLow = Math.max(newLow, low);
          if (!atLeast) newHigh = Math.min(newHigh, high);
        }
        const [ownLow, ownHigh] = bounds.get(key) as [number, number];
        if (newLow > newHigh) return false;
        if (newLow !== ownLow || newHigh !== ownHigh) {
          bounds.set(key, [newLow, newHigh]);
          changed = true;
        }
      }
    }
  }
  return true;
}

function recovered(cells: Published, equations: readonly Equation[], threshold: number): string[] {
  return [...cells]
    .filter(([, value]) => typeof value === "string" && value.startsWith("<"))
    .filter(([key]) => feasibleValues(cells, equations, key, threshold).length < 2)
    .map(([key]) => key);
}

describe("a territory built for subtraction attacks", () => {
  const base = baseFromJson(attackTerritory(), pack, today);
  const set = buildBilans(base, pack, "buyer", null);

  it("really is attackable when only the small counts are hidden", () => {
    const { cells, equations } = published(reportView(set, "facilitator"));
    const naive: Published = new Map(
      [...cells].map(([key, value]) => [key, typeof value === "number" && value > 0 && value < 5 ? "< 5" : value]),
    );
    // A's one woman: 7 people − 6 men; the territory's three women: 21 − 18 men.
    expect(recovered(naive, equations, 5)).toEqual(expect.arrayContaining(["0:sex.F", "T:sex.F"]));
  });

  // Before the witnesses, the linked protection checked by elimination and bound narrowing only,
  // weaker than the integer solver, which pinned one difference (territory − A1 residents of a QPV = 1).
  it("gives no small count back from every grouping a buyer can hold (the integer attacker of test/support)", async () => {
    const held = GROUPINGS.map((grouping) => {
      const each = buildBilans(base, pack, grouping, null);
      return { view: reportView(each, "buyer"), truth: reportView(each, "facilitator") };
    });
    expect(await leaks(held, 5)).toEqual([]);
    const view = reportView(set, "buyer");
    expect(JSON.stringify(view)).not.toMatch(/"count":[1-4][,}]/);
    expect(peopleBreakdown(view.bilans[0] as BilanView)?.sex.map((part) => typeof part.count)).toEqual(["string", "string"]);
  }, 300_000);

  it("carries no person, criterion, hour line or digest to a buyer or a company", () => {
    for (const audience of ["buyer", "company"] as const) {
      const text = JSON.stringify(reportView(set, audience));
      for (const person of people) expect(text).not.toContain(person.id);
      expect(text).not.toMatch(/criterion|JEUNE|DELD|MINIMA|birth|naissance|trace|lines|inputDigest|sha256/);
      expect(reportView(set, audience).personalData).toBe(false);
    }
    const internal = reportView(set, "facilitator");
    expect(internal.personalData).toBe(true);
    expect(internal.notice).toMatch(/^Contient des données personnelles/);
  });
});

describe("suppress", () => {
  it("hides a small count and the smallest cell that would give it back", () => {
    const values = new Map([
      ["t", 12],
      ["f", 3],
      ["m", 9],
      ["u", 0],
    ]);
    expect(suppress(values, [{ total: "t", parts: ["f", "m", "u"] }], 5)).toEqual(
      new Map([
        ["f", "small"],
        ["m", "complementary"],
      ]),
    );
  });

  it("follows shared cells from group to group until no group has a single hidden cell", () => {
    // t = a + b (by sex) and t = c + d (by age); a is small. Hiding b leaves c and d alone: nothing else to hide.
    // Then a second bilan's count of b-people is a part of the territory's: it must be hidden too.
    const values = new Map([
      ["t", 10],
      ["a", 2],
      ["b", 8],
      ["c", 5],
      ["d", 5],
      ["T", 20],
      ["b2", 9],
      ["B", 17],
    ]);
    const masks = suppress(
      values,
      [
        { total: "t", parts: ["a", "b"] },
        { total: "t", parts: ["c", "d"] },
        { total: "B", parts: ["b", "b2"] },
      ],
      5,
    );
    expect(masks).toEqual(
      new Map([
        ["a", "small"],
        ["b", "complementary"],
        ["b2", "complementary"],
      ]),
    );
  });

  it("hides nothing when nothing is small, and zeros are not small", () => {
    expect(
      suppress(
        new Map([
          ["t", 7],
          ["a", 7],
          ["b", 0],
        ]),
        [{ total: "t", parts: ["a", "b"] }],
        5,
      ).size,
    ).toBe(0);
  });
});
