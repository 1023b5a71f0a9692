/**
 * Choosing where the « Bilans » base is built: a Web Worker where the platform has workers, else
 * the page (kept apart from `bilan-engine.ts`, which the worker itself loads).
 */
import type { Day, RulePack } from "../../../domain";
import type { TableSnapshot } from "../../workbook/port";
import { bilanOutcome, type BilanOutcome } from "./bilan-engine";

/**
 * The base, off the page's thread where workers exist.
 *
 * @example
 * const outcome = await buildBilanBase(snapshots, pack, today);
 */
export async function buildBilanBase(snapshots: readonly (TableSnapshot | null)[], pack: RulePack, today: Day): Promise<BilanOutcome> {
  if (typeof Worker === "undefined") return bilanOutcome(snapshots, pack, today);
  // Loaded only where workers exist: the module names the worker's bundle (webpack's `new URL(…, import.meta.url)`).
  const { bilanInWorker } = await import("./bilan-worker-client");
  return bilanInWorker(snapshots, pack, today);
}
