/**
 * The reporting module's messages about the period a facilitator picks in the pane.
 */
import { DomainError } from "../errors";
import { monthLabel } from "./period";

/**
 * « Au mois » before « Du mois »: a user's choice, explained next to the field (not a crash).
 *
 * @example
 * periodReversed("2026-10", "2026-03").reason // => "« Au mois » (mars 2026) précède « Du mois » (octobre 2026) : choisissez un mois de fin après le début"
 */
export function periodReversed(from: string, to: string): DomainError {
  return new DomainError(
    "reporting.period.reversed",
    `« Au mois » (${monthLabel(to)}) précède « Du mois » (${monthLabel(from)}) : choisissez un mois de fin après le début`,
    { field: "to" },
  );
}
