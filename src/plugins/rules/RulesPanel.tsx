/**
 * The « Règles » panel: the pack in force, every value with its source, validity and « confirmé / à
 * confirmer » (filterable, folded by section), import of a territory pack (validated entirely, its
 * changes shown before anything is stored), its export as JSON, and return to the national pack.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import * as React from "react";
import { isoFromDay, packRef } from "../../../domain";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { SETTINGS } from "../../workbook/port";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import type { Services } from "../types";
import { PackExchange, type PackOutcome } from "./PackExchange";
import { RuleValueList } from "./RuleValueList";
import { ruleValues, type RuleValue } from "./rule-values";
import { withTerritoryValue, type TerritoryValue, type ValueTarget } from "./territory-value";

const useStyles = makeStyles({
  meta: { display: "flex", flexDirection: "column", rowGap: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Outcome = PackOutcome | { kind: "reset"; ref: string };

export default function RulesPanel({ services }: { services: Services }): React.JSX.Element {
  const styles = useStyles();
  const pack = useActivePack(services);
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  const values = React.useMemo(() => ruleValues(pack, services.rules.sections()), [pack, services.rules]);

  const today = isoFromDay(services.today());
  async function setForTerritory(value: RuleValue, set: TerritoryValue): Promise<void> {
    try {
      const stored = await services.workbook.readSetting<unknown>(SETTINGS.territoryPack);
      const imported = await services.rules.importTerritoryPack(withTerritoryValue(stored, pack, value.target as ValueTarget, set, today));
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
      <RuleValueList values={values} territory={{ today, save: setForTerritory }} />
      <PackExchange services={services} pack={pack} show={setOutcome} />
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
      {outcome?.kind === "exported" && (
        <MessageBar intent="success">
          <MessageBarBody>{outcome.ref} téléchargé : à transmettre à l'autre guichet, qui l'importe ici.</MessageBarBody>
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
