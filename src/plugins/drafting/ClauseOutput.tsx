/**
 * The drafted clause: shown as it will read, then copied (with its formatting), inserted into the
 * Clauses sheet (one batch; this contract's previous rows replaced, the others kept) or downloaded
 * as .docx.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, CopyRegular, TableAddRegular } from "@fluentui/react-icons";
import * as React from "react";
import { clausesTable } from "../../../domain";
import { clauseHtml, clauseRecords, clauseText, mergeClauseRecords, type DraftedClause } from "../../../domain/drafting";
import type { Services } from "../types";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { copyClause, downloadFile, DOCX_TYPE } from "./browser-output";
import { decodedRows } from "./contracts";

const useStyles = makeStyles({
  text: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    maxHeight: "50vh",
    overflowY: "auto",
    fontSize: tokens.fontSizeBase200,
    "& h4": { margin: `${tokens.spacingVerticalS} 0 0` },
    "& p": { margin: `${tokens.spacingVerticalXS} 0` },
    "& ul": { margin: 0, paddingInlineStart: "18px" },
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Status = { kind: "ok"; message: string } | { kind: "failed"; messages: string[] } | null;

/**
 * @example
 * <ClauseOutput clause={drafted} services={services} />
 */
export function ClauseOutput({ clause, services }: { clause: DraftedClause; services: Services }): React.JSX.Element {
  const styles = useStyles();
  const [status, setStatus] = React.useState<Status>(null);
  const [busy, setBusy] = React.useState(false);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ kind: "ok", message: await action() });
    } catch (error) {
      setStatus({ kind: "failed", messages: error instanceof Error && error.name === "Error" ? [error.message] : messagesOf(error) });
    } finally {
      setBusy(false);
    }
  };
  const copy = () =>
    run(async () =>
      (await copyClause(clauseHtml(clause), clauseText(clause))) === "formatted"
        ? "Clause copiée avec sa mise en forme."
        : "Clause copiée (texte seul).",
    );
  const insert = () =>
    run(async () => {
      const fresh = clauseRecords(clause, services.today());
      const existing = decodedRows(clausesTable, await services.workbook.readTable(clausesTable)).rows.map((row) => row.values);
      await services.workbook.replaceRecords(clausesTable, mergeClauseRecords(existing, fresh));
      return `${fresh.length} sections inscrites dans la feuille Clauses.`;
    });
  const download = () =>
    run(async () => {
      // The docx library is loaded only when a document is asked for: the pane opens faster.
      const { clauseDocx, clauseFileName } = await import("./docx");
      const name = clauseFileName(clause);
      downloadFile(await clauseDocx(clause), name, DOCX_TYPE);
      return `Document ${name} téléchargé.`;
    });
  return (
    <section aria-label="Clause rédigée">
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
      <div className={styles.text} role="document" aria-label="Texte de la clause">
        {clause.parts.map((part) => (
          <div key={part.document}>
            <Text as="h3" weight="semibold" block>
              {part.title}
            </Text>
            {part.sections.map((section) => (
              <div key={section.code}>
                <h4>{section.title}</h4>
                {section.blocks.map((block, index) =>
                  block.kind === "paragraph" ? (
                    <p key={index}>{block.text}</p>
                  ) : (
                    <ul key={index}>
                      {block.items.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  ),
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
      <div className={styles.actions}>
        <Button icon={<CopyRegular />} disabled={busy} onClick={() => void copy()}>
          Copier
        </Button>
        <Button icon={<TableAddRegular />} disabled={busy} onClick={() => void insert()}>
          Insérer dans le classeur
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => void download()}>
          Télécharger (.docx)
        </Button>
      </div>
      {status?.kind === "ok" && (
        <MessageBar intent="success">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
      {status?.kind === "failed" && <ErrorList title="Rien n'a été fait" messages={status.messages} />}
    </section>
  );
}
