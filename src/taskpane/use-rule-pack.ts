/**
 * The rule pack of the open workbook, kept current when the facilitator imports another one.
 */
import * as React from "react";
import type { RulePack } from "../../domain";
import type { Services } from "../plugins/types";
import { messagesOf } from "../plugin-kit/ui/ErrorList";

export interface RulePackState {
  pack: RulePack | null;
  errors: string[];
}

/**
 * @example
 * const { pack, errors } = useRulePack(services);
 */
export function useRulePack(services: Services): RulePackState {
  const [state, setState] = React.useState<RulePackState>({ pack: null, errors: [] });
  React.useEffect(() => {
    let alive = true;
    services.rules
      .current()
      .then((pack) => alive && setState({ pack, errors: [] }))
      .catch((error: unknown) => alive && setState({ pack: null, errors: messagesOf(error) }));
    const stop = services.rules.onChange((pack) => alive && setState({ pack, errors: [] }));
    return () => {
      alive = false;
      stop();
    };
  }, [services]);
  return state;
}
