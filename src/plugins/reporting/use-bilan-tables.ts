/**
 * Reads the tables the bilans need through the workbook port (never Excel.run) and builds the base
 * (`bilan-engine.ts`: in a Web Worker where there is one), every problem located by table, row and
 * column. Absent tables read as empty.
 */
import * as React from "react";
import type { Day, RulePack } from "../../../domain";
import type { ReportBase } from "../../../domain/reporting";
import type { TableSnapshot, WorkbookPort } from "../../workbook/port";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import { useWorkbookRead } from "../../plugin-kit/ui/use-workbook-read";
import { BILAN_TABLES, bilanOutcome, type BilanEngine, type BilanSummary, type DecodedBilanTables } from "./bilan-engine";
import { buildBilanBase } from "./bilan-build";

export type BilanRead =
  { status: "loading" } | { status: "ready"; tables: DecodedBilanTables; base: ReportBase } | { status: "invalid"; messages: string[] };

/** What the panel holds: a summary of the base and the engine that keeps it (a Web Worker where there is one). */
export type BilanPanelRead =
  { status: "loading" } | { status: "ready"; summary: BilanSummary; engine: BilanEngine } | { status: "invalid"; messages: string[] };

type Snapshots =
  | { status: "loading" }
  | { status: "ready"; snapshots: (TableSnapshot | null)[]; version: number }
  | { status: "invalid"; messages: string[] };

async function readSnapshots(workbook: WorkbookPort, version: number): Promise<Snapshots> {
  return { status: "ready", snapshots: await Promise.all(BILAN_TABLES.map((table) => workbook.readTable(table))), version };
}

/**
 * What the panel reads and builds, without React (the faces-agree test goes through it).
 *
 * @example
 * const read = await readBilanTables(workbook, pack, today); // => { status: "ready", tables: { markets, hours, … }, base }
 */
export async function readBilanTables(workbook: WorkbookPort, pack: RulePack, today: Day): Promise<BilanRead> {
  const read = await readSnapshots(workbook, 0);
  if (read.status !== "ready") return read;
  const outcome = bilanOutcome(read.snapshots, pack, today);
  return outcome.ok ? { status: "ready", tables: outcome.tables, base: outcome.base } : { status: "invalid", messages: outcome.messages };
}

/**
 * The tables and the base of the bilans, rebuilt on each read of the workbook or change of pack.
 *
 * @example
 * const { read, reload } = useBilanBase(services.workbook, pack, today);
 */
export function useBilanBase(workbook: WorkbookPort, pack: RulePack, today: Day): { read: BilanPanelRead; reload: () => void } {
  const { value, reload } = useWorkbookRead<Snapshots>(workbook, readSnapshots, { status: "loading" }, (messages) => ({
    status: "invalid",
    messages,
  }));
  const [built, setBuilt] = React.useState<{ read: BilanPanelRead } | null>(null);
  React.useEffect(() => {
    if (value.status !== "ready") return;
    let current = true;
    buildBilanBase(value.snapshots, pack, today).then(
      ({ load, engine }) =>
        current &&
        setBuilt({
          read: load.ok ? { status: "ready", summary: load.summary, engine } : { status: "invalid", messages: load.messages },
        }),
      (error: unknown) => current && setBuilt({ read: { status: "invalid", messages: messagesOf(error) } }),
    );
    return () => {
      current = false;
    };
  }, [value, pack, today]);
  if (value.status === "invalid") return { read: value, reload };
  // A reload keeps showing what was built before until the new base is there (no flicker).
  return { read: built ? built.read : { status: "loading" }, reload };
}
