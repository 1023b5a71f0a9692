/**
 * The state of the « Mutualisation » panel and what it computes, once per change of its inputs,
 * in the panel's engine (a Web Worker where there is one: the pane never freezes): the tables read
 * and decoded once per read, one ventilation per rule and spread (kept until the next read), the
 * four rules compared only when asked; the company shown is a filter of the result.
 */
import * as React from "react";
import { sectionOf, ventilationTable } from "../../../domain";
import { ventilationSection, type Policy, type Spread, type VentilationResult } from "../../../domain/ventilation";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import type { Services } from "../types";
import { poolingEngine } from "./engine";
import type { Outcome, PoolingEngine } from "./pooling-engine";
import { marketsOf, setAsideOf, type PoolingView } from "./pooling-view";
import { usePoolingSnapshots } from "./use-pooling-tables";

/** Messages of the engine, shown as they are. */
class ValidationFailedMessages extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join("\n"));
  }
}

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

/** Runs `job` on the engine when its inputs change; the answer of a job overtaken by another is dropped. */
function useEngineAnswer<T>(
  engine: Promise<PoolingEngine>,
  job: ((engine: PoolingEngine) => Promise<Outcome<T>>) | null,
  inputs: readonly unknown[],
): Outcome<T> | null {
  const [answer, setAnswer] = React.useState<{ inputs: readonly unknown[]; outcome: Outcome<T> } | null>(null);
  React.useEffect(() => {
    if (!job) return;
    let current = true;
    engine.then(job).then(
      (outcome) => current && setAnswer({ inputs, outcome }),
      (error: unknown) => current && setAnswer({ inputs, outcome: { ok: false, messages: messagesOf(error) } }),
    );
    return () => {
      current = false;
    };
    // The job is rebuilt on every render; its inputs say when to run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, ...inputs]);
  return answer && answer.inputs.every((input, index) => input === inputs[index]) ? answer.outcome : null;
}

/**
 * @example
 * const panel = useMutualisation(services);
 * panel.choose({ company: "BTP-RIVIERE" }); panel.markets // => its contracts
 */
export function useMutualisation(services: Services) {
  const pack = useActivePack(services);
  const rules = sectionOf(pack, ventilationSection);
  const today = services.today();
  const { read, reload } = usePoolingSnapshots(services.workbook);
  const [choice, dispatch] = React.useReducer(reduce, {
    company: "",
    policy: rules.policy.value,
    spread: rules.spread.value,
    explained: "",
    compare: false,
  });
  const [written, setWritten] = React.useState<Written>(null);
  const [writing, setWriting] = React.useState(false);
  /** Rows of the Ventilation table received from the engine so far (null: none asked, or total not known yet). */
  const [progress, setProgress] = React.useState<{ count: number; total: number | null } | null>(null);
  const snapshots = read.status === "ready" ? read.snapshots : null;
  const engine = React.useMemo(() => poolingEngine(), []);
  const loaded = useEngineAnswer(engine, snapshots ? (engine) => engine.load(snapshots, pack, today) : null, [snapshots, pack, today]);
  const ready = loaded?.ok ? loaded : null;
  const viewed = useEngineAnswer(engine, ready ? (engine) => engine.view(choice.policy, choice.spread) : null, [
    ready,
    choice.policy,
    choice.spread,
  ]);
  const explained = useEngineAnswer(
    engine,
    ready && choice.explained ? (engine) => engine.explain(choice.policy, choice.spread, choice.explained) : null,
    [ready, choice.policy, choice.spread, choice.explained],
  );
  const compared = useEngineAnswer(engine, ready && choice.compare ? (engine) => engine.compare(choice.policy, choice.spread) : null, [
    ready,
    choice.policy,
    choice.spread,
    choice.compare,
  ]);
  const computed: Computed =
    read.status === "invalid"
      ? { kind: "invalid", messages: read.messages }
      : loaded && !loaded.ok
        ? { kind: "invalid", messages: loaded.messages }
        : viewed && !viewed.ok
          ? { kind: "invalid", messages: viewed.messages }
          : viewed?.ok
            ? { kind: "view", view: viewed.value }
            : { kind: "none" };
  const view = computed.kind === "view" ? computed.view : null;
  const markets = React.useMemo(() => (view ? marketsOf(view.result, choice.company) : []), [view, choice.company]);
  const setAside = React.useMemo(() => (view ? setAsideOf(view.result, choice.company) : []), [view, choice.company]);

  async function write(result: VentilationResult): Promise<void> {
    setWriting(true);
    setProgress({ count: 0, total: null });
    try {
      // Built by the engine (off the page's thread), from the ventilation on screen; counted as they come.
      const built = await (await engine).records(result.policy, result.spread, (count, total) => setProgress({ count, total }));
      if (!built.ok) throw new ValidationFailedMessages(built.messages);
      const records = built.value;
      // The progress bar shows the last count before the write (one task), not after it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await services.workbook.replaceRecords(ventilationTable, records);
      setWritten({ kind: "written", rows: records.length, policy: result.policy });
    } catch (error) {
      setWritten({ kind: "failed", messages: error instanceof ValidationFailedMessages ? error.messages : messagesOf(error) });
    } finally {
      setWriting(false);
      setProgress(null);
    }
  }

  return {
    rules,
    today,
    computing: read.status !== "invalid" && computed.kind === "none",
    computed,
    view,
    choice,
    comparison: compared?.ok ? compared.value : null,
    /** The contract explained (computed by the engine from the detail), once it is there. */
    explanation: explained?.ok ? explained.value : null,
    markets,
    setAside,
    written,
    writing,
    progress,
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
