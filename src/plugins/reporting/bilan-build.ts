/**
 * Choosing where the « Bilans » base is built: a Web Worker where the platform has workers, else
 * the page (kept apart from `bilan-engine.ts`, which the worker itself loads).
 */
import type { Day, RulePack } from "../../../domain";
import { sameSnapshots } from "../../plugin-kit/workbook/same-snapshots";
import type { TableSnapshot } from "../../workbook/port";
import type { Services } from "../types";
import { BILAN_TABLES, bilanState, localBilanEngine, type BilanEngine, type BilanLoad } from "./bilan-engine";

export interface BuiltBilans {
  load: BilanLoad;
  engine: BilanEngine;
}

/** The last base built in the worker, with what it was built from (one kept: the workbook open). */
let last: { snapshots: readonly (TableSnapshot | null)[]; pack: RulePack; today: Day; outcome: Promise<BuiltBilans> } | null = null;

/**
 * The base, built off the page's thread where workers exist (and kept there), and the engine that
 * answers the panel's questions on it.
 *
 * @example
 * const { load, engine } = await buildBilanBase(snapshots, pack, today);
 */
export async function buildBilanBase(snapshots: readonly (TableSnapshot | null)[], pack: RulePack, today: Day): Promise<BuiltBilans> {
  if (typeof Worker === "undefined") {
    const state = bilanState();
    return { load: await state.build(snapshots, pack, today), engine: localBilanEngine(state) };
  }
  // Loaded only where workers exist: the module names the worker's bundle (webpack's `new URL(…, import.meta.url)`).
  if (last && last.pack === pack && last.today === today && sameSnapshots(last.snapshots, snapshots)) return last.outcome;
  const { bilanInWorker } = await import("./bilan-worker-client");
  const outcome = bilanInWorker(snapshots, pack, today);
  last = { snapshots, pack, today, outcome };
  return outcome;
}

/**
 * Starts building the base of the workbook open (the panel, when opened, finds it built if the
 * tables have not changed: same cells, same pack, same day). Only where there are workers.
 *
 * @example
 * await prepareBilanBase(services); // the base built (or its failure kept for the panel to say)
 */
export async function prepareBilanBase(services: Services): Promise<void> {
  if (typeof Worker === "undefined") return;
  const pack = services.rules.active();
  const today = services.today();
  await Promise.all(BILAN_TABLES.map((table) => services.workbook.readTable(table)))
    .then((snapshots) => buildBilanBase(snapshots, pack, today))
    // A failure is the panel's to say, when it reads the tables itself.
    .catch(() => undefined);
}
