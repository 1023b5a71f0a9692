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
import { bilansTable, sectionOf, type RulePack } from "../../../domain";
import {
  bilanRecords,
  chartBlocks,
  monthLabel,
  releasesTable,
  reportingSection,
  type Audience,
  type BilanView,
  type Grouping,
  type ReportView,
} from "../../../domain/reporting";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { PanelFrame } from "../../plugin-kit/ui/PanelFrame";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import { useActivePack } from "../../plugin-kit/ui/use-active-pack";
import { downloadFile } from "../drafting/browser-output";
import type { Services } from "../types";
import { BilanHours } from "./BilanFigures";
import { BilanSections, Section } from "./BilanSections";
import { exportAudience, type BilanChoice } from "./bilan-state";
import { bilanHtml, printPage } from "./print-bilan";
import { recordedReleases } from "./release-register";
import { RetentionSection } from "./RetentionSection";
import { useBilanBase } from "./use-bilan-tables";
import type { BilanEngine, BilanSummary, ViewsAnswer } from "./bilan-engine";
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
      {read.status === "ready" && <Bilans services={services} summary={read.summary} engine={read.engine} pack={pack} reload={reload} />}
    </PanelFrame>
  );
}

function Bilans(props: {
  services: Services;
  summary: BilanSummary;
  engine: BilanEngine;
  pack: RulePack;
  reload: () => void;
}): React.JSX.Element {
  const { services, summary, engine, pack } = props;
  const styles = useStyles();
  const [choice, setChoice] = React.useState<BilanChoice>({ grouping: "buyer", from: "", to: "", audience: "facilitator" });
  const [selected, setSelected] = React.useState("total");
  const [open, setOpen] = React.useState<string[]>([]);
  const [message, setMessage] = React.useState<Message>(null);
  const choose = (change: Partial<BilanChoice>) => {
    setChoice((current) => ({ ...current, ...change }));
    if (change.grouping) setSelected("total");
    setMessage(null);
  };
  // Computed by the engine, where the base is (a reversed period comes back as `periodError`).
  // A view is shown only for the choice it answers (never the previous audience's figures while the
  // next are computed); the choices keep the last scopes meanwhile.
  const [answer, setAnswer] = React.useState<{ choice: BilanChoice; found: ViewsAnswer } | null>(null);
  React.useEffect(() => {
    let current = true;
    engine.views(choice).then(
      (found) => current && setAnswer({ choice, found }),
      (error: unknown) => current && setAnswer({ choice, found: { ok: false, messages: messagesOf(error) } }),
    );
    return () => {
      current = false;
    };
  }, [engine, choice]);
  const index = selected === "total" ? -1 : Number(selected);
  if (!answer) return <Spinner size="tiny" label="Calcul des bilans…" />;
  const last = answer.found;
  const views: ViewsAnswer | null = answer.choice === choice ? answer.found : null;
  // An export to a buyer or a company is protected with the releases recorded in « Diffusions » and
  // recorded there (one append through the port) before the file leaves: not recorded, not sent.
  const exported = async (): Promise<ReportView> => {
    const found = await engine.exported(choice, index, await recordedReleases(services.workbook));
    if (!found.ok) throw new ExportRefused(found.messages);
    await services.workbook.appendRecords(releasesTable, [found.value.row]);
    return found.value.view;
  };
  return (
    <>
      <Choices
        months={summary.months}
        choice={choice}
        choose={choose}
        scopes={last.ok ? last.view.bilans : []}
        selected={selected}
        select={setSelected}
        periodError={views && !views.ok ? views.periodError : undefined}
      />
      {!views && <Spinner size="tiny" label="Calcul du bilan…" />}
      {views && !views.ok && <ErrorList title="Période impossible" messages={views.messages} />}
      {views?.ok && (
        <Shown
          view={views.view}
          bilan={views.view.bilans[index] ?? views.view.total}
          engine={engine}
          choice={choice}
          index={views.view.bilans[index] ? index : -1}
          open={open}
          setOpen={setOpen}
        />
      )}
      {views?.ok && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<TableArrowUpRegular />}
            onClick={() => void writeSheet(services, views.view, index, setMessage)}
          >
            Écrire la feuille Bilans
          </Button>
          <Button icon={<ArrowDownloadRegular />} onClick={() => void exportXlsx(exported, index, setMessage)}>
            Exporter pour {exportAudience(choice.audience, choice.grouping) === "company" ? "l'entreprise" : "l'acheteur"} (.xlsx)
          </Button>
          <Button icon={<PrintRegular />} onClick={() => void printExport(exported, index, setMessage)}>
            Imprimer (PDF)
          </Button>
          <Button icon={<ArrowClockwiseRegular />} onClick={props.reload}>
            Relire le classeur
          </Button>
        </div>
      )}
      <Outcome message={message} />
      <Text size={100} className={styles.muted}>
        Règles : {summary.rulePack} ; seuil de diffusion : {sectionOf(pack, reportingSection).smallCount.value} personnes.
      </Text>
      <Accordion collapsible>
        <Section value="retention" title="Conservation des données personnelles">
          <RetentionSection workbook={services.workbook} list={engine.purgeList} pack={pack} onPurged={props.reload} />
        </Section>
      </Accordion>
    </>
  );
}

