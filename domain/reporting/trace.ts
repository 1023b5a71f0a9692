/**
 * Where a figure comes from: the hour lines, contracts and participants behind it, with the rule
 * pack and the ventilation rule that produced it. The facilitator's pane asks for one figure at a
 * time; nothing here is ever exported to a buyer.
 */
import type { Bilan } from "./indicators";
import { exitCategory, sixMonthCategory, UNKNOWN } from "./indicators";
import type { LineInfo, PersonProfile, ReportBase, Share } from "./model";
import { figureUnknown } from "./errors";
import { inPeriod } from "./period";
import type { ReportingRules } from "./rules";

export interface FigureTrace {
  /** Refs of the lines (sheet rows of Heures, or positions in the JSON), sorted. */
  lines: number[];
  /** « Heures, lignes 2–13, 16 » or « lines[0–11, 14] ». */
  linesText: string;
  contracts: string[];
  /** Pseudonymous ids (facilitator only). */
  participants: string[];
  /** Hours of the shares behind the figure (before the bilan's rounding to the cent). */
  hours: number;
  rulePack: string;
  policy: string;
  spread: string;
}

const CREDIT = new Set(["direct", "ventilated"]);

/**
 * What produced one figure of a bilan. Figure keys: `hours.realised|direct|ventilated|outOfPeriod|
 * excess|notCountable|withoutParticipant|due`, `month.2026-03`, `mode.<code>`, `contract.<id>`,
 * `people.total`, `people.<sex|ageBand|qpv|criterion|exit|after6Months>.<code>`, `employment.total`,
 * `employment.<type>`.
 *
 * @example
 * traceFigure(base, rules, bilan, "people.sex.F") // => { participants: ["P001", "P005"], lines: [2, 5, …], contracts: ["M1", "M4"], … }
 */
export function traceFigure(base: ReportBase, rules: ReportingRules, bilan: Bilan, figure: string): FigureTrace {
  const [family = "", ...rest] = figure.split(".");
  const code = rest.join(".");
  const during = bilan.shares.filter((share) => inPeriod(share.month, bilan.period));
  const credited = during.filter((share) => CREDIT.has(share.kind));
  const lineOf = (share: Share) => base.lines[share.line] as LineInfo;
  let picked: Share[];
  if (family === "hours") picked = hourShares(code, during, credited, lineOf);
  else if (family === "month") picked = credited.filter((share) => share.month === code);
  else if (family === "mode") picked = credited.filter((share) => (lineOf(share).mode ?? UNKNOWN) === code);
  else if (family === "contract") picked = credited.filter((share) => share.market === code);
  else if (family === "employment") picked = credited.filter((share) => employs(lineOf(share), code));
  else if (family === "people") picked = credited.filter((share) => personMatches(base, rules, bilan, lineOf(share).participant, code));
  else throw figureUnknown(figure);
  const contracts =
    figure === "hours.due"
      ? bilan.contracts.map((row) => row.id)
      : unique(picked.map((share) => share.market ?? lineOf(share).market ?? ""));
  const refs = unique(picked.map((share) => lineOf(share).ref)).sort((a, b) => a - b);
  return {
    lines: refs,
    linesText: describeRefs(base.lineSource, refs),
    contracts: contracts.filter(Boolean),
    participants: unique(picked.map((share) => lineOf(share).participant ?? ""))
      .filter(Boolean)
      .sort(),
    hours: picked.reduce((sum, share) => sum + share.hours, 0),
    rulePack: base.rulePack,
    policy: base.policy,
    spread: base.spread,
  };
}

function hourShares(code: string, during: readonly Share[], credited: readonly Share[], lineOf: (share: Share) => LineInfo): Share[] {
  if (code === "realised") return [...credited];
  if (code === "due") return [];
  if (code === "withoutParticipant") return credited.filter((share) => lineOf(share).participant === undefined);
  return during.filter((share) => share.kind === code);
}

function employs(line: LineInfo, code: string): boolean {
  if (line.participant === undefined) return false;
  return code === "total" || (line.contractType ?? UNKNOWN) === code;
}

function personMatches(base: ReportBase, rules: ReportingRules, bilan: Bilan, id: string | undefined, figure: string): boolean {
  if (id === undefined) return false;
  if (figure === "total") return true;
  const [breakdown, code] = figure.split(".") as [string, string];
  const person: PersonProfile = base.people.get(id) ?? { id, purged: false };
  switch (breakdown) {
    case "sex":
      return (person.sex ?? UNKNOWN) === code;
    case "ageBand":
      return (person.ageBand ?? UNKNOWN) === code;
    case "qpv":
      return (person.qpv === undefined ? UNKNOWN : person.qpv ? "oui" : "non") === code;
    case "criterion":
      return code === "PURGE" ? person.purged : (person.criterion ?? (person.purged ? "PURGE" : UNKNOWN)) === code;
    case "exit":
      return exitCategory(rules, person, bilan.reference) === code;
    case "after6Months":
      return sixMonthCategory(rules, person, bilan.reference) === code;
    default:
      return false;
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * The lines behind a bilan's realised hours.
 *
 * @example
 * linesOfBilan(base, bilan) // => [2, 3, 4, …] (sheet rows of Heures)
 */
export function linesOfBilan(base: ReportBase, bilan: Bilan): number[] {
  const refs = bilan.shares
    .filter((share) => CREDIT.has(share.kind) && inPeriod(share.month, bilan.period))
    .map((share) => (base.lines[share.line] as LineInfo).ref);
  return unique(refs).sort((a, b) => a - b);
}

/**
 * Line refs as the facilitator finds them.
 *
 * @example
 * describeLines(base, [2, 3, 4, 9]) // => "Heures, lignes 2–4, 9"   (or "lines[2–4, 9]" for a JSON input)
 */
export function describeLines(base: ReportBase, refs: readonly number[]): string {
  return describeRefs(base.lineSource, refs);
}

const MAX_RANGES = 12;

function describeRefs(source: ReportBase["lineSource"], refs: readonly number[]): string {
  if (refs.length === 0) return "aucune ligne";
  const ranges: string[] = [];
  let start = refs[0] as number;
  let previous = start;
  for (const ref of [...refs.slice(1), Number.NaN]) {
    if (ref === previous + 1) {
      previous = ref;
      continue;
    }
    ranges.push(start === previous ? String(start) : `${start}–${previous}`);
    start = previous = ref;
  }
  const shown = ranges.length > MAX_RANGES ? [...ranges.slice(0, MAX_RANGES), `… (${refs.length} lignes en tout)`] : ranges;
  if (source === "json") return `lines[${shown.join(", ")}]`;
  return `Heures, ligne${refs.length > 1 ? "s" : ""} ${shown.join(", ")}`;
}
