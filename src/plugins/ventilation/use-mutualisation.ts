/**
 * The state of the « Mutualisation » panel and what it computes, once per change of its inputs:
 * the tables read, the rule and spread chosen (one ventilation each, kept for the session so going
 * back to a rule is instant), the four rules compared only when asked, the company shown.
 */
import * as React from "react";
import { sectionOf, ventilationTable } from "../../../domain";
import { ventilationRecords, ventilationSection, type Policy, type Spread, type VentilationResult } from "../../../domain/ventilation";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import { useActivePack } from "../../taskpane/use-active-pack";
import type { Services } from "../types";
import { marketsOf, policyResults, poolingView, setAsideOf, type PoolingView } from "./pooling-view";
import { usePoolingTables, type PoolingTables } from "./use-pooling-tables";

export type Written = { kind: "written"; rows: number; policy: Policy } | { kind: "failed"; messages: string[] } | null;
export type Computed = { kind: "none" } | { kind: "view"; view: PoolingView } | { kind: "invalid"; messages: string[] };

export interface Choice {
  company: string;
  policy: Policy;
  spread: Spread;
  explained: string;
  compare: boolean;
}

type Action = { type: "choose"; change: Partial<Choice> } | { type: "reset" };

function reduce(state: Choice, action: Action): Choice {
  if (action.type === "reset") return { ...state, explained: "", compare: false };
  const change = action.change;
  // Another company: the explained contract may not be one of its own.
  return { ...state, ...change, ...(change.company !== undefined && change.explained === undefined ? { explained: "" } : {}) };
}

/**
 * @example
 * const panel = useMutualisation(services);
 * panel.choose({ company: "BTP-RIVIERE" }); panel.markets // => its contracts
 */
export function useMutualisation(services: Services) {
  const pack = useActivePack();
  const rules = sectionOf(pack, ventilationSection);
  const today = services.today();
  const { tables, reload } = usePoolingTables(services.workbook);
  const [choice, dispatch] = React.useReducer(reduce, {
    company: "",
    policy: rules.policy.value,
    spread: rules.spread.value,
    explained: "",
    compare: false,
  });
  const [written, setWritten] = React.useState<Written>(null);
  const [writing, setWriting] = React.useState(false);
  // One ventilation per (tables, rule, spread), kept while the tables stay the same.
  const cache = React.useRef<{ inputs: readonly unknown[]; entries: Map<string, Computed> }>({ inputs: [], entries: new Map() });
  const computed = React.useMemo(() => {
    const inputs = [tables, pack, today];
    if (inputs.some((input, index) => input !== cache.current.inputs[index])) cache.current = { inputs, entries: new Map() };
    const key = `${choice.policy}\u0000${choice.spread}`;
    const known = cache.current.entries.get(key) ?? compute(tables, pack, today, choice.policy, choice.spread);
    cache.current.entries.set(key, known);
    return known;
  }, [tables, pack, today, choice.policy, choice.spread]);
  const view = computed.kind === "view" ? computed.view : null;
  const comparison = React.useMemo(
    () => (view && choice.compare && tables.status === "ready" ? policyResults(tables, pack, today, view.result) : null),
    [view, choice.compare, tables, pack, today],
  );
  const markets = React.useMemo(() => (view ? marketsOf(view.result, choice.company) : []), [view, choice.company]);
  const setAside = React.useMemo(() => (view ? setAsideOf(view.result, choice.company) : []), [view, choice.company]);

  async function write(result: VentilationResult): Promise<void> {
    setWriting(true);
    try {
      const records = ventilationRecords(result);
      await services.workbook.replaceRecords(ventilationTable, records);
      setWritten({ kind: "written", rows: records.length, policy: result.policy });
    } catch (error) {
      setWritten({ kind: "failed", messages: messagesOf(error) });
    } finally {
      setWriting(false);
    }
  }

  return {
    rules,
    today,
    tables,
    computed,
    view,
    choice,
    comparison,
    markets,
    setAside,
    written,
    writing,
    choose: (change: Partial<Choice>) => {
      dispatch({ type: "choose", change });
      if (change.policy !== undefined || change.spread !== undefined) setWritten(null);
    },
    write,
    reload: () => {
      reload();
      dispatch({ type: "reset" });
      setWritten(null);
    },
  };
}

function compute(tables: PoolingTables, pack: Parameters<typeof poolingView>[1], today: number, policy: Policy, spread: Spread): Computed {
  if (tables.status === "loading") return { kind: "none" };
  if (tables.status === "invalid") return { kind: "invalid", messages: tables.messages };
  try {
    return { kind: "view", view: poolingView(tables, pack, today, { policy, spread }) };
  } catch (error) {
    return { kind: "invalid", messages: messagesOf(error) };
  }
}
