/**
 * The dates' messages, written once. Dates are shown as the caller formats them (ISO in JSON,
 * jj/mm/aaaa in workbooks, « mars 2026 » for months), so every reversed period reads alike.
 */
import { DomainError, type Where } from "../errors/domain-error";

/**
 * The one wording of a period that ends before it starts.
 *
 * @example
 * reversedReason("2026-01-05", "2026-06-30") // => "la fin (2026-01-05) précède le début (2026-06-30)"
 */
export function reversedReason(end: string, start: string): string {
  return `la fin (${end}) précède le début (${start})`;
}

/**
 * @example
 * invalidIsoDate("2026-13-01", { field: "markets[0].start" }).code // => "date.invalid"
 */
export function invalidIsoDate(text: string, where: Where): DomainError {
  return new DomainError("date.invalid", `la date « ${text} » n'existe pas ou n'est pas au format AAAA-MM-JJ`, where);
}

/**
 * @example
 * reversedInterval("2026-01-05", "2026-06-30", { field: "markets[0]" }).message
 * // => "markets[0] : la fin (2026-01-05) précède le début (2026-06-30)"
 */
export function reversedInterval(end: string, start: string, where: Where): DomainError {
  return new DomainError("interval.reversed", reversedReason(end, start), where);
}
