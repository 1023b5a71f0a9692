/**
 * What the last step of « Importer » gave: rows written (and where the rejected ones stay), a dry
 * run stopped at the facilitator's request, or what went wrong (nothing written).
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import type { ImportOutcome } from "./use-import-wizard";

/**
 * @example
 * <ImportOutcomeView outcome={{ kind: "written", rows: 5, table: "Heures" }} rejectedIn="Ancien suivi" />
 */
export function ImportOutcomeView({ outcome, rejectedIn }: { outcome: ImportOutcome; rejectedIn?: string }): React.JSX.Element | null {
  if (outcome?.kind === "stopped") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Vérification arrêtée : rien n'a été écrit. Relancez-la quand vous voulez.</MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome?.kind === "failed") return <ErrorList title="Rien n'a été écrit" messages={outcome.messages} />;
  if (outcome?.kind !== "written") return null;
  const many = outcome.rows > 1;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {formatNumberFr(outcome.rows, 0)} ligne{many ? "s" : ""} ajoutée{many ? "s" : ""} au tableau {outcome.table}.
        {rejectedIn
          ? ` Les lignes rejetées restent dans la feuille « ${rejectedIn} » : corrigez-les, puis importez à nouveau (les lignes déjà importées seront reconnues).`
          : ""}
      </MessageBarBody>
    </MessageBar>
  );
}
