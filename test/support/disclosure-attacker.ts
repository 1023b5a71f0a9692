/**
 * For tests: an exact attacker of the bilans' exports. It holds every view a recipient can receive
 * (every grouping, several periods, buyer and company views), turns each published count into an
 * integer unknown and every true relation between counts into a linear constraint, and asks an
 * integer solver (HiGHS, compiled to WebAssembly) for the smallest and largest value of each hidden
 * count and of each difference between two nested scopes (« people of the buyer who are not on this
 * contract », « people of January–December who were not there in January–June »). A small count
 * (1 to threshold − 1) pinned to a single value is a leak.
 *
 * What the attacker knows:
 * - every breakdown of a bilan adds up to its total; « sorties dynamiques » are the three dynamic exits;
 * - a scope whose contracts (and months) are inside another's has at most as many people of each
 *   category (outcomes only when both are judged on the same reference day);
 * - the parts of a grouping hold at least the people of the whole, and exactly as many when nobody is
 *   shared between them (the attacker is told whether anyone is — a strong attacker);
 * - « < 5 » is 1 to 4; « masqué » is 0 or at least 5 (small counts are never « masqué »); a breakdown
 *   left out (`breakdown: null`) is some split of its total;
 * - in a withheld release (`view.withheld`: it could not be protected, withheld.ts) a « masqué » says
 *   nothing: any non-negative integer; in one protected with only some families left out
 *   (`view.withheld.families`, `outcomes`: exits, dynamic exits, situation after 6 months) only those
 *   families' « masqué » say nothing, the other marks keep their bounds.
 */
import highsLoader from "highs";
import type { BilanView, CountPart, ReportView } from "../../domain/reporting";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Promise<Highs> | undefined;
const solver = () => (highs ??= highsLoader());

/** One release as the recipient holds it, and the facilitator's view of the same bilans (the truth). */
export interface Held {
  view: ReportView;
  truth: ReportView;
}

export interface Leak {
  /** The unknown or the difference pinned, e.g. `2026-01:2026-12|M5|sex.M` or `… − …`. */
  what: string;
  value: number;
  truth: number;
}

interface Variable {
  name: string;
  label: string;
  kind: "shown" | "small" | "masked" | "absent";
  value?: number;
  truth: number;
}

interface Node {
  period: [string, string];
  set: string[];
  reference: string;
  measures: Map<string, Variable>;
}

const DYNAMIC_EXITS = ["durable", "transition", "positive"];
const REFERENCE_DEPENDENT = /^(exit\.|dynamic$|after6Months\.)/;
const BREAKDOWNS = ["sex", "ageBand", "qpv", "exit", "after6Months"] as const;

/** The model of everything held: unknowns, constraints and the differences worth asking about. */
class Model {
  readonly variables = new Map<string, Variable>();
  readonly constraints: { terms: [string, number][]; sense: "=" | "<="; rhs: number }[] = [];
  readonly differences: { big: Variable; small: Variable }[] = [];
  readonly nodes = new Map<string, Node>();
  readonly codes = new Map<string, Set<string>>();
  /** Which measures of the view being read are withheld (their « masqué » carry no bound). */
  private unbounded: (measure: string) => boolean = () => false;

  constructor(
    readonly threshold: number,
    held: readonly Held[],
  ) {
    for (const { view, truth } of held) for (const bilan of [view.total, ...view.bilans]) this.collectCodes(bilan, truth);
    for (const { view, truth } of held) {
      const { withheld } = view;
      this.unbounded = !withheld
        ? () => false
        : withheld.families?.includes("outcomes")
          ? (measure) => REFERENCE_DEPENDENT.test(measure)
          : () => true;
      const pairs = [view.total, ...view.bilans].map(
        (bilan, index) => [bilan, index === 0 ? truth.total : truth.bilans[index - 1]] as const,
      );
      const nodes = pairs.map(([bilan, fact]) => this.addBilan(view, bilan, fact as BilanView));
      const [whole, ...parts] = nodes;
      if (whole && parts.length > 0) this.addCover(whole, parts, view.by === "year");
    }
    this.addContainments();
    this.addContractCovers();
  }

  private collectCodes(bilan: BilanView, _truth: ReportView): void {
    const people = bilan.participants as unknown as Record<string, CountPart[] | undefined>;
    for (const name of BREAKDOWNS) for (const part of people[name] ?? []) this.code(name, part.code);
    for (const part of (bilan.employmentContracts as { byType?: CountPart[] }).byType ?? []) this.code("employment", part.code);
  }

