/**
 * The « Bilans » engine in a Web Worker: one worker for the page's life, jobs answered in order.
 * The base stays in the worker; the page gets what it shows.
 */
import type { Day, RulePack } from "../../../domain";
import type { TableSnapshot } from "../../workbook/port";
import type { BilanEngine, BilanLoad } from "./bilan-engine";

let worker: Worker | null = null;
const pending = new Map<number, (answer: unknown) => void>();
let next = 0;

function call<T>(method: string, ...args: unknown[]): Promise<T> {
  if (!worker) {
    worker = new Worker(new URL("./bilan.worker.ts", import.meta.url));
    worker.onmessage = (event: MessageEvent<{ id: number; answer: unknown }>) => {
      pending.get(event.data.id)?.(event.data.answer);
      pending.delete(event.data.id);
    };
  }
  next += 1;
  const id = next;
  return new Promise<T>((resolve) => {
    pending.set(id, resolve as (answer: unknown) => void);
    worker!.postMessage({ id, method, args });
  });
}

/**
 * Builds the base in the worker (which keeps it) and returns the engine that asks it questions.
 *
 * @example
 * const { load, engine } = await bilanInWorker(snapshots, pack, today);
 */
export async function bilanInWorker(
  snapshots: readonly (TableSnapshot | null)[],
  pack: RulePack,
  today: Day,
): Promise<{ load: BilanLoad; engine: BilanEngine }> {
  const load = await call<BilanLoad>("build", snapshots, pack, today);
  return {
    load,
    engine: {
      views: (choice) => call("views", choice),
      figures: (choice, index) => call("figures", choice, index),
      trace: (choice, index, figure) => call("trace", choice, index, figure),
      exported: (choice, index, earlier) => call("exported", choice, index, earlier),
      purgeList: (years) => call("purgeList", years),
    },
  };
}
