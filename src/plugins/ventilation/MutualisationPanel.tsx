/**
 * The « Mutualisation » panel: pick a company (or all) and a rule; see each contract's obligation,
 * direct and ventilated hours, what remains, realised against elapsed time, the contracts ending soon
 * short of their obligation; compare the four rules; explain a figure; and write the Ventilation
 * table (every company, one batch) — the only table this panel writes. State and computations live
 * in `useMutualisation`; the lists are paged, so the pane answers at 100 000 hour lines.
 */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import * as React from "react";
import { POLICY_LABELS } from "../../../domain/ventilation";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import type { Services } from "../types";
import { MutualisationChoices } from "./MutualisationChoices";
import { MutualisationResults } from "./MutualisationResults";
import { useMutualisation, type Written } from "./use-mutualisation";

export default function MutualisationPanel({ services }: { services: Services }): React.JSX.Element {
  const panel = useMutualisation(services);
  return (
    <PanelFrame
      title="Mutualisation"
      summary="Les heures d'insertion de chaque entreprise, mises en commun puis ventilées entre ses marchés jour par jour, selon leurs dates et une règle énoncée."
    >
      <MutualisationChoices panel={panel} />
      {panel.computing && <Spinner size="tiny" label="Lecture des tableaux Marchés, Heures et Participants, et ventilation…" />}
      {panel.computed.kind === "invalid" && (
        <ErrorList title="À corriger dans le classeur avant de ventiler" messages={panel.computed.messages} />
      )}
      {panel.view && <MutualisationResults panel={panel} view={panel.view} />}
      <WriteOutcome written={panel.written} />
    </PanelFrame>
  );
}

function WriteOutcome({ written }: { written: Written }): React.JSX.Element | null {
  if (written?.kind === "failed")
    return <ErrorList title="La ventilation n'a pas été écrite (rien n'a changé)" messages={written.messages} />;
  if (written?.kind !== "written") return null;
  const plural = written.rows > 1 ? "s" : "";
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        {written.rows} ligne{plural} écrite{plural} dans le tableau Ventilation (règle « {POLICY_LABELS[written.policy]} »).
      </MessageBarBody>
    </MessageBar>
  );
}