  private code(name: string, code: string): void {
    const set = this.codes.get(name) ?? new Set<string>();
    set.add(code);
    this.codes.set(name, set);
  }

  private nodeOf(bilan: BilanView, view: ReportView): Node {
    const period: [string, string] = bilan.period
      ? [bilan.period.from, bilan.period.to]
      : view.period
        ? [view.period.from, view.period.to]
        : ["0000-00", "9999-99"];
    const set = bilan.contracts.map((row) => row.id).sort();
    const key = `${period.join(":")}|${set.join(",")}|${bilan.reference}`;
    let node = this.nodes.get(key);
    if (!node) this.nodes.set(key, (node = { period, set, reference: bilan.reference, measures: new Map() }));
    return node;
  }

  private variable(node: Node, measure: string, published: number | string | undefined, truth: number): Variable {
    const dynamic = REFERENCE_DEPENDENT.test(measure);
    const name = `${node.period.join(":")}|${node.set.join(",") || "∅"}|${measure}${dynamic ? `@${node.reference}` : ""}`;
    let variable = this.variables.get(name);
    if (!variable) {
      variable = { name, label: name, kind: "absent", truth };
      this.variables.set(name, variable);
    }
    if (variable.truth !== truth) throw new Error(`two truths for ${name}: ${variable.truth} and ${truth}`);
    const kind =
      published === undefined || (this.unbounded(measure) && typeof published === "string")
        ? "absent"
        : typeof published === "number"
          ? "shown"
          : published === "masqué"
            ? "masked"
            : "small";
    if (kind === "shown") {
      if (variable.kind === "shown" && variable.value !== published) throw new Error(`two values shown for ${name}`);
      variable.kind = "shown";
      variable.value = published as number;
    } else if (variable.kind === "absent" || (variable.kind === "masked" && kind === "small")) variable.kind = kind;
    node.measures.set(measure, variable);
    return variable;
  }

  private addBilan(view: ReportView, bilan: BilanView, truth: BilanView): Node {
    const node = this.nodeOf(bilan, view);
    const people = bilan.participants as unknown as Record<string, unknown>;
    const factPeople = truth.participants as unknown as Record<string, CountPart[] | number>;
    const total = this.variable(node, "people", bilan.participants.total, truth.participants.total as number);
    const shownParts = (name: string) => (people["breakdown"] === null ? undefined : (people[name] as CountPart[]));
    for (const name of BREAKDOWNS) {
      const facts = new Map((factPeople[name] as CountPart[]).map((part) => [part.code, part.count as number]));
      const shown = shownParts(name);
      const codes = shown ? shown.map((part) => part.code) : [...(this.codes.get(name) ?? [])];
      const parts = codes.map((code) =>
        this.variable(node, `${name}.${code}`, shown?.find((part) => part.code === code)?.count, facts.get(code) ?? 0),
      );
      this.sum(total, parts, "=");
    }
    const dynamic = this.variable(
      node,
      "dynamic",
      people["breakdown"] === null ? undefined : (people["dynamicExits"] as number | string),
      factPeople["dynamicExits"] as number,
    );
    this.sum(
      dynamic,
      DYNAMIC_EXITS.map((code) => node.measures.get(`exit.${code}`)).filter((part): part is Variable => part !== undefined),
      "=",
    );
    const employment = bilan.employmentContracts as { total: number | string; byType?: CountPart[] };
    const employmentTruth = truth.employmentContracts as { total: number; byType: CountPart[] };
    const jobs = this.variable(node, "employment", employment.total, employmentTruth.total);
    const facts = new Map(employmentTruth.byType.map((part) => [part.code, part.count as number]));
    const codes = employment.byType ? employment.byType.map((part) => part.code) : [...(this.codes.get("employment") ?? [])];
    const types = codes.map((code) =>
      this.variable(node, `employment.${code}`, employment.byType?.find((part) => part.code === code)?.count, facts.get(code) ?? 0),
    );
    this.sum(jobs, types, "=");
    // A contract's participants in its buyer's (or company's) table are the contract bilan's total.
    for (const [index, row] of bilan.contracts.entries()) {
      const single = this.nodeOf({ ...bilan, contracts: [row] }, view);
      this.variable(single, "people", row.participants, truth.contracts[index]?.participants as number);
    }
    return node;
  }

