/**
 * The « Importer » wizard: pick a sheet (or a range of it), check the table and the column mapping the
 * add-in proposes, run the dry run that lists every row it would reject and why, then write the valid
 * rows in one batch. The rejected rows stay in the facilitator's sheet, to fix and import again (rows
 * already imported are recognised and not added twice).
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { ArrowImportRegular, CheckmarkCircleRegular, DocumentTableSearchRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { DryRun } from "../../../domain/import";
import { errorsOf } from "../../../domain";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { useWork } from "../../plugin-kit/ui/use-work";
import { workCancelled } from "../../plugin-kit/ui/errors";
import { WorkProgress } from "../../plugin-kit/ui/WorkProgress";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import type { SheetOutline } from "../../workbook/port";
import type { Services } from "../types";
import { DryRunReport } from "./DryRunReport";
import { canVerify, ImportChoices, type Choices } from "./ImportChoices";
import { commitImport, dryRun, loadSource, type LoadedSource } from "./import-session";
import { SchemaBanner } from "./SchemaBanner";

const useStyles = makeStyles({
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
});

type Outcome = { kind: "written"; rows: number; table: string } | { kind: "failed"; messages: string[] } | { kind: "stopped" } | null;

export default function ImportPanel({ services }: { services: Services }): React.JSX.Element {
  const styles = useStyles();
  const workbook = services.workbook;
  const [sheets, setSheets] = React.useState<SheetOutline[]>([]);
  const [sheet, setSheet] = React.useState("");
  const [range, setRange] = React.useState("");
  const [loaded, setLoaded] = React.useState<LoadedSource | null>(null);
  const [choices, setChoices] = React.useState<Choices | null>(null);
  const [result, setResult] = React.useState<DryRun | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  const [busy, setBusy] = React.useState(false);
  const work = useWork();
  const [renamed, setRenamed] = React.useState(0);

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
      .catch((error: unknown) => alive && setOutcome({ kind: "failed", messages: messagesOf(error) }));
    return () => {
      alive = false;
    };
  }, [workbook, renamed]);

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

  const written = outcome?.kind === "written";
  return (
    <PanelFrame
      title="Importer"
      summary="Reprendre une feuille existante dans un tableau du classeur : le complément propose la correspondance des colonnes, vérifie chaque ligne, puis n'écrit que les lignes valides."
    >
      <SchemaBanner workbook={workbook} onUpgraded={() => setRenamed((count) => count + 1)} />
      <div className={styles.row}>
        <Field label="Feuille à importer" className={styles.grow}>
          <Select value={sheet} onChange={(_, data) => setSheet(data.value)}>
            {sheets.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {candidate.name} ({candidate.usedRange})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Plage (facultatif)" hint="ex. : A3:H40 ; sinon toute la feuille">
          <Input value={range} size="small" style={{ width: 110 }} onChange={(_, data) => setRange(data.value)} />
        </Field>
      </div>
      <Button icon={<DocumentTableSearchRegular />} disabled={!sheet || busy} onClick={() => void read()}>
        Lire la feuille
      </Button>
      {loaded && choices && (
        <>
          <ImportChoices loaded={loaded} choices={choices} onChange={change} />
          <Button icon={<CheckmarkCircleRegular />} disabled={busy || !canVerify(choices)} onClick={() => void verify()}>
            Vérifier (essai à blanc)
          </Button>
        </>
      )}
      {work.progress && <WorkProgress {...work.progress} onCancel={work.cancel} />}
      {outcome?.kind === "stopped" && (
        <MessageBar intent="info">
          <MessageBarBody>Vérification arrêtée : rien n'a été écrit. Relancez-la quand vous voulez.</MessageBarBody>
        </MessageBar>
      )}
      {result && loaded && <DryRunReport result={result} sheet={loaded.source.sheet} />}
      {result && result.ready.length > 0 && !written && (
        <Button appearance="primary" icon={<ArrowImportRegular />} disabled={busy} onClick={() => void write()}>
          Importer {result.ready.length > 1 ? `les ${result.ready.length} lignes valides` : "la ligne valide"}
        </Button>
      )}
      {outcome?.kind === "written" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {outcome.rows} ligne{outcome.rows > 1 ? "s" : ""} ajoutée{outcome.rows > 1 ? "s" : ""} au tableau {outcome.table}.
            {result && result.rejected.length > 0
              ? ` Les lignes rejetées restent dans la feuille « ${loaded?.source.sheet} » : corrigez-les, puis importez à nouveau (les lignes déjà importées seront reconnues).`
              : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && <ErrorList title="Rien n'a été écrit" messages={outcome.messages} />}
    </PanelFrame>
  );
}
