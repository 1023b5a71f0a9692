/**
 * The « Bilans » panel: choose how to group (buyer, contract, company, year), the scope, the period
 * and the view; see the figures and charts, explain any figure; write the Bilans sheet with native
 * charts; export a buyer's (or company's) bilan as .xlsx or print it. Exports always use the
 * external view — aggregates, small counts masked — whatever view is on screen.
 */
import {
  Accordion,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, ArrowDownloadRegular, PrintRegular, TableArrowUpRegular } from "@fluentui/react-icons";
import * as React from "react";
import { bilansTable, errorsOf, sectionOf, type RulePack } from "../../../domain";
import {
  bilanRecords,
  chartBlocks,
  monthLabel,
  reportingSection,
  type Audience,
  type BilanView,
  type Grouping,
  type ReportBase,
  type ReportView,
  type BilanSet,
} from "../../../domain/reporting";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import { downloadFile } from "../drafting/browser-output";
import type { Services } from "../types";
import { BilanHours } from "./BilanFigures";
import { BilanSections, Section } from "./BilanSections";
import { exportAudience, paneViews, type BilanChoice } from "./bilan-state";
import { bilanHtml, printPage } from "./print-bilan";
import { releaseFromPane } from "./release-register";
import { RetentionSection } from "./RetentionSection";
import { useBilanBase } from "./use-bilan-tables";
import type { DecodedBilanTables } from "./bilan-engine";
import { bilanWorkbook, exportName, XLSX_TYPE } from "./xlsx-export";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const GROUPING_LABELS: Record<Grouping, string> = { buyer: "Acheteur", contract: "Marché", company: "Entreprise", year: "Année" };
const AUDIENCE_LABELS: Record<Audience, string> = {
  facilitator: "Interne (données personnelles)",
  buyer: "Pour l'acheteur (diffusable)",
  company: "Pour l'entreprise (diffusable)",
};

type Message = { kind: "success" | "warning"; text: string } | { kind: "failed"; messages: string[] } | null;

/**
 * @example
 * <BilansPanel services={services} />
 */
export default function BilansPanel({ services }: { services: Services }): React.JSX.Element {
  const pack = useActivePack(services);
  const today = services.today();
  // Built off the page's thread (a Web Worker where there is one): the pane never freezes.
  const { read, reload } = useBilanBase(services.workbook, pack, today);
  return (
    <PanelFrame
      title="Bilans"
      summary="Heures, personnes et sorties par acheteur, marché, entreprise ou année ; chaque chiffre s'explique. Les exports ne montrent aucune personne."
    >
      {read.status === "loading" && <Spinner size="tiny" label="Lecture des tableaux du classeur et calcul des bilans…" />}
      {read.status === "invalid" && <ErrorList title="À corriger dans le classeur avant les bilans" messages={read.messages} />}
      {read.status === "ready" && <Bilans services={services} base={read.base} pack={pack} tables={read.tables} reload={reload} />}
    </PanelFrame>
  );
}

