/**
 * The workbook's schema, as the facilitator sees it: nothing when it is current; when it follows an
 * older organisation, the renames proposed and a button to apply them (the add-in never rewrites the
 * facilitator's tables without this explicit yes); a refusal when a newer add-in wrote it.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import { describeEdit, newerSchemaMessage, WORKBOOK_SCHEMA_VERSION, type SchemaStatus } from "../../../domain";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { WorkbookPort } from "../../workbook/port";
import { readSchemaStatus, upgradeSchema } from "../../plugin-kit/workbook/schema-service";

/** Renames listed before « … et N autres ». */
const SHOWN_EDITS = 8;

type State = { kind: "loading" } | { kind: "status"; status: SchemaStatus } | { kind: "upgraded" } | { kind: "failed"; messages: string[] };

/**
 * @example
 * <SchemaBanner workbook={services.workbook} onUpgraded={() => reloadSheets()} />
 */
export function SchemaBanner({ workbook, onUpgraded }: { workbook: WorkbookPort; onUpgraded?: () => void }): React.JSX.Element | null {
  const [state, setState] = React.useState<State>({ kind: "loading" });
  const [busy, setBusy] = React.useState(false);
  React.useEffect(() => {
    let alive = true;
    readSchemaStatus(workbook)
      .then((status) => alive && setState({ kind: "status", status }))
      .catch((error: unknown) => alive && setState({ kind: "failed", messages: messagesOf(error) }));
    return () => {
      alive = false;
    };
  }, [workbook]);

  async function upgrade(status: SchemaStatus): Promise<void> {
    setBusy(true);
    try {
      await upgradeSchema(workbook, status);
      setState({ kind: "upgraded" });
      onUpgraded?.();
    } catch (error) {
      setState({ kind: "failed", messages: messagesOf(error) });
    } finally {
      setBusy(false);
    }
  }

  if (state.kind === "failed") return <ErrorList title="La version du classeur n'a pas pu être lue" messages={state.messages} />;
  if (state.kind === "upgraded") {
    return (
      <MessageBar intent="success">
        <MessageBarBody>Classeur mis à jour (organisation version {WORKBOOK_SCHEMA_VERSION}).</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind !== "status") return null;
  const { status } = state;
  if (status.state === "newer")
    return <ErrorList title="Classeur trop récent" messages={[capitalise(newerSchemaMessage(status.version))]} />;
  if (status.state !== "outdated") return null;
  const edits = status.edits.map(describeEdit);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Ce classeur suit une ancienne organisation (version {status.version})</MessageBarTitle>
        Pour que le complément le lise, ces noms changent (vos données restent les mêmes) :
        <ul aria-label="Changements proposés" style={{ margin: "4px 0", paddingInlineStart: 18 }}>
          {edits.slice(0, SHOWN_EDITS).map((edit) => (
            <li key={edit}>{edit}</li>
          ))}
          {edits.length > SHOWN_EDITS && <li>… et {edits.length - SHOWN_EDITS} autres</li>}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={() => void upgrade(status)}>
          Mettre à jour le classeur
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
