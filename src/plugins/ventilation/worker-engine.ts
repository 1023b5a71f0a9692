/**
 * The « Mutualisation » engine in a Web Worker: each call posts a job and resolves with the
 * worker's answer (jobs run in order, one at a time).
 */
import type { PoolingEngine } from "./pooling-engine";

/**
 * @example
 * const engine = workerEngine(); await engine.load(snapshots, pack, today);
 */
export function workerEngine(): PoolingEngine {
  const worker = new Worker(new URL("./pooling.worker.ts", import.meta.url));
  const pending = new Map<number, (answer: unknown) => void>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<{ id: number; answer: unknown }>) => {
    pending.get(event.data.id)?.(event.data.answer);
    pending.delete(event.data.id);
  };
  const call = <T>(job: object): Promise<T> =>
    new Promise<T>((resolve) => {
      next += 1;
      pending.set(next, resolve as (answer: unknown) => void);
      worker.postMessage({ id: next, ...job });
    });
  return {
    load: (snapshots, pack, today) => call({ type: "load", snapshots, pack, today }),
    view: (policy, spread) => call({ type: "view", policy, spread }),
    compare: (policy, spread) => call({ type: "compare", policy, spread }),
    records: (policy, spread) => call({ type: "records", policy, spread }),
    explain: (policy, spread, market) => call({ type: "explain", policy, spread, market }),
  };
}
