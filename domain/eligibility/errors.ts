/**
 * Eligibility's messages, written once (code, French reason, where). Messages name the field, never
 * the person's dates or benefits (personal data may end up in logs).
 */
import { DomainError, type Where } from "../errors/domain-error";

/**
 * @example
 * codeUnknown("dispositif", "XYZ", "PLIE, EPIDE", { field: "programmes[0]" }).code // => "eligibility.code.unknown"
 */
export function codeUnknown(what: string, typed: string, known: string, where: Where): DomainError {
  return new DomainError("eligibility.code.unknown", `${what} inconnu « ${typed} » (codes possibles : ${known})`, where);
}

/**
 * @example
 * bornInFuture("2026-03-02", { field: "birthDate" }).code // => "eligibility.fact.invalid"
 */
export function bornInFuture(today: string, where: Where): DomainError {
  return new DomainError("eligibility.fact.invalid", `la date de naissance est dans le futur (aujourd'hui : ${today})`, where);
}

/**
 * @example
 * beforeBirth("la sortie scolaire", { column: "Sortie scolaire" }).message // => "Sortie scolaire : la sortie scolaire précède la date de naissance"
 */
export function beforeBirth(what: string, where: Where): DomainError {
  return new DomainError("eligibility.fact.invalid", `${what} précède la date de naissance`, where);
}

/**
 * @example
 * rightEndsBeforeStart("la RQTH", { field: "rqth.to" }).message // => "rqth.to : la fin de la RQTH précède son début"
 */
export function rightEndsBeforeStart(what: "la RQTH" | "ce droit", where: Where): DomainError {
  return new DomainError("eligibility.fact.invalid", `la fin de ${what} précède son début`, where);
}

/**
 * @example
 * notBornOn("2026-03-02", { field: "people[0].birthDate" }).code // => "eligibility.birth.afterDate"
 */
export function notBornOn(date: string, where: Where): DomainError {
  return new DomainError("eligibility.birth.afterDate", `la personne n'est pas née à la date de référence (${date})`, where);
}

/**
 * @example
 * duplicateId("P1", { field: "people[3].id" }).code // => "eligibility.id.duplicate"
 */
export function duplicateId(id: string, where: Where): DomainError {
  return new DomainError("eligibility.id.duplicate", `l'identifiant « ${id} » apparaît deux fois`, where);
}

/**
 * @example
 * benefitInvalid("ASS : la date « 31/02/2025 » n'existe pas", { column: "Minima sociaux" }).code // => "eligibility.benefit.invalid"
 */
export function benefitInvalid(reason: string, where: Where): DomainError {
  return new DomainError("eligibility.benefit.invalid", reason, where);
}

/**
 * @example
 * benefitUnreadable("ASS 2025") // => "« ASS 2025 » : écrivez le minimum social, puis « du JJ/MM/AAAA » et « au JJ/MM/AAAA » si besoin"
 */
export function benefitUnreadable(text: string): string {
  return `« ${text} » : écrivez le minimum social, puis « du JJ/MM/AAAA » et « au JJ/MM/AAAA » si besoin`;
}

/**
 * @example
 * levelInvalid(9, { column: "Niveau" }).code // => "eligibility.level.invalid"
 */
export function levelInvalid(level: number, where: Where): DomainError {
  return new DomainError("eligibility.level.invalid", `le niveau ${level} n'existe pas (1 à 8 ; 3 = CAP, BEP)`, where);
}

/**
 * @example
 * derogationWithoutReason({ column: "Motif de dérogation" }).code // => "eligibility.derogation.reason"
 */
export function derogationWithoutReason(where: Where): DomainError {
  return new DomainError(
    "eligibility.derogation.reason",
    "une dérogation validée doit avoir son motif (avis motivé du prescripteur)",
    where,
  );
}

/** The reasons a new validation is refused (code `eligibility.validation.invalid`). */
export const VALIDATION_REASONS = {
  criterionUnknown: (code: string) => `critère inconnu « ${code} »`,
  inFuture: () => "une validation ne peut pas être datée dans le futur",
  proofAfter: (type: string) => `le justificatif « ${type} » est daté après la validation`,
  endsBefore: () => "la fin de validité précède la validation",
};

/**
 * @example
 * validationInvalid(VALIDATION_REASONS.inFuture(), "validatedOn").code // => "eligibility.validation.invalid"
 */
export function validationInvalid(reason: string, field: string): DomainError {
  return new DomainError("eligibility.validation.invalid", reason, { field });
}

/**
 * @example
 * proofUndated("Pièce d'identité") // => "« Pièce d'identité » : indiquez la date du justificatif (… du JJ/MM/AAAA)"
 */
export function proofUndated(text: string): string {
  return `« ${text} » : indiquez la date du justificatif (… du JJ/MM/AAAA)`;
}

/**
 * @example
 * proofInvalid("« X » : …", { table: "Validations", row: 3, column: "Justificatifs" }).code // => "eligibility.proof.invalid"
 */
export function proofInvalid(reason: string, where: Where): DomainError {
  return new DomainError("eligibility.proof.invalid", reason, where);
}

// Issue 17: implausible inputs, files and the shared workbook.

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
