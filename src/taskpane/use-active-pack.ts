/**
 * The rule pack in force, as React state: panels re-render when the facilitator imports another pack.
 */
import * as React from "react";
import type { RulePack } from "../../domain";
import { activePack, onActivePackChange } from "../rules/active-pack";

/**
 * @example
 * const pack = useActivePack();
 * const sizing = sectionOf(pack, sizingSection);
 */
export function useActivePack(): RulePack {
  return React.useSyncExternalStore(onActivePackChange, activePack, activePack);
}
