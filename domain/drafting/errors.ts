/**
 * The drafting module's error catalogue (issue 11 moves the module's older inline messages here):
 * small factories returning a `DomainError` with its code, French reason and location.
 */
import { DomainError } from "../errors";

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
