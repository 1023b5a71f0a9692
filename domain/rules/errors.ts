/**
 * The rule packs' messages, written once (code, French reason, where).
 */
import { DomainError } from "../errors/domain-error";

/**
 * @example
 * noValueInForce("taux d'insertion", "2020-01-01").code // => "rules.noValue"
 */
export function noValueInForce(label: string, day: string): DomainError {
  return new DomainError("rules.noValue", `aucune valeur de « ${label} » n'est en vigueur le ${day} dans le paquet de règles`);
}

/**
 * @example
 * sectionUnknown("sizin", ["calendar", "sizing"]).message // => "sections.sizin : section inconnue (attendu : calendar, sizing)"
 */
export function sectionUnknown(key: string, known: readonly string[]): DomainError {
  return new DomainError("rules.section.unknown", `section inconnue (attendu : ${known.join(", ")})`, { field: `sections.${key}` });
}

/**
 * A pack without a section a capability needs (a territory pack built for another version).
 *
 * @example
 * sectionMissing("national@2026.11.1", "sizing").code // => "rules.section.missing"
 */
export function sectionMissing(pack: string, key: string): DomainError {
  return new DomainError("rules.section.missing", `le paquet de règles ${pack} n'a pas de section « ${key} »`);
}
