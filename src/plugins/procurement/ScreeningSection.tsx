/**
 * Screening the Programmation table: the trades the territory's candidates want, the ranked
 * purchases with their reasons, and the note d'opportunité (.docx) for the buyer.
 */
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import type { Screening } from "../../../domain/procurement";
import { ErrorList } from "../../plugin-kit/ui/ErrorList";
import { downloadFile, DOCX_TYPE } from "./download";
import { opportunityNoteDocx } from "./note-docx";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * @example
 * <ScreeningSection screening={null} onScreen={screen} busy={false} buyerName="Ville de Valrivière" />
 */
export function ScreeningSection(props: {
  screening: Screening | null;
  onScreen: (wanted: string[]) => void;
  busy: boolean;
  buyerName: string;
}): React.JSX.Element {
  const styles = useStyles();
  const [wanted, setWanted] = React.useState("");
  const trades = wanted
    .split(/[,;]/)
    .map((trade) => trade.trim())
    .filter(Boolean);
  const note = async () => {
    if (props.screening)
      downloadFile(await opportunityNoteDocx(props.screening, { buyer: props.buyerName }), "note-opportunite.docx", DOCX_TYPE);
  };
  return (
    <div className={styles.column}>
      <Field label="Métiers recherchés par les candidats (codes, séparés par des virgules)">
        <Input value={wanted} onChange={(_, data) => setWanted(data.value)} placeholder="peinture, nettoyage" />
      </Field>
      <Button disabled={props.busy} onClick={() => props.onScreen(trades)}>
        Examiner la programmation
      </Button>
      {props.screening && <ScreeningResult screening={props.screening} />}
      {props.screening && props.screening.purchases.length > 0 && (
        <Button onClick={() => void note()}>Note d&apos;opportunité (.docx)</Button>
      )}
    </div>
  );
}

function ScreeningResult({ screening }: { screening: Screening }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      <ErrorList title="Lignes de la programmation à compléter" messages={screening.errors.map((error) => error.message)} />
      {screening.purchases.length === 0 ? (
        <Text>Le tableau Programmation est vide ou absent : saisissez les achats prévus (objet, CPV, montant, durée, lancement).</Text>
      ) : (
        <ol className={styles.list} aria-label="Achats prévus, par priorité">
          {screening.purchases.map((purchase) => (
            <li key={purchase.id}>
              <Text weight="semibold">
                {purchase.id} – {purchase.label} : {purchase.score}/100
              </Text>{" "}
              {purchase.mandatory ? "Condition sociale obligatoire. " : ""}
              {purchase.vehicle.label}
              {purchase.vehicle.article ? ` (${purchase.vehicle.article})` : ""}.{" "}
              {purchase.estimatedHours === null ? purchase.sizing : `Environ ${formatNumberFr(purchase.estimatedHours, 0)} h.`} Raisons :{" "}
              {purchase.reasons.map((reason) => reason.text).join(" ; ")}.
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
