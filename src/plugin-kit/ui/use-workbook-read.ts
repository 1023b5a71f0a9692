/**
 * Reading the workbook from a panel: the value read, a reload, and a French message list when the
 * read fails. A reload keeps showing what was read before until the new value is there (no flicker).
 */
import * as React from "react";
import type { WorkbookPort } from "../../workbook/port";
import { messagesOf } from "./ErrorList";

/**
 * @param read reads what the panel needs (module-level, so its identity is stable); `version` counts reloads
 * @param initial the value while the first read runs
 * @param failed the value when the read throws, from its French messages
 * @example
 * const { value: tables, reload } = useWorkbookRead(services.workbook, readBoth, { status: "loading" }, (messages) => ({ status: "invalid", messages }));
 */
export function useWorkbookRead<T>(
  workbook: WorkbookPort,
  read: (workbook: WorkbookPort, version: number) => Promise<T>,
  initial: T,
  failed: (messages: string[]) => T,
): { value: T; reload: () => void } {
  const [value, setValue] = React.useState<T>(initial);
  const [version, setVersion] = React.useState(0);
  // The callbacks are kept in a ref: callers pass inline arrows, which must not restart the read.
  const onFailure = React.useRef(failed);
  onFailure.current = failed;
  React.useEffect(() => {
    let current = true;
    read(workbook, version).then(
      (result) => current && setValue(result),
      (error: unknown) => current && setValue(onFailure.current(messagesOf(error))),
    );
    return () => {
      current = false;
    };
  }, [workbook, read, version]);
  return { value, reload: () => setVersion((count) => count + 1) };
}
