/**
 * Collecting returned forms: choose the files (several at once), check them (nothing written), then
 * write the accepted ones in one batch.
 */
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DocumentTableSearchRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { CollectReport, CollectWrites } from "../../../domain/statements";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { Services } from "../types";
import { CollectReportView } from "./CollectReportView";
import { checkFiles, writeCollection } from "./statements-session";

type State =
  | { kind: "idle" }
  | { kind: "checked"; report: CollectReport; writes: CollectWrites }
  | { kind: "written"; report: CollectReport }
  | { kind: "failed"; messages: string[] };

/**
 * @example
 * <CollectSection services={services} onWritten={reload} />
 */
export function CollectSection({ services, onWritten }: { services: Services; onWritten: () => void }): React.JSX.Element {
  const [files, setFiles] = React.useState<File[]>([]);
  const [state, setState] = React.useState<State>({ kind: "idle" });
  const [busy, setBusy] = React.useState(false);
  const run = async (action: () => Promise<State>) => {
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
  return (
    <section aria-label="Collecter les relevés">
      <Text as="h3" weight="semibold" block>
        Collecter les relevés remplis
      </Text>
      <label style={{ display: "flex", flexDirection: "column", rowGap: 4 }}>
        <Text>Relevés remplis (.xlsx)</Text>
        <input
          type="file"
          multiple
          accept=".xlsx"
          onChange={(event) => {
            setFiles([...(event.target.files ?? [])]);
            setState({ kind: "idle" });
          }}
        />
      </label>
      <Button icon={<DocumentTableSearchRegular />} disabled={busy || files.length === 0} onClick={() => void check()}>
        Vérifier (essai à blanc)
      </Button>
      {state.kind === "checked" && (
        <>
          <CollectReportView report={state.report} />
          <Button
            appearance="primary"
            icon={<CheckmarkCircleRegular />}
            disabled={busy || state.writes.statements.length === 0}
            onClick={() => void write(state.report, state.writes)}
          >
            Écrire dans le classeur
          </Button>
        </>
      )}
      {state.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody aria-label="Collecte écrite">
            {state.report.accepted.reduce((sum, form) => sum + form.lines, 0)} lignes écrites dans Heures ({state.report.accepted.length}{" "}
            relevés).
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && <ErrorList title="Collecte impossible" messages={state.messages} />}
    </section>
  );
}

/** A chosen file's bytes (FileReader where `Blob.arrayBuffer` is missing: older webviews). */
async function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(`lecture de « ${file.name} » impossible`));
    reader.readAsArrayBuffer(file);
  });
}