function Choices(props: {
  months: readonly string[];
  choice: BilanChoice;
  choose: (change: Partial<BilanChoice>) => void;
  scopes: readonly BilanView[];
  selected: string;
  select: (value: string) => void;
  periodError?: string;
}): React.JSX.Element {
  const form = useFormStyles();
  const { months, choice, choose } = props;
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
  engine: BilanEngine;
  choice: BilanChoice;
  index: number;
  open: readonly string[];
  setOpen: (open: string[]) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { view, bilan, engine, choice, index } = props;
  const [figures, setFigures] = React.useState<{ index: number; choice: BilanChoice; list: [string, string][] } | null>(null);
  React.useEffect(() => {
    let current = true;
    engine.figures(choice, index).then((found) => current && found.ok && setFigures({ index, choice, list: found.value }));
    return () => {
      current = false;
    };
  }, [engine, choice, index]);
  const explain = React.useCallback(
    async (figure: string) => {
      const found = await engine.trace(choice, index, figure);
      return found.ok ? found.value : null;
    },
    [engine, choice, index],
  );
  const listed = figures && figures.index === index && figures.choice === choice ? figures.list : [];
  return (
    <section className={styles.section} aria-label={`Bilan ${bilan.scope.label}`}>
      <MessageBar intent={view.personalData || view.withheld ? "warning" : "info"} layout="multiline">
        <MessageBarBody>{view.notice}</MessageBarBody>
      </MessageBar>
      <Text weight="semibold">
        {bilan.scope.label} — {bilan.period?.label ?? "toute la période"}
      </Text>
      <BilanHours bilan={bilan} />
      <BilanSections
        traceKey={`${JSON.stringify(choice)}-${index}`}
        bilan={bilan}
        figures={listed}
        explain={explain}
        internal={view.personalData}
        open={props.open}
        setOpen={props.setOpen}
      />
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

/** The messages of an export the engine could not give (a register row too long, an unexpected error), said as they are. */
class ExportRefused extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join("\n"));
  }
}

const refusal = (error: unknown) => (error instanceof ExportRefused ? error.messages : messagesOf(error));

/**
 * What the pane says once a bilan has left: as asked, or — for a release that could not be protected
 * whole — that it left without its outcomes (its other counts protected), or with its hours only (the
 * release's own line says why).
 */
function sent(view: ReportView, text: string, withheld: string): Message {
  if (!view.withheld) return { kind: "success", text };
  return { kind: "warning", text: `${view.withheld.families ? text : withheld} ${view.withheld.reason}` };
}

/** `view` is computed when asked, by the engine (withheld when the release cannot be protected: `sent` says so). */
async function exportXlsx(exported: () => Promise<ReportView>, index: number, show: (message: Message) => void): Promise<void> {
  try {
    const view = await exported();
    const bilan = view.bilans[index] ?? view.total;
    const name = exportName(bilan, "xlsx");
    downloadFile(await bilanWorkbook(view, index), name, XLSX_TYPE);
    show(sent(view, `${name} : agrégats seulement, petits effectifs masqués.`, `${name} : heures seulement, sans effectifs de personnes.`));
  } catch (error) {
    show({ kind: "failed", messages: refusal(error) });
  }
}

async function printExport(exported: () => Promise<ReportView>, index: number, show: (message: Message) => void): Promise<void> {
  let view: ReportView;
  try {
    view = await exported();
  } catch (error) {
    return show({ kind: "failed", messages: refusal(error) });
  }
  const printed = printPage(bilanHtml(view, index));
  show(
    printed
      ? sent(
          view,
          "Impression ouverte : choisissez « Enregistrer au format PDF » pour un PDF.",
          "Impression ouverte, heures seulement, sans effectifs de personnes : choisissez « Enregistrer au format PDF » pour un PDF.",
        )
      : {
          kind: "warning",
          text: "L'impression n'est pas disponible ici : exportez le .xlsx et imprimez-le ou enregistrez-le en PDF depuis Excel.",
        },
  );
}
