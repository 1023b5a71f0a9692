/**
 * Who can be proposed at a meeting: people eligible on its date (validated, where the workbook
 * keeps validations) whose countable window is still open, who have left no path, and who have no
 * current step or one ending soon. A person who is not eligible, or whose window is over, is never
 * a candidate.
 */
import { dayFromIso, isoFromDay, type Day } from "../dates";
import { evaluateParticipant, type EligibilityRules, type ParticipantFacts, type ValidationPeriod, validationOn } from "../eligibility";
import type { Step } from "./model";
import type { CommissionRules } from "./rules";

export interface Candidate {
  participant: string;
  prescriber?: string;
  tradesWanted: string[];
  availableFrom?: string;
  workingTime?: string;
  /** Priority publics the pack defines, met on the date (codes). */
  priority: string[];
  /** Last day their hours count; null = no end known (no counting window, or no first entry yet). */
  countableUntil: string | null;
  /** Full-time hours left in their countable window from the date (an upper bound); null when the window has no end. */
  hoursCountableLeft: number | null;
  /** The step they are in on the date, when it ends soon. */
  currentStep?: { kind: string; organisation?: string; end: string };
  /** Date of the facilitator's validation in force, when the workbook keeps them (null: none recorded). */
  validatedOn?: string | null;
}

export interface CandidateContext {
  eligibility: EligibilityRules;
  commission: CommissionRules;
  /** Hours a full-time person works in a month (pack's hours per FTE ÷ 12). */
  hoursPerFteMonth: number;
  steps: readonly Step[];
  /** Validations by person (the workbook's Validations table); absent for JSON, where eligibility on the facts decides. */
  validations?: ReadonlyMap<string, readonly ValidationPeriod[]>;
}

/**
 * The candidates on `date`, in id order.
 *
 * @example
 * candidatesOn(people, context, dayFromIso("2026-06-03")).map((candidate) => candidate.participant) // => ["P001", "P004"]
 */
export function candidatesOn(people: readonly ParticipantFacts[], context: CandidateContext, date: Day): Candidate[] {
  const candidates: Candidate[] = [];
  for (const facts of people) {
    const candidate = candidateOf(facts, context, date);
    if (candidate) candidates.push(candidate);
  }
  return candidates.sort((a, b) => a.participant.localeCompare(b.participant));
}

function candidateOf(facts: ParticipantFacts, context: CandidateContext, date: Day): Candidate | null {
  if (facts.purged) return null;
  if (facts.exit?.date !== undefined && dayFromIso(facts.exit.date) <= date) return null;
  const result = evaluateParticipant(facts, context.eligibility, date);
  if (!result.eligible) return null;
  if (result.countableUntil !== null && dayFromIso(result.countableUntil) < date) return null;
  const validation = context.validations ? validationOn(context.validations.get(facts.id) ?? [], date) : undefined;
  if (validation === null) return null;
  const current = currentStep(facts.id, context.steps, date);
  if (current && dayFromIso(current.end) > date + context.commission.stepEndingSoonDays.value) return null;
  return {
    participant: facts.id,
    ...(facts.prescriber ? { prescriber: facts.prescriber } : {}),
    tradesWanted: facts.tradesWanted ?? [],
    ...(facts.availableFrom ? { availableFrom: facts.availableFrom } : {}),
    ...(facts.workingTime ? { workingTime: facts.workingTime } : {}),
    priority: result.priority,
    countableUntil: result.countableUntil,
    hoursCountableLeft: hoursLeft(result.countableUntil, date, context.hoursPerFteMonth),
    ...(current
      ? { currentStep: { kind: current.kind, ...(current.organisation ? { organisation: current.organisation } : {}), end: current.end } }
      : {}),
    ...(validation ? { validatedOn: validation.validatedOn } : {}),
  };
}

function currentStep(participant: string, steps: readonly Step[], date: Day): Step | undefined {
  const iso = isoFromDay(date);
  return steps
    .filter((step) => step.participant === participant && step.start <= iso && iso <= step.end)
    .sort((a, b) => b.end.localeCompare(a.end))[0];
}

/** Days left in the window, as months of 30.4375 days, at full time; rounded down to the hour. */
function hoursLeft(until: string | null, date: Day, perMonth: number): number | null {
  if (until === null) return null;
  const days = dayFromIso(until) - date + 1;
  return Math.max(0, Math.floor((days / 30.4375) * perMonth));
}
