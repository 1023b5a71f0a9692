/**
 * What can be done with a drafted clause — copy it (with its formatting), insert it into the
 * Clauses sheet (one batch; this contract's previous rows replaced, the others kept), download it
 * as .docx — and the outcome of the last action, as a hook so the view stays small.
 */
import * as React from "react";
import { clausesTable } from "../../../domain";
import { clauseHtml, clauseRecords, clauseText, mergeClauseRecords, type DraftedClause } from "../../../domain/drafting";
import type { Services } from "../types";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import { copyClause, downloadFile, DOCX_TYPE } from "./browser-output";
import { decodedRows } from "./contracts";

export type ClauseStatus = { kind: "ok"; message: string } | { kind: "failed"; messages: string[] } | null;

export interface ClauseActions {
  status: ClauseStatus;
  busy: boolean;
  copy: () => Promise<void>;
  insert: () => Promise<void>;
  download: () => Promise<void>;
}

/**
 * @example
 * const actions = useClauseActions(drafted, services);
 * <Button onClick={() => void actions.copy()}>Copier</Button>
 */
export function useClauseActions(clause: DraftedClause, services: Services): ClauseActions {
  const [status, setStatus] = React.useState<ClauseStatus>(null);
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
  return { status, busy, copy, insert, download };
}
