/**
 * The « Mutualisation » engine in a Web Worker: each call posts a job and resolves with the
 * worker's answer (jobs run in order, one at a time).
 */
import type { TableRecord } from "../../../domain";
import type { Outcome, PoolingEngine } from "./pooling-engine";
import { rowsOfColumns, type RowColumns } from "./rows-columns";

/** Rows rebuilt per task on the page (each slice a short task, the progress bar moving between). */
const SLICE = 20_000;

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
    records: async (policy, spread, received) => {
      const answer = await call<Outcome<RowColumns>>({ type: "records", policy, spread });
      return answer.ok ? { ok: true, value: await rebuilt(answer.value, received) } : answer;
    },
    explain: (policy, spread, market) => call({ type: "explain", policy, spread, market }),
  };
}

/** The rows of the columns, slice by slice, `received` told how many so far. */
async function rebuilt(columns: RowColumns, received?: (count: number, total: number) => void): Promise<TableRecord[]> {
  const rows: TableRecord[] = [];
  for (let from = 0; from < columns.count; from += SLICE) {
    if (from > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const row of rowsOfColumns(columns, from, from + SLICE)) rows.push(row);
    received?.(rows.length, columns.count);
  }
  return rows;
}
