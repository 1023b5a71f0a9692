/**
 * « Insérer dans le classeur »: what the guard found before writing (a key already in the table is
 * shown old → new with an update offered, never written twice), the button, and the outcome.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ArrowSyncRegular, TableAddRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { KeyConflict } from "../../../domain";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import type { Outcome } from "./use-sizing-form";

export interface WriteSectionProps {
  /** Messages of the guard that belong to no field. */
  general: readonly string[];
  conflicts: readonly KeyConflict[];
  /** Whether a field still shows a problem (nothing can be written). */
  blocked: boolean;
  referenceMissing: boolean;
  writing: boolean;
  canUpdate: boolean;
  outcome: Outcome;
  insert: () => void;
  update: () => void;
}

/**
 * @example
 * <WriteSection general={[]} conflicts={[]} blocked={false} referenceMissing={false} writing={false} canUpdate outcome={null} insert={insert} update={update} />
 */
export function WriteSection(props: WriteSectionProps): React.JSX.Element {
  const styles = useFormStyles();
  const conflicting = props.conflicts.length > 0;
  return (
    <div className={styles.stack}>
      <ErrorList title="À corriger avant d'écrire" messages={props.general} />
      {conflicting && (
        <ConflictNotice conflicts={props.conflicts} canUpdate={props.canUpdate} writing={props.writing} update={props.update} />
      )}
      {!conflicting && (
        <Button
          appearance="primary"
          icon={<TableAddRegular />}
          disabled={props.writing || props.referenceMissing || props.blocked}
          onClick={props.insert}
        >
          Insérer dans le classeur
        </Button>
      )}
      {props.referenceMissing && (
        <MessageBar intent="info">
          <MessageBarBody>Indiquez la référence du marché pour l'inscrire au tableau Marchés.</MessageBarBody>
        </MessageBar>
      )}
      <OutcomeMessage outcome={props.outcome} />
    </div>
  );
}

function ConflictNotice(props: {
  conflicts: readonly KeyConflict[];
  canUpdate: boolean;
  writing: boolean;
  update: () => void;
}): React.JSX.Element {
  const rows = props.conflicts.map((conflict) => conflict.row).join(", ");
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          Déjà au classeur (ligne{props.conflicts.length > 1 ? "s" : ""} {rows})
        </MessageBarTitle>
        <ul style={{ margin: "4px 0", paddingInlineStart: 18 }}>
          {props.conflicts.flatMap((conflict) =>
            conflict.changes.length === 0
              ? [<li key={conflict.key}>{conflict.key} : aucune différence</li>]
              : conflict.changes.map((change) => (
                  <li key={`${conflict.key}-${change.column}`}>
                    {conflict.key}, {change.column} : {change.before || "(vide)"} → {change.after || "(vide)"}
                  </li>
                )),
          )}
        </ul>
        {props.canUpdate ? (
          <Button icon={<ArrowSyncRegular />} disabled={props.writing} onClick={props.update}>
            Mettre à jour {props.conflicts.length > 1 ? "ces lignes" : "cette ligne"}
          </Button>
        ) : (
          "Ce classeur ne permet pas de mettre la ligne à jour d'ici : changez la référence."
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

function OutcomeMessage({ outcome }: { outcome: Outcome }): React.JSX.Element | null {
  if (!outcome) return null;
  if (outcome.kind === "failed") return <ErrorList title="Rien n'a été écrit" messages={outcome.messages} />;
  const plural = outcome.rows > 1 ? "s" : "";
  const verb = outcome.kind === "written" ? `ajoutée${plural} au` : `mise${plural} à jour dans le`;
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        {outcome.rows} ligne{plural} {verb} tableau Marchés.
      </MessageBarBody>
    </MessageBar>
  );
}
