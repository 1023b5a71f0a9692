/**
 * The Web Worker of the « Mutualisation » panel: the pane's ventilations run here, off the page's
 * thread (see `pooling-engine.ts`). Nothing leaves the browser: the worker is a bundle of the
 * add-in, fed by the pane with the workbook's tables.
 */
import type { TableRecord } from "../../../domain";
import { poolingState } from "./pooling-engine";
import { partsOf } from "./rows-parts";

const state = poolingState();

type Job = { id: number; type: "load" | "view" | "compare" | "records" | "explain"; [key: string]: unknown };

self.onmessage = (event: MessageEvent<Job>) => {
  const job = event.data;
  let answer: unknown;
  try {
    if (job.type === "load") answer = state.load(job.snapshots as never, job.pack as never, job.today as never);
    else if (job.type === "view") answer = state.view(job.policy as never, job.spread as never);
    else if (job.type === "records") answer = state.records(job.policy as never, job.spread as never);
    else if (job.type === "explain") answer = state.explain(job.policy as never, job.spread as never, job.market as never);
    else answer = state.compare(job.policy as never, job.spread as never);
  } catch {
    answer = { ok: false, messages: ["Une erreur inattendue s'est produite pendant le calcul ; rien n'a été écrit. Relisez le classeur."] };
  }
  if (job.type === "records" && (answer as { ok: boolean }).ok) answer = postParts(job.id, (answer as { value: TableRecord[] }).value);
  self.postMessage({ id: job.id, answer });
  // Once the figures are shown, the detail (rows to write, contracts to explain) is computed while
  // the facilitator reads them: jobs asked meanwhile wait for it, in order.
  if (job.type === "view") setTimeout(() => safely(() => state.prepare(job.policy as never, job.spread as never)), 0);
};

/** Rows per message: each structured clone a short task on the page (157 000 rows at once took a second). */
const PART = 20_000;

function postParts(id: number, rows: readonly TableRecord[]): { ok: true; parts: true } {
  for (const part of partsOf(rows, PART)) self.postMessage({ id, part, total: rows.length });
  return { ok: true, parts: true };
}

function safely(run: () => void): void {
  try {
    run();
  } catch {
    // Said when the job that needs it asks (`records`, `explain`): the same computation, the same error.
  }
}
