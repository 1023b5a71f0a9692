/**
 * The drafted clause: shown as it will read, then copied (with its formatting), inserted into the
 * Clauses sheet (one batch; this contract's previous rows replaced, the others kept) or downloaded
 * as .docx. The actions and their outcome live in `useClauseActions`, the text in `ClauseText`.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, CopyRegular, TableAddRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { DraftedClause } from "../../../domain/drafting";
import type { Services } from "../types";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { ClauseText } from "./ClauseText";
import { useClauseActions, type ClauseStatus } from "./use-clause-actions";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * @example
 * <ClauseOutput clause={drafted} services={services} />
 */
export function ClauseOutput({ clause, services }: { clause: DraftedClause; services: Services }): React.JSX.Element {
  const styles = useStyles();
  const actions = useClauseActions(clause, services);
  return (
    <section aria-label="Clause rédigée">
      <ClauseNotices clause={clause} />
      <ClauseText clause={clause} />
      <div className={styles.actions}>
        <Button icon={<CopyRegular />} disabled={actions.busy} onClick={() => void actions.copy()}>
          Copier
        </Button>
        <Button icon={<TableAddRegular />} disabled={actions.busy} onClick={() => void actions.insert()}>
          Insérer dans le classeur
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={actions.busy} onClick={() => void actions.download()}>
          Télécharger (.docx)
        </Button>
      </div>
      <ActionStatus status={actions.status} />
    </section>
  );
}

/** What was drafted, with what rules, and what to have checked before publishing. */
function ClauseNotices({ clause }: { clause: DraftedClause }): React.JSX.Element {
  return (
    <>
      <MessageBar intent="success">
        <MessageBarBody>
          Clause rédigée : {clause.basis.label} ({clause.basis.article}), règles {clause.rulePack}.
        </MessageBarBody>
      </MessageBar>
      {clause.unconfirmed.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>À faire vérifier avant publication</MessageBarTitle>
            <ul style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
              {clause.unconfirmed.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function ActionStatus({ status }: { status: ClauseStatus }): React.JSX.Element | null {
  if (status?.kind === "ok") {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{status.message}</MessageBarBody>
      </MessageBar>
    );
  }
  return status?.kind === "failed" ? <ErrorList title="Rien n'a été fait" messages={status.messages} /> : null;
}
