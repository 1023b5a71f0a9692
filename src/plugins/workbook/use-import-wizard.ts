/**
 * The state of the « Importer » wizard, apart from its view: the sheets offered, the sheet read
 * and its proposed table and mapping, the dry run, the outcome of the last step, the long work
 * under way (with its progress and « Arrêter »).
 */
import * as React from "react";
import { errorsOf } from "../../../domain";
import type { DryRun } from "../../../domain/import";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import { workCancelled } from "../../plugin-kit/ui/errors";
import { useWork, type Work } from "../../plugin-kit/ui/use-work";
import type { SheetOutline, WorkbookPort } from "../../workbook/port";
import type { Choices } from "./ImportChoices";
import { commitImport, dryRun, loadSource, type LoadedSource } from "./import-session";

export type ImportOutcome =
  { kind: "written"; rows: number; table: string } | { kind: "failed"; messages: string[] } | { kind: "stopped" } | null;

export interface ImportWizard {
  sheets: SheetOutline[];
  sheet: string;
  setSheet: (sheet: string) => void;
  range: string;
  setRange: (range: string) => void;
  loaded: LoadedSource | null;
  choices: Choices | null;
  result: DryRun | null;
  outcome: ImportOutcome;
  busy: boolean;
  work: Work;
  change: (patch: Partial<Choices>) => void;
  read: () => Promise<void>;
  verify: () => Promise<void>;
  write: () => Promise<void>;
  /** The workbook was brought up to date (sheets may have been renamed): list them again. */
  upgraded: () => void;
}

/**
 * @example
 * const wizard = useImportWizard(services.workbook);
 * await wizard.read(); await wizard.verify(); await wizard.write();
 */
export function useImportWizard(workbook: WorkbookPort): ImportWizard {
  const [renamed, setRenamed] = React.useState(0);
  const [sheet, setSheet] = React.useState("");
  const [range, setRange] = React.useState("");
  const [loaded, setLoaded] = React.useState<LoadedSource | null>(null);
  const [choices, setChoices] = React.useState<Choices | null>(null);
  const [result, setResult] = React.useState<DryRun | null>(null);
  const [outcome, setOutcome] = React.useState<ImportOutcome>(null);
  const [busy, setBusy] = React.useState(false);
  const work = useWork();
  const fail = React.useCallback((error: unknown) => setOutcome({ kind: "failed", messages: messagesOf(error) }), []);
  const sheets = useSheets(workbook, renamed, setSheet, fail);

  /** Runs one step, showing its French errors; any step invalidates the previous dry run. */
  async function step(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      await action();
    } catch (error) {
      const stopped = errorsOf(error).some((found) => found.code === "kit.work.cancelled");
      setOutcome(stopped ? { kind: "stopped" } : { kind: "failed", messages: messagesOf(error) });
    } finally {
      setBusy(false);
    }
  }

  const change = (patch: Partial<Choices>) => {
    setResult(null);
    setOutcome(null);
    setChoices((current) => (current ? { ...current, ...patch } : current));
  };
  const read = () =>
    step(async () => {
      const source = await work.run(`Lecture de la feuille « ${sheet} »`, async ({ signal }) => {
        const read = await loadSource(workbook, sheet, range);
        // One call of the workbook: it cannot be cut short, but its result is dropped when stopped.
        if (signal.aborted) throw workCancelled();
        return read;
      });
      setLoaded(source);
      setChoices({ table: source.table, mapping: source.mapping });
      setResult(null);
    });
  const verify = () =>
    step(async () => {
      if (!loaded || !choices) return;
      const source = loaded.source;
      setResult(await work.run("Vérification des lignes de la feuille", (options) => dryRun(workbook, source, choices, options)));
    });
  const write = () =>
    step(async () => {
      if (!result) return;
      const rows = await commitImport(workbook, result);
      setOutcome({ kind: "written", rows, table: result.table.sheet });
    });
  const upgraded = () => setRenamed((count) => count + 1);
  return { sheets, sheet, setSheet, range, setRange, loaded, choices, result, outcome, busy, work, change, read, verify, write, upgraded };
}

/** The filled sheets of the workbook, listed again after an upgrade; the chosen sheet kept while it exists. */
function useSheets(
  workbook: WorkbookPort,
  renamed: number,
  setSheet: React.Dispatch<React.SetStateAction<string>>,
  fail: (error: unknown) => void,
): SheetOutline[] {
  const [sheets, setSheets] = React.useState<SheetOutline[]>([]);
  React.useEffect(() => {
    let alive = true;
    workbook
      .outline()
      .then((outline) => {
        if (!alive) return;
        const tableSheets = new Set(outline.tables.map((table) => table.sheet));
        const filled = outline.sheets.filter((candidate) => candidate.usedRange !== null);
        setSheets(filled);
        // Keep the sheet chosen while it still exists (a migration may have renamed it); else offer a plain sheet first.
        const fallback = (filled.find((candidate) => !tableSheets.has(candidate.name)) ?? filled[0])?.name ?? "";
        setSheet((current) => (filled.some((candidate) => candidate.name === current) ? current : fallback));
      })
      .catch((error: unknown) => alive && fail(error));
    return () => {
      alive = false;
    };
  }, [workbook, renamed, setSheet, fail]);
  return sheets;
}
