/**
 * The « Mutualisation » panel: pick a company (or all) and a rule; see each contract's obligation,
 * direct and ventilated hours, what remains, realised against elapsed time, the contracts ending soon
 * short of their obligation; compare the four rules; explain a figure; and write the Ventilation
 * table (every company, one batch) — the only table this panel writes.
 */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, TableArrowUpRegular } from "@fluentui/react-icons";
import * as React from "react";
import { formatNumberFr, sectionOf, ventilationTable, type RulePack } from "../../../domain";
import {
  contractProgress,
  POLICIES,
  POLICY_LABELS,
  SPREAD_LABELS,
  SPREADS,
  ventilationRecords,
  ventilationSection,
  type Policy,
  type Spread,
} from "../../../domain/ventilation";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import type { Services } from "../types";
import { ContractExplanation } from "./ContractExplanation";
import { ContractsTable, frenchDate, PolicyComparison, SetAsideTable } from "./PoolingTables";
import { marketsOf, poolingView, setAsideOf, type PoolingView } from "./pooling-view";
import { usePoolingTables, type PoolingTables } from "./use-pooling-tables";

const useStyles = makeStyles({
  choices: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  wide: { gridColumn: "1 / span 2" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Written = { kind: "written"; rows: number; policy: Policy } | { kind: "failed"; messages: string[] } | null;

export default function MutualisationPanel({ services }: { services: Services }): React.JSX.Element {
  const styles = useStyles();
  const pack = useActivePack(services);
  const rules = sectionOf(pack, ventilationSection);
  const today = services.today();
  const { tables, reload } = usePoolingTables(services.workbook);
  const [company, setCompany] = React.useState("");
  const [policy, setPolicy] = React.useState<Policy>(rules.policy.value);
  const [spread, setSpread] = React.useState<Spread>(rules.spread.value);
  const [explained, setExplained] = React.useState("");
  const [written, setWritten] = React.useState<Written>(null);
  const [writing, setWriting] = React.useState(false);
  const computed = React.useMemo(() => compute(tables, pack, policy, spread), [tables, pack, policy, spread]);

  async function write(view: PoolingView): Promise<void> {
    setWriting(true);
    try {
      const records = ventilationRecords(view.result);
      await services.workbook.replaceRecords(ventilationTable, records);
      setWritten({ kind: "written", rows: records.length, policy: view.result.policy });
    } catch (error) {
      setWritten({ kind: "failed", messages: messagesOf(error) });
    } finally {
      setWriting(false);
    }
  }

  const view = computed.kind === "view" ? computed.view : null;
  const markets = view ? marketsOf(view.result, company) : [];
  return (
    <PanelFrame
      title="Mutualisation"
      summary="Les heures d'insertion de chaque entreprise, mises en commun puis ventilées entre ses marchés jour par jour, selon leurs dates et une règle énoncée."
    >
      <div className={styles.choices}>
        <Field label="Entreprise">
          <Select
            value={company}
            onChange={(_, data) => {
              setCompany(data.value);
              setExplained("");
            }}
          >
            <option value="">Toutes</option>
            {(view?.companies ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Répartition des heures">
          <Select
            value={spread}
            onChange={(_, data) => {
              setSpread(data.value as Spread);
              setWritten(null);
            }}
          >
            {SPREADS.map((code) => (
              <option key={code} value={code}>
                {SPREAD_LABELS[code]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          className={styles.wide}
          label="Règle de ventilation"
          hint={`Par défaut : ${POLICY_LABELS[rules.policy.value]}${rules.policy.confirmed ? "" : " (à confirmer : aucune méthode n'est documentée ; décision du guichet)"}`}
        >
          <Select
            value={policy}
            onChange={(_, data) => {
              setPolicy(data.value as Policy);
              setWritten(null);
            }}
          >
            {POLICIES.map((code) => (
              <option key={code} value={code}>
                {POLICY_LABELS[code]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {tables.status === "loading" && <Spinner size="tiny" label="Lecture des tableaux Marchés et Heures…" />}
      {computed.kind === "invalid" && <ErrorList title="À corriger dans le classeur avant de ventiler" messages={computed.messages} />}
      {view && (
        <>
          <Alerts markets={markets} today={today} alertDays={rules.alertDays.value} />
          {markets.length === 0 ? (
            <Text>Aucun marché dans le tableau Marchés.</Text>
          ) : (
            <ContractsTable markets={markets} today={today} alertDays={rules.alertDays.value} />
          )}
          <SetAsideTable companies={setAsideOf(view.result, company)} />
          <section className={styles.section} aria-label="Comparer les règles">
            <Text weight="semibold">Comparer les règles</Text>
            <PolicyComparison comparison={view.comparison} company={company} chosen={policy} />
          </section>
          <section className={styles.section} aria-label="Expliquer un chiffre">
            <Field label="Expliquer le marché">
              <Select value={explained} onChange={(_, data) => setExplained(data.value)}>
                <option value="">—</option>
                {markets.map((market) => (
                  <option key={market.id} value={market.id}>
                    {market.id}
                  </option>
                ))}
              </Select>
            </Field>
            {explained && <ContractExplanation result={view.result} id={explained} lineRows={view.lineRows} />}
          </section>
          <div className={styles.actions}>
            <Button appearance="primary" icon={<TableArrowUpRegular />} disabled={writing} onClick={() => void write(view)}>
              Écrire la ventilation
            </Button>
            <Button
              icon={<ArrowClockwiseRegular />}
              onClick={() => {
                reload();
                setWritten(null);
              }}
            >
              Relire le classeur
            </Button>
          </div>
          <Text size={100} className={styles.muted}>
            Toutes les entreprises sont écrites dans le tableau Ventilation, qui est remplacé en entier. Règles : {view.result.rulePack} ;
            empreinte des données : {view.result.inputDigest.slice(0, 15)}…
          </Text>
        </>
      )}
      {written?.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {written.rows} ligne{written.rows > 1 ? "s" : ""} écrite{written.rows > 1 ? "s" : ""} dans le tableau Ventilation (règle «{" "}
            {POLICY_LABELS[written.policy]} »).
          </MessageBarBody>
        </MessageBar>
      )}
      {written?.kind === "failed" && <ErrorList title="La ventilation n'a pas été écrite (rien n'a changé)" messages={written.messages} />}
    </PanelFrame>
  );
}

type Computed = { kind: "none" } | { kind: "view"; view: PoolingView } | { kind: "invalid"; messages: string[] };

function compute(tables: PoolingTables, pack: RulePack, policy: Policy, spread: Spread): Computed {
  if (tables.status === "loading") return { kind: "none" };
  if (tables.status === "invalid") return { kind: "invalid", messages: tables.messages };
  try {
    return { kind: "view", view: poolingView(tables.markets, tables.hours, pack, { policy, spread }) };
  } catch (error) {
    return { kind: "invalid", messages: messagesOf(error) };
  }
}

/** Contracts ending within the horizon, or ended, with hours still due. */
function Alerts({
  markets,
  today,
  alertDays,
}: {
  markets: ReturnType<typeof marketsOf>;
  today: number;
  alertDays: number;
}): React.JSX.Element | null {
  const progress = markets.map((market) => contractProgress(market, today, alertDays));
  const ending = progress.filter((entry) => entry.endingShort);
  const ended = progress.filter((entry) => entry.endedShort);
  if (ending.length === 0 && ended.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Marchés en retard sur leurs heures dues</MessageBarTitle>
        <ul style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
          {ending.map(({ market, daysLeft }) => (
            <li key={market.id}>
              {market.id} se termine le {frenchDate(market.end)} (dans {daysLeft} jour{daysLeft > 1 ? "s" : ""}) : il manque{" "}
              {formatNumberFr(market.remaining, 1)} h.
            </li>
          ))}
          {ended.map(({ market }) => (
            <li key={market.id}>
              {market.id} s'est terminé le {frenchDate(market.end)} avec {formatNumberFr(market.remaining, 1)} h manquantes.
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
