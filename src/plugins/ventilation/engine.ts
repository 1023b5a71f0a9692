/**
 * Choosing the « Mutualisation » engine: a Web Worker where the platform has workers (the task
 * pane, the preview), else the page's own (jsdom in the panel tests).
 */
import type { Day, RulePack } from "../../../domain";
import { sameSnapshots } from "../../plugin-kit/workbook/same-snapshots";
import type { Services } from "../types";
import { localEngine, type Outcome, type PoolingEngine, type PoolingSnapshots } from "./pooling-engine";
import { readPoolingSnapshots } from "./use-pooling-tables";
import { ventilationSection } from "../../../domain/ventilation";
import { sectionOf } from "../../../domain";

/** One worker for the page's life (what `prepare` computed is there when the panel opens). */
let shared: Promise<PoolingEngine> | null = null;

/**
 * @example
 * const engine = await poolingEngine();
 */
export async function poolingEngine(): Promise<PoolingEngine> {
  if (typeof Worker === "undefined") return localEngine();
  // Loaded only where workers exist: the module names the worker's bundle (webpack's `new URL(…, import.meta.url)`).
  shared ??= import("./worker-engine").then(({ workerEngine }) => remembering(workerEngine()));
  return shared;
}

/**
 * The ventilation the panel will show first (the pack's rule and spread), computed once the
 * workbook is open; the panel, reading the same cells, finds it computed. Only where there are workers.
 * Resolves once it is computed and the page is idle: the next plugin's preparation (the Bilans'
 * tables sent to their own worker, a long task on the page) does not fall when the panel paints the
 * figures, and its worker does not take the cores from this ventilation.
 *
 * @example
 * await preparePooling(services);
 */
export async function preparePooling(services: Services): Promise<void> {
  if (typeof Worker === "undefined") return;
  const pack = services.rules.active();
  const rules = sectionOf(pack, ventilationSection);
  try {
    const read = await readPoolingSnapshots(services.workbook, 0);
    if (read.status !== "ready") return;
    const engine = await poolingEngine();
    const loaded = await engine.load(read.snapshots, pack, services.today());
    if (loaded.ok) await engine.view(rules.policy.value, rules.spread.value);
    await pageIdle();
  } catch {
    // A failure is the panel's to say, when it reads the tables itself.
  }
}

/** After the frames under way (a panel showing the figures just computed), or soon where the platform cannot say. */
function pageIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 50);
  });
}

/** The engine, a load of the same cells (same pack, same day) answered by the last one, not decoded again. */
function remembering(engine: PoolingEngine): PoolingEngine {
  let last: { snapshots: PoolingSnapshots; pack: RulePack; today: Day; answer: Promise<Outcome<true>> } | null = null;
  const listed = (snapshots: PoolingSnapshots) => [snapshots.markets, snapshots.hours, snapshots.participants];
  return {
    ...engine,
    load(snapshots, pack, today) {
      if (last && last.pack === pack && last.today === today && sameSnapshots(listed(last.snapshots), listed(snapshots)))
        return last.answer;
      const answer = engine.load(snapshots, pack, today);
      last = { snapshots, pack, today, answer };
      return answer;
    },
  };
}
