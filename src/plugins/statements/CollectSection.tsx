/**
 * Collecting returned forms: choose the files (several at once), check them (nothing written), then
 * write the accepted ones in one batch.
 */
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DocumentTableSearchRegular } from "@fluentui/react-icons";
import * as React from "react";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import type { Services } from "../types";
import { CollectReportView } from "./CollectReportView";
import { useCollect } from "./use-collect";

/**
 * @example
 * <CollectSection services={services} onWritten={reload} />
 */
export function CollectSection({ services, onWritten }: { services: Services; onWritten: () => void }): React.JSX.Element {
  const { files, setFiles, state, reset, busy, check, write } = useCollect(services, onWritten);
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
            reset();
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
