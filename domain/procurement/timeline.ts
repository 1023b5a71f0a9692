/**
 * What a DECP contract amounts to after its amendments, and when it ends. The format gives the
 * notification (or start) date and a duration in months, never an end date: the end is estimated
 * (start + duration − 1 day) and every face says so.
 */
import { addMonthsToDay, dayFromIso, type Day } from "../dates";
import { NO_SOCIAL, type DecpContract } from "./record";

/**
 * The amount after the last amendment that set one (else the initial amount).
 *
 * @example
 * currentAmount({ amount: 100000, amendments: [{ id: 1, date: "2025-01-10", amount: 120000 }] }) // => 120000
 */
export function currentAmount(contract: Pick<DecpContract, "amount" | "amendments">): number {
  return contract.amendments.reduce((amount, amendment) => amendment.amount ?? amount, contract.amount);
}

/**
 * The duration (months) after the last amendment that set one.
 *
 * @example
 * currentDuration({ duration: 36, amendments: [{ id: 1, date: "2025-01-10", duration: 48 }] }) // => 48
 */
export function currentDuration(contract: Pick<DecpContract, "duration" | "amendments">): number {
  return contract.amendments.reduce((duration, amendment) => amendment.duration ?? duration, contract.duration);
}

/**
 * The estimated last day of execution: start + current duration, minus one day (intervals are inclusive).
 *
 * @example
 * isoFromDay(estimatedEnd({ start: "2024-05-15", duration: 48, amendments: [] })) // => "2028-05-14"
 */
export function estimatedEnd(contract: Pick<DecpContract, "start" | "duration" | "amendments">): Day {
  return addMonthsToDay(dayFromIso(contract.start), currentDuration(contract)) - 1;
}

/**
 * Whether the contract carries any social consideration (anything but « Pas de considération sociale »).
 *
 * @example
 * hasSocialConsideration({ social: ["Critère social"] }) // => true
 * hasSocialConsideration({ social: ["Pas de considération sociale"] }) // => false
 */
export function hasSocialConsideration(contract: Pick<DecpContract, "social">): boolean {
  return contract.social.some((value) => value !== NO_SOCIAL);
}

/**
 * Whether the contract carries an insertion clause the facilitator follows: an execution clause or a reservation.
 *
 * @example
 * carriesClause({ social: ["Clause sociale"] }) // => true
 * carriesClause({ social: ["Critère social"] }) // => false (an award criterion alone leaves no hours to follow)
 */
export function carriesClause(contract: Pick<DecpContract, "social">): boolean {
  return contract.social.some((value) => value === "Clause sociale" || value === "Marché réservé" || value === "Concession réservée");
}
