/**
 * Choosing the « Mutualisation » engine: a Web Worker where the platform has workers (the task
 * pane, the preview), else the page's own (jsdom in the panel tests).
 */
import { localEngine, type PoolingEngine } from "./pooling-engine";

/**
 * @example
 * const engine = await poolingEngine();
 */
export async function poolingEngine(): Promise<PoolingEngine> {
  if (typeof Worker === "undefined") return localEngine();
  // Loaded only where workers exist: the module names the worker's bundle (webpack's `new URL(…, import.meta.url)`).
  const { workerEngine } = await import("./worker-engine");
  return workerEngine();
}
