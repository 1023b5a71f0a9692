/**
 * The days each participant's hours count, for the ventilation engine (`CountableWindow`, in
 * `domain/countable`): from the day the person qualifies (or their derogation is validated) until
 * the end of the counting window when the pack sets one.
 *
 * Reasons are shown beside ventilation figures, possibly to people who must not learn why someone
 * is eligible: they give dates only, never a criterion.
 */
import type { CountableWindow } from "../countable";
import { dayFromIso, isoFromDay } from "../dates";
import type { EligibilityResult } from "./evaluate";
import type { ParticipantFacts } from "./facts";
import { frenchDate } from "../text";

const french = frenchDate;

/**
 * One window per evaluated person. Someone eligible on their reference date counts from the start
 * of that eligibility; someone who qualifies later counts from that day; someone who never
 * qualifies gets an empty window (`from` the reference date, `until` the day before), so none of
 * their hours count while every one stays reported as « non comptabilisable ».
 *
 * @example
 * countableWindows([claireOn20260302]) // => [{ participant: "P003", from: "2026-07-01", reason: "éligible à partir du 01/07/2026" }]
 */
export function countableWindows(results: readonly EligibilityResult[]): CountableWindow[] {
  return results.map(windowOf);
}

function windowOf(result: EligibilityResult): CountableWindow {
  const until = result.countableUntil;
  const end = until ? { until, reason: ` ; comptabilisable jusqu'au ${french(until)}` } : { reason: "" };
  if (result.eligible) {
    const start = result.eligibleSince
      ? `éligible depuis le ${french(result.eligibleSince)}`
      : `éligible à la date de référence (${french(result.date)})`;
    return {
      participant: result.id,
      ...(result.eligibleSince ? { from: result.eligibleSince } : {}),
      ...(until ? { until } : {}),
      reason: start + end.reason,
    };
  }
  if (result.eligibleFrom) {
    return {
      participant: result.id,
      from: result.eligibleFrom,
      ...(until ? { until } : {}),
      reason: `éligible à partir du ${french(result.eligibleFrom)}${end.reason}`,
    };
  }
  return {
    participant: result.id,
    from: result.date,
    until: isoFromDay(dayFromIso(result.date) - 1),
    reason: `non éligible d'après sa fiche au ${french(result.date)} : aucune heure comptabilisable`,
  };
}

/**
 * The window a purged person keeps (their facts are gone, so it cannot be recomputed): the dates
 * recorded at the purge; none recorded means their hours were not restricted.
 *
 * @example
 * recordedWindow({ id: "P9", purged: { on: "2031-02-01", countableFrom: "2026-01-05" } })
 * // => { participant: "P9", from: "2026-01-05", reason: "fenêtre conservée lors de la purge du 01/02/2031" }
 */
export function recordedWindow(facts: ParticipantFacts): CountableWindow {
  const purged = facts.purged;
  return {
    participant: facts.id,
    ...(purged?.countableFrom ? { from: purged.countableFrom } : {}),
    ...(purged?.countableUntil ? { until: purged.countableUntil } : {}),
    reason: purged ? `fenêtre conservée lors de la purge du ${french(purged.on)}` : "",
  };
}
