/**
 * When a participant's hours count for the clause.
 *
 * The eligibility capability produces these windows (from the date a person qualifies until the end
 * of the counting window the rule pack sets); the ventilation engine consumes them and sets aside,
 * as « non comptabilisables », the hours worked outside every window of their participant.
 * A participant with no window at all is not restricted: without eligibility data every hour counts.
 * A participant found not eligible gets one empty window (`from` the day after `until`): none of
 * their hours count, and all are still reported.
 */

/** Days (ISO, both ends inclusive) on which a participant's hours count; an absent end is open. */
export interface CountableWindow {
  participant: string;
  /** First day that counts; absent = no lower bound. */
  from?: string;
  /** Last day that counts; absent = no upper bound. */
  until?: string;
  /** Why the window is what it is, in French (shown when explaining a figure). */
  reason?: string;
}
