/**
 * Each person's path (« parcours »): the steps entered in Étapes joined with the jobs their hour
 * lines show, in date order, with the gaps between them; and the territory's fragmented paths,
 * many short steps where pooling the companies' hours could offer longer ones.
 */
import { addMonthsToDay, dayFromIso, isoFromDay, type Day } from "../dates";
import type { CommissionRules } from "./rules";
import type { Step } from "./model";

/** An hour line as the path needs it (the ventilation's input line). */
export interface PathLine {
  participant?: string;
  company: string;
  market?: string;
  mode?: string;
  start: string;
  end: string;
  hours: number;
}

export interface Gap {
  from: string;
  to: string;
  days: number;
}

export interface PersonPath {
  participant: string;
  steps: Step[];
  gaps: Gap[];
  /** Hours of the person's lines by contract, as the ventilation credited them. */
  hoursByMarket: { market: string; hours: number }[];
  trainingHours: number;
  exit?: { date?: string; situation?: string; after6Months?: string };
}

/**
 * Steps made from the hour lines: consecutive lines of one person with the same company and
 * contract (a gap of at most one day) make one step; training lines make training steps.
 *
 * @example
 * stepsFromLines([{ participant: "P1", company: "X", start: "2026-01-01", end: "2026-01-31", hours: 35 },
 *                 { participant: "P1", company: "X", start: "2026-02-01", end: "2026-02-28", hours: 30 }])
 * // => [{ participant: "P1", kind: "emploi", organisation: "X", start: "2026-01-01", end: "2026-02-28", hours: 65, origin: "heures" }]
 */
export function stepsFromLines(lines: readonly PathLine[]): Step[] {
  const sorted = lines
    .filter((line): line is PathLine & { participant: string } => line.participant !== undefined)
    .map((line) => ({ line, start: dayFromIso(line.start), end: dayFromIso(line.end) }))
    .sort((a, b) => a.line.participant.localeCompare(b.line.participant) || a.start - b.start);
  const open = new Map<string, { step: Step; end: Day }>();
  const steps: Step[] = [];
  for (const { line, start, end } of sorted) {
    const kind = line.mode === "formation" ? "formation" : "emploi";
    const key = `${line.participant}\u0000${line.company}\u0000${line.market ?? ""}\u0000${kind}`;
    const current = open.get(key);
    if (current && start <= current.end + 1) {
      current.end = Math.max(current.end, end);
      current.step.end = isoFromDay(current.end);
      current.step.hours = roundHours((current.step.hours ?? 0) + line.hours);
      continue;
    }
    const step: Step = {
      participant: line.participant,
      kind,
      organisation: line.company,
      ...(line.market ? { market: line.market } : {}),
      start: line.start,
      end: line.end,
      hours: line.hours,
      origin: "heures",
    };
    steps.push(step);
    open.set(key, { step, end });
  }
  return steps;
}

/**
 * One person's path: their steps in date order and the gaps of more than one day between them.
 *
 * @example
 * pathOf("P1", steps, new Map([["M1", 120]]), exit).gaps // => [{ from: "2026-03-01", to: "2026-03-31", days: 31 }]
 */
export function pathOf(
  participant: string,
  steps: readonly Step[],
  hoursByMarket: ReadonlyMap<string, number>,
  exit?: PersonPath["exit"],
): PersonPath {
  const own = steps.filter((step) => step.participant === participant).sort((a, b) => a.start.localeCompare(b.start));
  const gaps: Gap[] = [];
  let reached: Day | null = null;
  for (const step of own) {
    const start = dayFromIso(step.start);
    if (reached !== null && start > reached + 1) {
      gaps.push({ from: isoFromDay(reached + 1), to: isoFromDay(start - 1), days: start - reached - 1 });
    }
    reached = reached === null ? dayFromIso(step.end) : Math.max(reached, dayFromIso(step.end));
  }
  return {
    participant,
    steps: own,
    gaps,
    hoursByMarket: [...hoursByMarket].map(([market, hours]) => ({ market, hours: roundHours(hours) })),
    trainingHours: roundHours(own.filter((step) => step.kind === "formation").reduce((sum, step) => sum + (step.hours ?? 0), 0)),
    ...(exit ? { exit } : {}),
  };
}

export interface FragmentedPath {
  participant: string;
  /** Short steps in the look-back window. */
  shortSteps: number;
  /** The companies of those steps: where pooling could offer one longer step. */
  companies: string[];
}

/**
 * People with many short steps over the last months (the pack's `fragmentedPath` rule).
 *
 * @example
 * fragmentedPaths(steps, rules, dayFromIso("2026-12-01")) // => [{ participant: "P7", shortSteps: 4, companies: ["A", "B"] }]
 */
export function fragmentedPaths(steps: readonly Step[], rules: CommissionRules, date: Day): FragmentedPath[] {
  const { minSteps, maxStepDays, lookbackMonths } = rules.fragmentedPath;
  const since = addMonthsToDay(date, -lookbackMonths);
  const short = new Map<string, Step[]>();
  for (const step of steps) {
    if (step.kind !== "emploi") continue;
    const start = dayFromIso(step.start);
    const end = dayFromIso(step.end);
    if (end < since || start > date || end - start + 1 > maxStepDays) continue;
    short.set(step.participant, [...(short.get(step.participant) ?? []), step]);
  }
  return [...short]
    .filter(([, found]) => found.length >= minSteps)
    .map(([participant, found]) => ({
      participant,
      shortSteps: found.length,
      companies: [...new Set(found.flatMap((step) => (step.organisation ? [step.organisation] : [])))].sort(),
    }))
    .sort((a, b) => b.shortSteps - a.shortSteps || a.participant.localeCompare(b.participant));
}

function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
