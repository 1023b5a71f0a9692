/**
 * Sizing's messages, written once (code, French reason, where).
 */
import { DomainError } from "../errors/domain-error";

/**
 * @example
 * tradeUnknown("plomberie", "peinture, gros-oeuvre", "lots[0].trade").code // => "sizing.trade.unknown"
 */
export function tradeUnknown(text: string, known: string, field: string): DomainError {
  return new DomainError("sizing.trade.unknown", `métier inconnu « ${text} » (métiers connus : ${known})`, { field });
}

/**
 * @example
 * tradeUnconfirmed("Gros œuvre", "trade").code // => "sizing.trade.unconfirmed"
 */
export function tradeUnconfirmed(label: string, field: string): DomainError {
  return new DomainError(
    "sizing.trade.unconfirmed",
    `la part de main-d'œuvre du métier « ${label} » est à confirmer : aucune source ne la donne, saisissez-la`,
    { field },
  );
}

/**
 * @example
 * fteDivisorInvalid().code // => "sizing.fte.invalid"
 */
export function fteDivisorInvalid(): DomainError {
  return new DomainError("sizing.fte.invalid", "le nombre d'heures par ETP doit être strictement positif");
}
