/**
 * The rule pack in force, as React state: panels re-render when the facilitator imports another pack.
 * The pack comes from the injected services, never from a module of the shell.
 */
import * as React from "react";
import type { RulePack } from "../../../domain";
import type { Services } from "../../plugins/types";

/**
 * @example
 * const pack = useActivePack(services);
 * const sizing = sectionOf(pack, sizingSection);
 */
export function useActivePack(services: Services): RulePack {
  const { rules } = services;
  const subscribe = React.useCallback((listener: () => void) => rules.onChange(listener), [rules]);
  const active = React.useCallback(() => rules.active(), [rules]);
  return React.useSyncExternalStore(subscribe, active, active);
}
