/**
 * The « Règles » panel's own messages, written once.
 */
import { DomainError } from "../../../domain";

/**
 * @example
 * fileUnreadable("territoire.json").code // => "rules.file.unreadable"
 */
export function fileUnreadable(name: string): DomainError {
  return new DomainError("rules.file.unreadable", `« ${name} » n'est pas un fichier JSON lisible`);
}
