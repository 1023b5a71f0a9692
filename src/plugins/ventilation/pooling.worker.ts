/**
 * The Web Worker of the « Mutualisation » panel: the pane's ventilations run here, off the page's
 * thread (see `pooling-engine.ts`). Nothing leaves the browser: the worker is a bundle of the
 * add-in, fed by the pane with the workbook's tables; the digest is hashed by the platform's
 * SHA-256 (`nativeDigest`), the same text as the core's.
 */
import { nativeDigest } from "../../plugin-kit/digest/native-digest";
import { poolingState } from "./pooling-engine";

const state = poolingState({ digest: nativeDigest });

type Job = { id: number; type: "load" | "view" | "compare" | "records" | "explain"; [key: string]: unknown };

/** The pane's jobs, answered in order, one at a time; work done while idle goes between them. */
const jobs: Job[] = [];
let idle: (() => Promise<unknown>)[] = [];
let running = false;

self.onmessage = (event: MessageEvent<Job>) => {
  jobs.push(event.data);
  void pump();
};

async function pump(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (jobs.length > 0 || idle.length > 0) {
      const job = jobs.shift();
      if (job) await answer(job);
      else await safely(idle.shift()!);
      // Messages that came meanwhile are received before the next step (a job goes before idle work).
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    running = false;
  }
}

async function answer(job: Job): Promise<void> {
  let answer: unknown;
  try {
    if (job.type === "load") {
      idle = [];
      answer = state.load(job.snapshots as never, job.pack as never, job.today as never);
    } else if (job.type === "view") answer = await state.view(job.policy as never, job.spread as never);
    else if (job.type === "records") answer = await state.columns(job.policy as never, job.spread as never);
    else if (job.type === "explain") answer = await state.explain(job.policy as never, job.spread as never, job.market as never);
    else answer = await state.compare(job.policy as never, job.spread as never);
  } catch {
    answer = { ok: false, messages: ["Une erreur inattendue s'est produite pendant le calcul ; rien n'a été écrit. Relisez le classeur."] };
  }
  // The rows to write cross as columns (typed arrays: a copy of memory, not 157 000 objects cloned).
  self.postMessage({ id: job.id, answer });
  // Once the figures are shown, the detail (the rows to write) is computed while the facilitator
  // reads them, in steps: a question asked meanwhile is answered between two.
  if (job.type === "view") idle = state.prepareSteps(job.policy as never, job.spread as never);
}

async function safely(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch {
    // Said when the job that needs it asks (`records`, `explain`): the same computation, the same error.
  }
}
