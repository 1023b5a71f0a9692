/**
 * The messages of the kit's rule-pack store (one place, like the domain's catalogues).
 */
import { DomainError } from "../../../domain";

/**
 * No entry point said where the national pack comes from: a wiring mistake, named for the developer.
 *
 * @example
 * throw noNationalPack(); // code "rules.national.missing"
 */
export function noNationalPack(): DomainError {
  return new DomainError(
    "rules.national.missing",
    "le paquet national n'est pas disponible : le point d'entrée doit appeler provideNationalPack (racine de composition)",
  );
}
