/**
 * The « Mutualisation » engine in a Web Worker: each call posts a job and resolves with the
 * worker's answer (jobs run in order, one at a time).
 */
import type { TableRecord } from "../../../domain";
import type { PoolingEngine } from "./pooling-engine";
import { rowsOf, type RowsPart } from "./rows-parts";

/** A job's answer, or a part of the rows of a `records` job (the answer then says `{ ok: true, parts: true }`). */
type WorkerMessage = { id: number; answer: unknown } | { id: number; part: RowsPart; total: number };

const isRows = (answer: unknown): boolean =>
  (answer as { ok?: boolean; parts?: boolean }).ok === true && (answer as { parts?: boolean }).parts === true;

/**
 * @example
 * const engine = workerEngine(); await engine.load(snapshots, pack, today);
 */
export function workerEngine(): PoolingEngine {
  const worker = new Worker(new URL("./pooling.worker.ts", import.meta.url));
  const pending = new Map<number, (answer: unknown) => void>();
  const parts = new Map<number, { rows: TableRecord[]; received?: (count: number, total: number) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if ("part" in message) {
      // Rows come in parts (each one a short task on the page): gathered here, counted on screen.
      const gathered = parts.get(message.id);
      if (!gathered) return;
      for (const row of rowsOf(message.part)) gathered.rows.push(row);
      gathered.received?.(gathered.rows.length, message.total);
      return;
    }
    const gathered = parts.get(message.id);
    parts.delete(message.id);
    const answer = gathered && isRows(message.answer) ? { ok: true, value: gathered.rows } : message.answer;
    pending.get(message.id)?.(answer);
    pending.delete(message.id);
  };
  const call = <T>(job: object, received?: (count: number, total: number) => void): Promise<T> =>
    new Promise<T>((resolve) => {
      next += 1;
      pending.set(next, resolve as (answer: unknown) => void);
      if ((job as { type: string }).type === "records") parts.set(next, { rows: [], received });
      worker.postMessage({ id: next, ...job });
    });
  return {
    load: (snapshots, pack, today) => call({ type: "load", snapshots, pack, today }),
    view: (policy, spread) => call({ type: "view", policy, spread }),
    compare: (policy, spread) => call({ type: "compare", policy, spread }),
    records: (policy, spread, received) => call({ type: "records", policy, spread }, received),
    explain: (policy, spread, market) => call({ type: "explain", policy, spread, market }),
  };
}
