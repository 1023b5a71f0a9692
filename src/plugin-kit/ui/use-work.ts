/**
 * The state of one piece of long work in a panel: what it is doing, how far it is (for
 * `WorkProgress`), and how to stop it. One at a time: starting new work stops the one before.
 */
import * as React from "react";
import type { StepOptions } from "./steps";

export interface WorkState {
  label: string;
  done?: number;
  total?: number;
}

export interface Work {
  /** Null when nothing runs. */
  progress: WorkState | null;
  /** Runs `work` with a progress callback and a signal that `cancel` aborts. */
  run: <R>(label: string, work: (options: Required<StepOptions<{ done: number; total: number }>>) => Promise<R>) => Promise<R>;
  cancel: () => void;
}

/**
 * @example
 * const work = useWork();
 * await work.run("Vérification des lignes", (options) => dryRun(workbook, source, choices, options));
 * // <WorkProgress {...work.progress} onCancel={work.cancel} /> while it runs
 */
export function useWork(): Work {
  const [progress, setProgress] = React.useState<WorkState | null>(null);
  const controller = React.useRef<AbortController | null>(null);
  React.useEffect(() => () => controller.current?.abort(), []);
  const run = React.useCallback(async <R>(label: string, work: Parameters<Work["run"]>[1]): Promise<R> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setProgress({ label });
    try {
      return (await work({
        signal: current.signal,
        onProgress: ({ done, total }) => {
          if (!current.signal.aborted) setProgress({ label, done, total });
        },
      })) as R;
    } finally {
      if (controller.current === current) {
        controller.current = null;
        setProgress(null);
      }
    }
  }, []);
  const cancel = React.useCallback(() => controller.current?.abort(), []);
  return { progress, run, cancel };
}
