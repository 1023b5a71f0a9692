/**
 * The reporting module's French messages (exports and retention options), as small factories.
 */
import { DomainError } from "../errors";

/**
 * Two bilans whose ids give the same file name: refused, both ids named (one would replace the other).
 *
 * @example
 * exportNameCollision("VILLE-VR", "VILLE VR", "bilan-acheteur-VILLE-VR.xlsx").code // => "reporting.export.collision"
 */
export function exportNameCollision(first: string, second: string, file: string): DomainError {
  return new DomainError(
    "reporting.export.collision",
    `les bilans « ${first} » et « ${second} » donneraient le même fichier « ${file} » : rendez leurs identifiants distincts (rien n'a été écrit)`,
    { field: "--out" },
  );
}

/**
 * A number of years that is not a whole number between 1 and `max`.
 *
 * @example
 * retentionYearsInvalid("-1", 100).message // => "--years : un nombre entier d'années, de 1 à 100, est attendu (reçu « -1 »)"
 */
export function retentionYearsInvalid(value: string, max: number): DomainError {
  return new DomainError("reporting.retention.invalid", `un nombre entier d'années, de 1 à ${max}, est attendu (reçu « ${value} »)`, {
    field: "--years",
  });
}
