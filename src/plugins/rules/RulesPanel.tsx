/**
 * The « Règles » panel: the pack in force, its sections with what remains « à confirmer », import
 * of a territory pack (validated entirely before anything is stored) and return to the national pack.
 */
import {
  Badge,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import * as React from "react";
import { packRef } from "../../../domain";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import type { Services } from "../types";
import { fileUnreadable } from "./errors";
import { summarisePack } from "./pack-summary";

const useStyles = makeStyles({
  meta: { display: "flex", flexDirection: "column", rowGap: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Outcome = { kind: "imported" | "reset"; ref: string } | { kind: "failed"; messages: string[] } | null;

export default function RulesPanel({ services }: { services: Services }): React.JSX.Element {
  const styles = useStyles();
  const pack = useActivePack(services);
  const [outcome, setOutcome] = React.useState<Outcome>(null);

  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    try {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw fileUnreadable(file.name);
      }
      const imported = await services.rules.importTerritoryPack(json);
      setOutcome({ kind: "imported", ref: packRef(imported) });
    } catch (error) {
      setOutcome({ kind: "failed", messages: messagesOf(error) });
    }
  }

  async function reset(): Promise<void> {
    const national = await services.rules.resetToNational();
    setOutcome({ kind: "reset", ref: packRef(national) });
  }

  return (
    <PanelFrame
      title="Règles"
      summary="Les paramètres de calcul (taux, coûts, critères, seuils…) viennent d'un paquet de règles daté et sourcé, enregistré dans le classeur."
    >
      <div className={styles.meta}>
        <Text weight="semibold">{pack.meta.label}</Text>
        <Text size={200}>
          {packRef(pack)} — publié le {pack.meta.publishedOn.split("-").reverse().join("/")}
        </Text>
        <Text size={200} className={styles.muted}>
          Source : {pack.meta.source}
        </Text>
      </div>
      <Table size="small" aria-label="Sections du paquet">
        <TableBody>
          {summarisePack(pack, services.rules.sections()).map((section) => (
            <TableRow key={section.key}>
              <TableCell>{section.label}</TableCell>
              <TableCell>
                {section.unconfirmed > 0 ? (
                  <Badge color="warning">{section.unconfirmed} à confirmer</Badge>
                ) : (
                  <Badge color="success">sourcé</Badge>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Field
        label="Importer le paquet de votre territoire (JSON)"
        hint="Il complète le paquet national ; il est vérifié en entier avant d'être enregistré dans le classeur."
      >
        <input
          type="file"
          accept=".json,application/json"
          aria-label="Fichier du paquet de règles"
          onChange={(event) => void importFile(event.target.files?.[0])}
        />
      </Field>
      {pack.meta.kind === "territory" && (
        <Button icon={<ArrowResetRegular />} onClick={() => void reset()}>
          Revenir au paquet national
        </Button>
      )}
      {outcome?.kind === "imported" && (
        <MessageBar intent="success">
          <MessageBarBody>Paquet {outcome.ref} importé et enregistré dans le classeur.</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "reset" && (
        <MessageBar intent="info">
          <MessageBarBody>Le classeur utilise de nouveau le paquet {outcome.ref}.</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && <ErrorList title="Le paquet n'a pas été importé (rien n'a changé)" messages={outcome.messages} />}
    </PanelFrame>
  );
}