  /** total (=|≤) Σ parts. */
  private sum(total: Variable, parts: readonly Variable[], sense: "=" | "<="): void {
    this.constraints.push({ terms: [[total.name, 1], ...parts.map((part) => [part.name, -1] as [string, number])], sense, rhs: 0 });
  }

  /** The parts of a grouping against its whole: exact when nobody is shared (true totals add up), else at least. */
  private addCover(whole: Node, parts: readonly Node[], staticOnly: boolean): void {
    for (const [measure, total] of whole.measures) {
      if (staticOnly && REFERENCE_DEPENDENT.test(measure)) continue;
      const members = parts.map((part) => part.measures.get(measure));
      if (!members.every((part): part is Variable => part !== undefined)) continue;
      const base = measure.startsWith("employment") ? "employment" : "people";
      const additive = whole.measures.get(base)?.truth === parts.reduce((sum, part) => sum + (part.measures.get(base)?.truth ?? 0), 0);
      this.sum(total, members, additive ? "=" : "<=");
    }
  }

  /** Each multi-contract scope against its own contracts' bilans of the same period, when they are all held. */
  private addContractCovers(): void {
    const byKey = new Map(
      [...this.nodes.values()].map((node) => [`${node.period.join(":")}|${node.set.join(",")}|${node.reference}`, node]),
    );
    for (const node of this.nodes.values()) {
      if (node.set.length < 2) continue;
      const parts = node.set.map((id) => byKey.get(`${node.period.join(":")}|${id}|${node.reference}`));
      if (parts.every((part): part is Node => part !== undefined)) this.addCover(node, parts, false);
    }
  }

  /** small ⊆ big: at most as many of each category, and the difference is worth asking about. */
  private addContainments(): void {
    const nodes = [...this.nodes.values()];
    for (const small of nodes)
      for (const big of nodes) {
        if (small === big || !inside(small, big)) continue;
        for (const [measure, part] of small.measures) {
          const whole = big.measures.get(measure);
          if (!whole || whole === part) continue;
          if (REFERENCE_DEPENDENT.test(measure) && small.reference !== big.reference) continue;
          this.constraints.push({
            terms: [
              [part.name, 1],
              [whole.name, -1],
            ],
            sense: "<=",
            rhs: 0,
          });
          this.differences.push({ big: whole, small: part });
        }
      }
  }
}

function inside(small: Node, big: Node): boolean {
  if (small.period[0] < big.period[0] || small.period[1] > big.period[1]) return false;
  const set = new Set(big.set);
  return small.set.every((id) => set.has(id));
}

/**
 * Every small count (or difference of nested scopes) the held releases pin to one value.
 *
 * @example
 * await leaks([{ view: reportView(set, "buyer"), truth: reportView(set, "facilitator") }], 5) // => [] when protected
 */
export async function leaks(held: readonly Held[], threshold: number): Promise<Leak[]> {
  const model = new Model(threshold, held);
  const found: Leak[] = [];
  const small = (value: number) => value > 0 && value < threshold;
  const hidden = [...model.variables.values()].filter((variable) => variable.kind !== "shown");
  const program = new Program(model);
  await program.checkTruthFeasible();
  for (const variable of hidden) {
    if (!small(variable.truth) && variable.kind !== "small") continue;
    if (await program.pinned([[variable.name, 1]], variable.truth))
      found.push({ what: variable.label, value: variable.truth, truth: variable.truth });
  }
  const seen = new Set<string>();
  for (const { big, small: part } of model.differences) {
    const truth = big.truth - part.truth;
    const what = `${big.label} − ${part.label}`;
    if (!small(truth) || seen.has(what)) continue;
    seen.add(what);
    if (big.kind === "shown" && part.kind === "shown") {
      found.push({ what, value: truth, truth });
      continue;
    }
    const terms: [string, number][] = [];
    let constant = 0;
    for (const [variable, sign] of [
      [big, 1],
      [part, -1],
    ] as const) {
      if (variable.kind === "shown") constant += sign * (variable.value as number);
      else terms.push([variable.name, sign]);
    }
    if (await program.pinned(terms, truth - constant)) found.push({ what, value: truth, truth });
  }
  return found;
}

