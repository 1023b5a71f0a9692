/**
 * What the « Mutualisation » panel shows once the ventilation is computed: alerts, contracts, hours
 * set aside, the rules compared (on demand: three more ventilations), the explanation of a contract,
 * and the buttons to write the Ventilation table or read the workbook again.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, DataBarVerticalRegular, TableArrowUpRegular } from "@fluentui/react-icons";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import { contractProgress, type MarketOutcome } from "../../../domain/ventilation";
import { WorkProgress } from "../../plugin-kit/ui/WorkProgress";
import { policyComparison } from "./comparison";
import { ContractExplanation, ContractPicker } from "./ContractExplanation";
import { ContractsTable, frenchDate, PolicyComparison, SetAsideTable } from "./PoolingTables";
import type { PoolingView } from "./pooling-view";
import type { useMutualisation } from "./use-mutualisation";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Panel = ReturnType<typeof useMutualisation>;

/**
 * @example
 * {panel.view && <MutualisationResults panel={panel} view={panel.view} />}
 */
export function MutualisationResults({ panel, view }: { panel: Panel; view: PoolingView }): React.JSX.Element {
  const styles = useStyles();
  const { choice, choose, markets } = panel;
  return (
    <>
      <Alerts markets={markets} today={panel.today} alertDays={panel.rules.alertDays.value} />
      {markets.length === 0 ? (
        <Text>Aucun marché dans le tableau Marchés.</Text>
      ) : (
        <ContractsTable markets={markets} today={panel.today} alertDays={panel.rules.alertDays.value} />
      )}
      <SetAsideTable companies={panel.setAside} />
      <Comparison panel={panel} />
      <section className={styles.section} aria-label="Expliquer un chiffre">
        <ContractPicker key={choice.company} markets={markets} value={choice.explained} pick={(id) => choose({ explained: id })} />
        {choice.explained && panel.explanation?.market.id === choice.explained && (
          <ContractExplanation explanation={panel.explanation} id={choice.explained} />
        )}
      </section>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<TableArrowUpRegular />} disabled={panel.writing} onClick={() => void panel.write(view.result)}>
          Écrire la ventilation
        </Button>
        <Button icon={<ArrowClockwiseRegular />} onClick={panel.reload}>
          Relire le classeur
        </Button>
      </div>
      {panel.progress && (
        <WorkProgress label="Écriture de la ventilation" done={panel.progress.count} total={panel.progress.total ?? undefined} />
      )}
      <Text size={100} className={styles.muted}>
        Toutes les entreprises sont écrites dans le tableau Ventilation, qui est remplacé en entier. Règles : {view.result.rulePack} ;
        empreinte des données : {view.result.inputDigest.slice(0, 15)}…
      </Text>
    </>
  );
}

function Comparison({ panel }: { panel: Panel }): React.JSX.Element {
  const styles = useStyles();
  const { comparison, choice } = panel;
  const rows = React.useMemo(
    () => (comparison ? policyComparison(comparison, choice.company, choice.policy) : null),
    [comparison, choice.company, choice.policy],
  );
  return (
    <section className={styles.section} aria-label="Comparer les règles">
      <Text weight="semibold">Comparer les règles</Text>
      {rows ? (
        <PolicyComparison rows={rows} />
      ) : (
        <Button icon={<DataBarVerticalRegular />} onClick={() => panel.choose({ compare: true })}>
          Comparer les quatre règles
        </Button>
      )}
    </section>
  );
}

/** Contracts listed in an alert before the rest are counted (a territory can have hundreds). */
const LISTED_ALERTS = 10;

/** Contracts ending within the horizon, or ended, with hours still due. */
function Alerts({
  markets,
  today,
  alertDays,
}: {
  markets: readonly MarketOutcome[];
  today: number;
  alertDays: number;
}): React.JSX.Element | null {
  const progress = React.useMemo(() => markets.map((market) => contractProgress(market, today, alertDays)), [markets, today, alertDays]);
  const ending = progress.filter((entry) => entry.endingShort);
  const ended = progress.filter((entry) => entry.endedShort);
  if (ending.length === 0 && ended.length === 0) return null;
  const items = [
    ...ending.map(({ market, daysLeft }) => [
      market.id,
      `${market.id} se termine le ${frenchDate(market.end)} (dans ${daysLeft} jour${daysLeft > 1 ? "s" : ""}) : il manque ${formatNumberFr(market.remaining, 1)} h.`,
    ]),
    ...ended.map(({ market }) => [
      market.id,
      `${market.id} s'est terminé le ${frenchDate(market.end)} avec ${formatNumberFr(market.remaining, 1)} h manquantes.`,
    ]),
  ];
  const rest = items.length - LISTED_ALERTS;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Marchés en retard sur leurs heures dues</MessageBarTitle>
        <ul style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
          {items.slice(0, LISTED_ALERTS).map(([id, text]) => (
            <li key={id}>{text}</li>
          ))}
          {rest > 0 && <li>… et {rest} autres marchés (filtrez le tableau ci-dessous).</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
