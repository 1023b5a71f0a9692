/**
 * The « Bilans » base built in a Web Worker: one worker for the panel's life, jobs answered in order.
 */
import type { Day, RulePack } from "../../../domain";
import type { TableSnapshot } from "../../workbook/port";
import type { BilanOutcome } from "./bilan-engine";

let worker: Worker | null = null;
const pending = new Map<number, (outcome: BilanOutcome) => void>();
let next = 0;

/**
 * @example
 * const outcome = await bilanInWorker(snapshots, pack, today);
 */
export function bilanInWorker(snapshots: readonly (TableSnapshot | null)[], pack: RulePack, today: Day): Promise<BilanOutcome> {
  if (!worker) {
    worker = new Worker(new URL("./bilan.worker.ts", import.meta.url));
    worker.onmessage = (event: MessageEvent<{ id: number; outcome: BilanOutcome }>) => {
      pending.get(event.data.id)?.(event.data.outcome);
      pending.delete(event.data.id);
    };
  }
  next += 1;
  const id = next;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, snapshots, pack, today });
  });
}
