/**
 * Where each contract stands: share of its obligation realised against share of its time elapsed,
 * and whether it ends soon (or has ended) short of its obligation — what the pane's alerts show.
 */
import { dayFromIso, type Day } from "../dates";
import type { MarketOutcome } from "./ventilate";

export interface ContractProgress {
  market: MarketOutcome;
  /** Total ÷ obligation (may exceed 1 with direct hours); null for a contract without obligation. */
  realised: number | null;
  /** Days elapsed ÷ days of the contract, between 0 and 1 (both ends of the contract count). */
  elapsed: number;
  /** Days from the reference date to the contract's last day (negative once it has ended). */
  daysLeft: number;
  /** Ends within the alert horizon with hours still due. */
  endingShort: boolean;
  /** Has ended with hours still due. */
  endedShort: boolean;
}

/** Below this, what remains is rounding, not hours due. */
const SHORTFALL = 0.005;

/**
 * @example
 * contractProgress(m3, dayFromIso("2026-11-26"), 60)
 * // => { realised: 0.69, elapsed: 0.855, daysLeft: 35, endingShort: true, endedShort: false, … }
 */
export function contractProgress(market: MarketOutcome, today: Day, alertDays: number): ContractProgress {
  const start = dayFromIso(market.start);
  const end = dayFromIso(market.end);
  const elapsed = Math.min(1, Math.max(0, (today - start + 1) / (end - start + 1)));
  const daysLeft = end - today;
  const short = market.remaining > SHORTFALL;
  return {
    market,
    realised: market.obligation > 0 ? market.total / market.obligation : null,
    elapsed,
    daysLeft,
    endingShort: short && daysLeft >= 0 && daysLeft <= alertDays,
    endedShort: short && daysLeft < 0,
  };
}