function Bilans(props: {
  services: Services;
  base: ReportBase;
  pack: RulePack;
  tables: DecodedBilanTables;
  reload: () => void;
}): React.JSX.Element {
  const { services, base, pack } = props;
  const styles = useStyles();
  const [choice, setChoice] = React.useState<BilanChoice>({ grouping: "buyer", from: "", to: "", audience: "facilitator" });
  const [selected, setSelected] = React.useState("total");
  const [message, setMessage] = React.useState<Message>(null);
  const choose = (change: Partial<BilanChoice>) => {
    setChoice((current) => ({ ...current, ...change }));
    if (change.grouping) setSelected("total");
    setMessage(null);
  };
  const views = React.useMemo(() => {
    try {
      return { ok: true as const, ...paneViews(base, pack, choice) };
    } catch (error) {
      // A reversed period is the facilitator's choice: said under « Au mois », not as a failure.
      const reversed = errorsOf(error).find((found) => found.code === "reporting.period.reversed");
      return { ok: false as const, messages: reversed ? [] : messagesOf(error), periodError: reversed?.reason };
    }
  }, [base, pack, choice]);
  const index = selected === "total" ? -1 : Number(selected);
  // Each export is protected with the releases already in « Diffusions », then recorded there.
  const audience = exportAudience(choice.audience, choice.grouping);
  const release = (set: BilanSet) => () => releaseFromPane(services.workbook, set, audience, index);
  return (
    <>
      <Choices
        base={base}
        choice={choice}
        choose={choose}
        scopes={views.ok ? views.view.bilans : []}
        selected={selected}
        select={setSelected}
        periodError={views.ok ? undefined : views.periodError}
      />
      {!views.ok && <ErrorList title="Période impossible" messages={views.messages} />}
      {views.ok && (
        <Shown
          view={views.view}
          bilan={views.view.bilans[index] ?? views.view.total}
          traced={views.set.bilans[index] ?? views.set.total}
          base={base}
          rules={views.set.context.rules}
        />
      )}
      {views.ok && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<TableArrowUpRegular />}
            onClick={() => void writeSheet(services, views.view, index, setMessage)}
          >
            Écrire la feuille Bilans
          </Button>
          <Button icon={<ArrowDownloadRegular />} onClick={() => void exportXlsx(release(views.set), index, setMessage)}>
            Exporter pour {exportAudience(choice.audience, choice.grouping) === "company" ? "l'entreprise" : "l'acheteur"} (.xlsx)
          </Button>
          <Button icon={<PrintRegular />} onClick={() => void printExport(release(views.set), index, setMessage)}>
            Imprimer (PDF)
          </Button>
          <Button icon={<ArrowClockwiseRegular />} onClick={props.reload}>
            Relire le classeur
          </Button>
        </div>
      )}
      <Outcome message={message} />
      <Text size={100} className={styles.muted}>
        Règles : {base.rulePack} ; seuil de diffusion : {sectionOf(pack, reportingSection).smallCount.value} personnes.
      </Text>
      <Accordion collapsible>
        <Section value="retention" title="Conservation des données personnelles">
          <RetentionSection workbook={services.workbook} tables={props.tables} pack={pack} today={base.today} onPurged={props.reload} />
        </Section>
      </Accordion>
    </>
  );
}

