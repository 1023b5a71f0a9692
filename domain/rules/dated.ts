/**
 * Picking the value of a dated parameter that applies on a given day.
 */
import { noValueInForce } from "./errors";
import { dayFromIso, isoFromDay, type Day } from "../dates";

/** The shape shared by every dated value of a pack. */
export interface Dated<T> {
  value: T;
  validFrom: string;
  validTo?: string | undefined;
  source: string;
  confirmed: boolean;
  note?: string | undefined;
}

/**
 * The entry valid on `day` (validFrom ≤ day ≤ validTo, both inclusive); when periods overlap the
 * latest start wins, so a territory can amend a value from a date on.
 *
 * @example
 * valueOn(pack.sizing.hourlyCost, dayFromIso("2026-03-02"), "coût horaire") // => { value: 30, source: …, confirmed: true, … }
 */
export function valueOn<T>(entries: readonly Dated<T>[], day: Day, label: string): Dated<T> {
  let best: Dated<T> | undefined;
  for (const entry of entries) {
    const from = dayFromIso(entry.validFrom);
    const to = entry.validTo ? dayFromIso(entry.validTo) : Number.POSITIVE_INFINITY;
    if (from <= day && day <= to && (!best || from > dayFromIso(best.validFrom))) best = entry;
  }
  if (!best) {
    throw noValueInForce(label, isoFromDay(day));
  }
  return best;
}
