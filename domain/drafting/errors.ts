/**
 * Drafting's messages, written once (code, French reason, where).
 */
import { DomainError } from "../errors/domain-error";

/**
 * What the facilitator must fill for a variable to have a value: the input field (JSON path, as the
 * CLI reports it) and what to write, in French. Variables that come from the rule pack are absent.
 */
export const MISSING_VALUE_FIELDS: Readonly<Record<string, { field: string; what: string }>> = {
  contract: { field: "contract.label", what: "indiquez l'intitulé ou la référence du marché" },
  buyer: { field: "contract.buyer", what: "indiquez l'acheteur" },
  scope: { field: "scope", what: "décrivez le périmètre de l'action d'insertion (CCAG 2021, art. 16.1)" },
  hours: { field: "hours", what: "indiquez le volume horaire d'insertion à la charge du titulaire (CCAG 2021, art. 16.1)" },
  facilitator: { field: "facilitator.name", what: "indiquez le facilitateur (nom ou structure) (CCAG 2021, art. 16.1)" },
  facilitatorContact: {
    field: "facilitator.email",
    what: "indiquez les coordonnées du facilitateur : courriel ou téléphone (CCAG 2021, art. 16.1)",
  },
  publics: { field: "publics", what: "choisissez au moins un public éligible (CCAG 2021, art. 16.1)" },
  modes: { field: "modes", what: "autorisez au moins une façon de réaliser les heures" },
  penaltyPerHour: {
    field: "penaltyPerHour",
    what: "indiquez le montant de la pénalité par heure non réalisée, fixé par l'acheteur (ou retirez les pénalités)",
  },
  criterionWeight: { field: "awardCriterion.weight", what: "indiquez la pondération du critère d'insertion" },
  durationYears: { field: "durationYears", what: "indiquez la durée du marché réservé, en années" },
};

/**
 * @example
 * missingValue("contract").message // => "contract.label : indiquez l'intitulé ou la référence du marché"
 */
export function missingValue(name: string): DomainError {
  const where = MISSING_VALUE_FIELDS[name] ?? { field: name, what: `le paquet de règles ne donne pas de valeur à « ${name} »` };
  return new DomainError("drafting.field.missing", where.what, { field: where.field });
}

/**
 * A template names a variable the drafting left empty (a programming mistake: callers check first).
 *
 * @example
 * placeholderWithoutValue("hours").code // => "drafting.placeholder.empty"
 */
export function placeholderWithoutValue(name: string): DomainError {
  return new DomainError("drafting.placeholder.empty", `variable de modèle sans valeur : ${name}`);
}

/**
 * @example
 * exemptionUnknown("un marché", "X", "« defence » (…)").code // => "drafting.exemption.unknown"
 */
export function exemptionUnknown(contract: string, code: string | undefined, possible: string): DomainError {
  return new DomainError(
    "drafting.exemption.unknown",
    `dérogation inconnue pour ${contract} : « ${code} » (possibles : ${possible || "aucune"})`,
    {
      field: "exemption.code",
    },
  );
}

/**
 * @example
 * thresholdUnknown("2030-01-01", "2026-2027 (…)", "launchDate").code // => "drafting.threshold.unknown"
 */
export function thresholdUnknown(day: string, known: string, field: string): DomainError {
  return new DomainError(
    "drafting.threshold.unknown",
    `aucun seuil européen n'est connu le ${day} dans le paquet de règles (périodes connues : ${known}) ; mettez à jour le paquet de règles`,
    { field },
  );
}

/**
 * @example
 * localPreference("main-d'œuvre locale", "…", ["…"], "scope").code // => "drafting.localPreference"
 */
export function localPreference(words: string, explanation: string, levers: readonly string[], field: string): DomainError {
  return new DomainError(
    "drafting.localPreference",
    `« ${words} » : ${explanation}. Leviers licites : ${levers.map((lever, index) => `${index + 1}) ${lever}`).join(" ; ")}.`,
    { field },
  );
}

/**
 * @example
 * criterionUnused("Marché réservé").code // => "drafting.criterion.unused"
 */
export function criterionUnused(basis: string): DomainError {
  return new DomainError(
    "drafting.criterion.unused",
    `le critère d'insertion s'ajoute à une clause d'insertion, pas à la base « ${basis} »`,
    {
      field: "awardCriterion",
    },
  );
}

/**
 * @example
 * basisUnknown("x", "« insertion » (…)").code // => "drafting.basis.unknown"
 */
export function basisUnknown(code: string, known: string): DomainError {
  return new DomainError("drafting.basis.unknown", `base juridique inconnue « ${code} » (possibles : ${known})`, { field: "basis" });
}

/**
 * @example
 * codeUnknown("public", "X", "DELD, RSA", "publics[0]").code // => "drafting.code.unknown"
 */
export function codeUnknown(what: string, code: string, known: string, field: string): DomainError {
  return new DomainError("drafting.code.unknown", `${what} inconnu « ${code} » (possibles : ${known})`, { field });
}

/**
 * @example
 * durationTooLong("L. 2113-12", "3", "4").code // => "drafting.duration.tooLong"
 */
export function durationTooLong(article: string, maxYears: string, received: string): DomainError {
  return new DomainError(
    "drafting.duration.tooLong",
    `la réservation de l'article ${article} est limitée à ${maxYears} ans (reçu ${received})`,
    {
      field: "durationYears",
    },
  );
}

/**
 * A public of the drafting pack names a criterion the eligibility pack does not have.
 *
 * @example
 * unknownPublicCriterion("avis-prescripteur", ["DEROGATION"], "publics[2]").message
 * // => "publics[2] : le public « avis-prescripteur » renvoie au critère DEROGATION, absent des règles d'éligibilité du paquet ; …"
 */
export function unknownPublicCriterion(publicCode: string, criteria: readonly string[], field: string): DomainError {
  return new DomainError(
    "drafting.public.criterion",
    `le public « ${publicCode} » renvoie au${criteria.length > 1 ? "x critères" : " critère"} ${criteria.join(", ")}, absent${criteria.length > 1 ? "s" : ""} des règles d'éligibilité du paquet ; mettez à jour les publics du paquet de territoire`,
    { field },
  );
}

/**
 * A check gives the contract's value or its lots, exactly one of them; null when it does.
 *
 * @example
 * valueOrLotsProblem(true, true)?.message // => "lots : indiquez soit la valeur estimée totale (value), soit les lots (lots), pas les deux"
 * valueOrLotsProblem(true, false) // => null
 */
export function valueOrLotsProblem(hasValue: boolean, hasLots: boolean): DomainError | null {
  if (hasValue && hasLots)
    return new DomainError(
      "drafting.check.valueAndLots",
      "indiquez soit la valeur estimée totale (value), soit les lots (lots), pas les deux",
      { field: "lots" },
    );
  if (!hasValue && !hasLots)
    return new DomainError(
      "drafting.check.valueMissing",
      "indiquez la valeur estimée du marché (value) ou celle de chacun de ses lots (lots) : le seuil s'apprécie sur la valeur de tous les lots ensemble",
      { field: "value" },
    );
  return null;
}