function Choices(props: {
  base: ReportBase;
  choice: BilanChoice;
  choose: (change: Partial<BilanChoice>) => void;
  scopes: readonly BilanView[];
  selected: string;
  select: (value: string) => void;
  periodError?: string;
}): React.JSX.Element {
  const form = useFormStyles();
  const { base, choice, choose } = props;
  const months = base.months;
  return (
    <div className={form.grid}>
      <Field label="Bilans par">
        <Select className={form.fill} value={choice.grouping} onChange={(_, data) => choose({ grouping: data.value as Grouping })}>
          {(Object.keys(GROUPING_LABELS) as Grouping[]).map((code) => (
            <option key={code} value={code}>
              {GROUPING_LABELS[code]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Périmètre">
        <Select className={form.fill} value={props.selected} onChange={(_, data) => props.select(data.value)}>
          <option value="total">Territoire</option>
          {props.scopes.map((bilan, index) => (
            <option key={`${bilan.scope.id}-${bilan.period?.from}`} value={String(index)}>
              {choice.grouping === "year" ? (bilan.period?.label ?? "") : bilan.scope.label}
            </option>
          ))}
        </Select>
      </Field>
      <MonthField label="Du mois" open="Début des heures" months={months} value={choice.from} pick={(from) => choose({ from })} />
      <MonthField
        label="Au mois"
        open="Fin des heures"
        months={months}
        value={choice.to}
        pick={(to) => choose({ to })}
        error={props.periodError}
      />
      <Field label="Vue" className={form.wide}>
        <Select className={form.fill} value={choice.audience} onChange={(_, data) => choose({ audience: data.value as Audience })}>
          {(Object.keys(AUDIENCE_LABELS) as Audience[]).map((code) => (
            <option key={code} value={code}>
              {AUDIENCE_LABELS[code]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

/** One bound of the period: a month with hours, or « open » (empty value) for no bound. */
function MonthField(props: {
  label: string;
  open: string;
  months: readonly string[];
  value: string;
  pick: (month: string) => void;
  error?: string;
}): React.JSX.Element {
  const form = useFormStyles();
  return (
    <Field label={props.label} validationMessage={props.error}>
      <Select className={form.fill} value={props.value} onChange={(_, data) => props.pick(data.value)}>
        <option value="">{props.open}</option>
        {props.months.map((month) => (
          <option key={month} value={month}>
            {monthLabel(month)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function Shown(props: {
  view: ReportView;
  bilan: BilanView;
  traced: Parameters<typeof BilanSections>[0]["traced"];
  base: ReportBase;
  rules: Parameters<typeof BilanSections>[0]["rules"];
}): React.JSX.Element {
  const styles = useStyles();
  const { view, bilan } = props;
  return (
    <section className={styles.section} aria-label={`Bilan ${bilan.scope.label}`}>
      <MessageBar intent={view.personalData ? "warning" : "info"} layout="multiline">
        <MessageBarBody>{view.notice}</MessageBarBody>
      </MessageBar>
      <Text weight="semibold">
        {bilan.scope.label} — {bilan.period?.label ?? "toute la période"}
      </Text>
      <BilanHours bilan={bilan} />
      <BilanSections bilan={bilan} traced={props.traced} base={props.base} rules={props.rules} internal={view.personalData} />
    </section>
  );
}

function Outcome({ message }: { message: Message }): React.JSX.Element | null {
  if (!message) return null;
  if (message.kind === "failed") return <ErrorList title="Rien n'a été écrit" messages={message.messages} />;
  return (
    <MessageBar intent={message.kind}>
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}

/** The Bilans table (every bilan of the view) and the charts of the bilan shown, in one batch. */
async function writeSheet(services: Services, view: ReportView, index: number, show: (message: Message) => void): Promise<void> {
  try {
    const records = bilanRecords(view);
    const bilan = view.bilans[index] ?? view.total;
    if (services.workbook.writeReport) {
      await services.workbook.writeReport({ table: bilansTable, records, charts: chartBlocks(bilan) });
      show({
        kind: "success",
        text: `${records.length} lignes écrites dans la feuille Bilans, avec les graphiques de « ${bilan.scope.label} ».`,
      });
    } else {
      await services.workbook.replaceRecords(bilansTable, records);
      show({ kind: "warning", text: `${records.length} lignes écrites dans la feuille Bilans (ce classeur ne reçoit pas de graphiques).` });
    }
  } catch (error) {
    show({ kind: "failed", messages: messagesOf(error) });
  }
}

/**
 * `view` is computed here, in the handler: the protection of a release may refuse it (too large,
 * locked by earlier releases), said as a message; it is recorded in « Diffusions » before the file leaves.
 */
async function exportXlsx(release: () => Promise<ReportView>, index: number, show: (message: Message) => void): Promise<void> {
  try {
    const view = await release();
    const bilan = view.bilans[index] ?? view.total;
    const name = exportName(bilan, "xlsx");
    downloadFile(await bilanWorkbook(view, index), name, XLSX_TYPE);
    show({ kind: "success", text: `${name} : agrégats seulement, petits effectifs masqués.` });
  } catch (error) {
    show({ kind: "failed", messages: messagesOf(error) });
  }
}

async function printExport(release: () => Promise<ReportView>, index: number, show: (message: Message) => void): Promise<void> {
  let view: ReportView;
  try {
    view = await release();
  } catch (error) {
    return show({ kind: "failed", messages: messagesOf(error) });
  }
  const printed = printPage(bilanHtml(view, index));
  show(
    printed
      ? { kind: "success", text: "Impression ouverte : choisissez « Enregistrer au format PDF » pour un PDF." }
      : {
          kind: "warning",
          text: "L'impression n'est pas disponible ici : exportez le .xlsx et imprimez-le ou enregistrez-le en PDF depuis Excel.",
        },
  );
}
