/**
 * « Commande publique »: read a DECP file from disk (only the workbook's buyers, by their SIRET, are
 * kept), see each buyer's rate against the national target, the art. 35 contracts without a social
 * consideration, the renewals coming up and the contracts with a clause not followed yet (tick them
 * to write them to Marchés), and screen the buyers' plan of purchases.
 */
import { Divider, Field, Text } from "@fluentui/react-components";
import * as React from "react";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import type { Services } from "../types";
import { NotFollowed, Renewals } from "./ContractLists";
import RadarView from "./RadarView";
import { ScreeningSection } from "./ScreeningSection";
import { useProcurement } from "./use-procurement";

export default function ProcurementPanel({ services }: { services: Services }): React.JSX.Element {
  const styles = useFormStyles();
  const fileId = React.useId();
  const { state, readFile, writeSelected, screen, toggle } = useProcurement(services);
  const names = new Map([...(state.tables?.buyers ?? [])]);
  const buyerNames = (state.tables?.tables.Acheteurs ?? []).map((row) => String(row.values.name ?? row.values.id));
  return (
    <PanelFrame
      title="Commande publique"
      summary="Repérer, dans les données essentielles (DECP) des acheteurs du tableau Acheteurs, les marchés à clauser, les renouvellements et les marchés clausés à suivre."
    >
      <div className={styles.stack}>
        <Field
          label={{ children: "Fichier DECP (JSON)", htmlFor: fileId }}
          hint={`Acheteurs suivis (SIRET renseigné) : ${state.tables ? state.tables.buyers.size : "…"}`}
        >
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            disabled={state.busy}
            onChange={(event) => event.target.files?.[0] && void readFile(event.target.files[0])}
          />
        </Field>
        <ErrorList title="Rien n'a été lu ni écrit" messages={state.messages} />
        {state.notice && <Text role="status">{state.notice}</Text>}
        {state.read && (
          <Text role="status" aria-label="Lecture du fichier">
            {state.read.read} enregistrement(s) lus : {state.read.contracts.length} retenu(s), {state.read.skipped} hors du territoire,{" "}
            {state.read.rejectedCount} rejeté(s).
          </Text>
        )}
        {state.radar && (
          <>
            <Divider>Radar des acheteurs</Divider>
            <RadarView radar={state.radar} names={names} />
            <Divider>Renouvellements</Divider>
            <Renewals radar={state.radar} names={names} />
            <Divider>Marchés clausés non suivis</Divider>
            <NotFollowed
              radar={state.radar}
              names={names}
              selected={state.selected}
              onToggle={toggle}
              onWrite={() => void writeSelected()}
              busy={state.busy}
            />
          </>
        )}
        <Divider>Programmation des achats</Divider>
        <ScreeningSection
          screening={state.screening}
          onScreen={(wanted) => void screen(wanted)}
          busy={state.busy}
          buyerName={buyerNames.length === 1 ? buyerNames[0]! : "les acheteurs du territoire"}
        />
      </div>
    </PanelFrame>
  );
}
