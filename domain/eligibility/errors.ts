/**
 * The eligibility module's French messages about implausible facts, as small factories.
 */
import { DomainError, type Where } from "../errors";

/** Births before this day are typing mistakes (« 1800 » for « 1980 »), not participants. */
export const EARLIEST_BIRTH_ISO = "1900-01-01";

/**
 * @example
 * birthTooEarly({ field: "people[0].birthDate" }).code // => "eligibility.fact.implausible"
 */
export function birthTooEarly(where: Where): DomainError {
  return new DomainError("eligibility.fact.implausible", `la date de naissance est antérieure à 1900 (faute de frappe ?)`, where);
}

/**
 * @example
 * dateInFuture({ field: "jobSeekerSince" }, "l'inscription comme demandeur d'emploi", "2026-03-02").message
 */
export function dateInFuture(where: Where, what: string, todayIso: string): DomainError {
  return new DomainError("eligibility.fact.implausible", `${what} est dans le futur (aujourd'hui : ${todayIso})`, where);
}
