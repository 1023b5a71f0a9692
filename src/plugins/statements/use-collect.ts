/**
 * The state of a collection in the pane: the files chosen, the dry run, the write, the French errors.
 */
import * as React from "react";
import type { CollectReport, CollectWrites } from "../../../domain/statements";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { Services } from "../types";
import { bytesOf } from "./download";
import { checkFiles, writeCollection } from "./statements-session";

export type CollectState =
  | { kind: "idle" }
  | { kind: "checked"; report: CollectReport; writes: CollectWrites }
  | { kind: "written"; report: CollectReport }
  | { kind: "failed"; messages: string[] };

/**
 * @example
 * const { files, setFiles, state, busy, check, write } = useCollect(services, reload);
 */
export function useCollect(services: Services, onWritten: () => void) {
  const [files, setFiles] = React.useState<File[]>([]);
  const [state, setState] = React.useState<CollectState>({ kind: "idle" });
  const [busy, setBusy] = React.useState(false);
  const run = async (action: () => Promise<CollectState>) => {
    setBusy(true);
    try {
      setState(await action());
    } catch (error) {
      setState({ kind: "failed", messages: messagesOf(error) });
    } finally {
      setBusy(false);
    }
  };
  const check = () =>
    run(async () => {
      const read = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await bytesOf(file) })));
      return { kind: "checked", ...(await checkFiles(services.workbook, read, services.today())) };
    });
  const write = (report: CollectReport, writes: CollectWrites) =>
    run(async () => {
      await writeCollection(services.workbook, writes);
      onWritten();
      return { kind: "written", report };
    });
  return { files, setFiles, state, reset: () => setState({ kind: "idle" }), busy, check, write };
}
