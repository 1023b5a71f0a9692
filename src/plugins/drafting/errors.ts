/**
 * The drafting panel's own messages (the browser's side: clipboard, files), written once.
 */
import { DomainError } from "../../../domain";

/**
 * @example
 * copyRefused().code // => "drafting.copy.refused"
 */
export function copyRefused(): DomainError {
  return new DomainError(
    "drafting.copy.refused",
    "copie refusée par le navigateur : sélectionnez le texte de la clause et copiez-le (Ctrl+C)",
  );
}

/**
 * A custom function's argument that cannot be read (shown as #VALUE! with this message).
 *
 * @example
 * argumentInvalid("valeur estimée", "doit être positif ou nul").message // => "Valeur estimée : doit être positif ou nul"
 */
export function argumentInvalid(what: string, reason: string): DomainError {
  return new DomainError("drafting.argument", `${what} : ${reason}`);
}
