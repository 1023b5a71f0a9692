/**
 * Long work a slice at a time, on the pane's own thread: between two slices the pane gets the hand
 * back (it repaints the progress, answers clicks), and work that only reads can be stopped.
 */
import { workCancelled } from "./errors";

export interface StepOptions<P> {
  /** Told after each slice (e.g. « 12 000 lignes sur 50 000 »). */
  onProgress?: (progress: P) => void;
  /** Aborted by the facilitator: the work stops at the next slice, with `kit.work.cancelled`. */
  signal?: AbortSignal;
}

/** Hands the pane's thread back for one turn (a macrotask: the browser paints and handles input). */
export function yieldToPane(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a generator of progress reports to its result, yielding to the pane after each report.
 *
 * @throws kit.work.cancelled when `signal` is aborted (checked before each slice)
 * @example
 * const result = await runSteps(dryRunSteps(source, choices, tables), { onProgress: setProgress, signal });
 */
export async function runSteps<P, R>(steps: Generator<P, R, void>, options: StepOptions<P> = {}): Promise<R> {
  for (;;) {
    if (options.signal?.aborted) {
      steps.return(undefined as never);
      throw workCancelled();
    }
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await yieldToPane();
  }
}
