/**
 * « Conservation des données »: the participants without activity for more than N years, and the
 * purge of their personal fields (Participants and Validations, one batch). What the bilans count
 * stays (sex, QPV, exits, age band at entry, countable window): every bilan is the same after.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import * as React from "react";
import { frenchDate, participantsTable, sectionOf, validationsTable, type RulePack } from "../../../domain";
import { reportingSection, type RetentionReport, type RowUpdate } from "../../../domain/reporting";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { WorkbookPort } from "../../workbook/port";
import { purgeUnavailable } from "./errors";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: { fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  years: { maxWidth: "8em" },
});

type Listed = { report: RetentionReport; participants: RowUpdate[]; validations: RowUpdate[] };
type Outcome = { kind: "purged"; count: number } | { kind: "failed"; messages: string[] } | null;

/**
 * @example
 * <RetentionSection workbook={services.workbook} list={engine.purgeList} pack={pack} onPurged={reload} />
 */
export function RetentionSection(props: {
  workbook: WorkbookPort;
  /** The participants to purge and their rows (computed by the Bilans engine, where the tables are). */
  list: (years: number) => Promise<{ ok: true; value: Listed } | { ok: false; messages: string[] }>;
  pack: RulePack;
  onPurged: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const packYears = sectionOf(props.pack, reportingSection).retention.years;
  const [years, setYears] = React.useState(packYears === null ? "" : String(packYears));
  const [listed, setListed] = React.useState<Listed | null>(null);
  const [problems, setProblems] = React.useState<string[]>([]);
  const [confirmed, setConfirmed] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>(null);

  async function list(): Promise<void> {
    setOutcome(null);
    setConfirmed(false);
    const value = Number(years);
    if (!/^\d+$/.test(years.trim()) || value < 1) {
      setListed(null);
      setProblems(["Durée de conservation : un nombre entier d'années, au moins 1."]);
      return;
    }
    try {
      const found = await props.list(value);
      setListed(found.ok ? found.value : null);
      setProblems(found.ok ? [] : found.messages);
    } catch (error) {
      setListed(null);
      setProblems(messagesOf(error));
    }
  }

  async function purge(found: Listed): Promise<void> {
    try {
      if (!props.workbook.updateRows) throw purgeUnavailable();
      await props.workbook.updateRows([
        { table: participantsTable, rows: found.participants },
        { table: validationsTable, rows: found.validations },
      ]);
      setOutcome({ kind: "purged", count: found.participants.length });
      setListed(null);
      props.onPurged();
    } catch (error) {
      setOutcome({ kind: "failed", messages: messagesOf(error) });
    }
  }

  return (
    <section className={styles.section} aria-label="Conservation des données">
      <div className={styles.row}>
        <Field
          label="Années sans activité"
          hint={
            packYears === null ? "À fixer par le guichet (aucune durée dans le paquet de règles)." : `Paquet de règles : ${packYears} ans.`
          }
        >
          <Input className={styles.years} value={years} onChange={(_, data) => setYears(data.value)} inputMode="numeric" />
        </Field>
        <Button onClick={() => void list()}>Lister les participants concernés</Button>
      </div>
      <ErrorList title="Liste impossible" messages={problems} />
      {listed && <RetentionList report={listed.report} />}
      {listed && listed.report.due.length > 0 && (
        <>
          <Checkbox
            checked={confirmed}
            onChange={(_, data) => setConfirmed(data.checked === true)}
            label={`Je confirme : les données personnelles de ces ${listed.report.due.length} participants seront effacées du classeur (les bilans ne changent pas).`}
          />
          <Button appearance="primary" icon={<DeleteRegular />} disabled={!confirmed} onClick={() => void purge(listed)}>
            Purger les données personnelles
          </Button>
        </>
      )}
      {outcome?.kind === "purged" && (
        <MessageBar intent="success">
          <MessageBarBody>
            Données personnelles de {outcome.count} participant{outcome.count > 1 ? "s" : ""} purgées (Participants et Validations).
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && <ErrorList title="Rien n'a été purgé" messages={outcome.messages} />}
    </section>
  );
}

function RetentionList({ report }: { report: RetentionReport }): React.JSX.Element {
  const styles = useStyles();
  const french = frenchDate;
  if (report.due.length === 0) {
    return (
      <Text size={200}>
        Aucun participant sans activité depuis le {french(report.before)}. Déjà purgés : {report.purged}.
      </Text>
    );
  }
  return (
    <Table size="extra-small" className={styles.table} aria-label="Participants à purger">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Participant</TableHeaderCell>
          <TableHeaderCell>Dernière activité</TableHeaderCell>
          <TableHeaderCell>Champs effacés</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {report.due.map((entry) => (
          <TableRow key={entry.participant}>
            <TableCell>{entry.participant}</TableCell>
            <TableCell>{french(entry.lastActivity)}</TableCell>
            <TableCell>{entry.fields.join(", ") || "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
