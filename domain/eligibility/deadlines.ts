/**
 * What the facilitator must act on soon: validations that expire, and counting windows that end.
 */
import { dayFromIso, type Day } from "../dates";
import type { EligibilityResult } from "./evaluate";
import { validationOn, type ValidationPeriod } from "./validations";

/** Days ahead the « Échéances » list looks by default. */
export const DEFAULT_DEADLINE_HORIZON_DAYS = 60;

export interface Deadline {
  participant: string;
  /** `validation`: the validation in force ends; `counting`: the person's hours stop counting. */
  kind: "validation" | "counting";
  /** Last day (inclusive), ISO. */
  endsOn: string;
  /** Days from today to `endsOn` (0 = ends today). */
  daysLeft: number;
}

/**
 * Ends falling between today and `horizon` days later (both included), soonest first. A replaced
 * validation is not listed: the new one is in force.
 *
 * @example
 * upcomingDeadlines(results, history, dayFromIso("2026-11-26"))
 * // => [{ participant: "P005", kind: "validation", endsOn: "2027-01-15", daysLeft: 50 }, …]
 */
export function upcomingDeadlines(
  results: readonly EligibilityResult[],
  history: ReadonlyMap<string, readonly ValidationPeriod[]>,
  today: Day,
  horizon = DEFAULT_DEADLINE_HORIZON_DAYS,
): Deadline[] {
  const found: Deadline[] = [];
  const add = (participant: string, kind: Deadline["kind"], endsOn: string | null | undefined) => {
    if (!endsOn) return;
    const daysLeft = dayFromIso(endsOn) - today;
    if (daysLeft >= 0 && daysLeft <= horizon) found.push({ participant, kind, endsOn, daysLeft });
  };
  for (const [participant, periods] of history) add(participant, "validation", validationOn(periods, today)?.endsOn);
  for (const result of results) add(result.id, "counting", result.countableUntil);
  return found.sort((a, b) => a.daysLeft - b.daysLeft || a.participant.localeCompare(b.participant) || a.kind.localeCompare(b.kind));
}