/** The integer program in CPLEX LP format, with the variables renamed x0, x1, … */
class Program {
  private readonly ids = new Map<string, string>();
  private readonly body: string;

  constructor(private readonly model: Model) {
    [...model.variables.values()]
      .filter((variable) => variable.kind !== "shown")
      .forEach((variable, index) => this.ids.set(variable.name, `x${index}`));
    // The big-M of « masqué » (0, or at least the threshold) and the upper bound of every unknown: it
    // must stand for « no upper bound », so it is above every count (hidden ones included: when
    // the largest counts are hidden too, a bound taken from the shown ones alone made the true
    // figures infeasible).
    const big = Math.max(
      model.threshold * 4,
      ...[...model.variables.values()].map((variable) => 2 * (variable.kind === "shown" ? (variable.value as number) : variable.truth)),
    );
    // Shown counts are constants: moved to the right-hand side, so the solver only sees unknowns.
    const rows: string[] = [];
    for (const row of model.constraints) {
      let rhs = row.rhs;
      const unknown: [string, number][] = [];
      for (const [name, coefficient] of row.terms) {
        const variable = model.variables.get(name) as Variable;
        if (variable.kind === "shown") rhs -= coefficient * (variable.value as number);
        else unknown.push([name, coefficient]);
      }
      if (unknown.length === 0) continue;
      rows.push(` c${rows.length}: ${this.terms(unknown)} ${row.sense} ${rhs}`);
    }
    const bounds: string[] = [];
    const binaries: string[] = [];
    for (const variable of model.variables.values()) {
      const id = this.id(variable.name);
      if (variable.kind === "shown") continue;
      if (variable.kind === "small") bounds.push(` 1 <= ${id} <= ${model.threshold - 1}`);
      else bounds.push(` 0 <= ${id} <= ${big}`);
      if (variable.kind === "masked") {
        // 0, or at least the threshold: z = 0 → x = 0; z = 1 → threshold ≤ x ≤ big.
        const z = `z${binaries.length}`;
        binaries.push(z);
        rows.push(` m${binaries.length}a: ${id} - ${model.threshold} ${z} >= 0`, ` m${binaries.length}b: ${id} - ${big} ${z} <= 0`);
      }
    }
    this.body = [
      "Subject To",
      ...rows,
      "Bounds",
      ...bounds,
      "General",
      ...[...this.ids.values()].map((id) => ` ${id}`),
      ...(binaries.length > 0 ? ["Binary", ...binaries.map((z) => ` ${z}`)] : []),
      "End",
      "",
    ].join("\n");
  }

  private id(name: string): string {
    return this.ids.get(name) as string;
  }

  private terms(terms: readonly [string, number][]): string {
    return terms
      .map(([name, coefficient], index) => `${coefficient < 0 ? "-" : index === 0 ? "" : "+"} ${Math.abs(coefficient)} ${this.id(name)}`)
      .join("\n  ");
  }

  /** The model must admit the true figures, else the attacker's knowledge would be wrong. */
  async checkTruthFeasible(): Promise<void> {
    const truth = [...this.model.variables.values()]
      .filter((variable) => variable.kind !== "shown")
      .map((variable) => ` ${this.id(variable.name)} = ${variable.truth}`);
    const text = this.body.replace(/\nBounds\n/, `\n${truth.map((row, index) => ` t${index}:${row}`).join("\n")}\nBounds\n`);
    const result = (await solver()).solve(`Minimize\n obj: 0 x0\n${text}`);
    if (result.Status !== "Optimal") throw new Error(`the attacker's model rejects the true figures (${result.Status})`);
  }

  /** Whether every integer solution gives `terms` the value `truth` (at most two solves: most cells fall at the first). */
  async pinned(terms: readonly [string, number][], truth: number): Promise<boolean> {
    const objective = ` obj: ${this.terms(terms)}`;
    const low = (await solver()).solve(`Minimize\n${objective}\n${this.body}`);
    if (low.Status !== "Optimal") throw new Error(`solver: ${low.Status}`);
    if (Math.round(low.ObjectiveValue) < truth) return false;
    const high = (await solver()).solve(`Maximize\n${objective}\n${this.body}`);
    if (high.Status !== "Optimal") throw new Error(`solver: ${high.Status}`);
    return Math.round(high.ObjectiveValue) === truth;
  }
}
