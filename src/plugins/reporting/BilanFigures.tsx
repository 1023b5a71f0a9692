/**
 * The figures of one bilan as the pane shows them: hours (the result, shown first), then contracts,
 * people, employment contracts and modes (each in a folding section, `BilanSections.tsx`). Counts appear as the chosen view publishes them (« < 5 », « masqué » for an export).
 */
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr, formatPercentFr } from "../../../domain";
import { employmentTypes, peopleBreakdown, type BilanView, type Count, type CountPart } from "../../../domain/reporting";
import { Pager, usePaged } from "../../plugin-kit/ui/Pager";
import { shownCount } from "./xlsx-export";

const useStyles = makeStyles({
  table: { fontSize: tokens.fontSizeBase200 },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  scroll: { overflowX: "auto" },
  group: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  behind: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const hours = (value: number | null | undefined) => (value === null || value === undefined ? "—" : `${formatNumberFr(value, 2)} h`);
const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : formatPercentFr(Math.round(value * 1000) / 1000);

/**
 * The hours of the bilan: the result the pane shows first.
 *
 * @example
 * <BilanHours bilan={view.bilans[0]} />
 */
export function BilanHours({ bilan }: { bilan: BilanView }): React.JSX.Element {
  return <HoursTable bilan={bilan} />;
}

/**
 * The bilan's contracts, a page at a time.
 *
 * @example
 * <BilanContracts bilan={view.total} />
 */
export function BilanContracts({ bilan }: { bilan: BilanView }): React.JSX.Element {
  return <ContractsTable bilan={bilan} />;
}

/**
 * The bilan's participants and their breakdowns, as the view publishes them.
 *
 * @example
 * <BilanPeople bilan={view.total} />
 */
export function BilanPeople({ bilan }: { bilan: BilanView }): React.JSX.Element {
  return <PeopleTable bilan={bilan} />;
}

/**
 * The bilan's employment contracts by type and its hours by mode of realisation.
 *
 * @example
 * <BilanEmployment bilan={view.total} />
 */
export function BilanEmployment({ bilan }: { bilan: BilanView }): React.JSX.Element {
  return (
    <>
      <CountTable
        label="Contrats de travail du bilan"
        heading="Contrats de travail"
        total={bilan.employmentContracts.total}
        parts={employmentTypes(bilan) ?? []}
        note={"reason" in bilan.employmentContracts ? bilan.employmentContracts.reason : undefined}
      />
      <ModesTable bilan={bilan} />
    </>
  );
}

function Figure({ label, value, title }: { label: string; value: string; title?: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <TableRow aria-label={label}>
      <TableCell title={title}>{label}</TableCell>
      <TableCell className={styles.number}>{value}</TableCell>
    </TableRow>
  );
}

function HoursTable({ bilan }: { bilan: BilanView }): React.JSX.Element {
  const styles = useStyles();
  const h = bilan.hours;
  return (
    <Table size="extra-small" className={styles.table} aria-label="Heures du bilan">
      <TableBody>
        <Figure label="Heures dues" value={hours(h.due)} title="Heures dues des marchés du périmètre en cours pendant la période" />
        <Figure label="Heures réalisées" value={hours(h.realised)} />
        <Figure label="dont directes" value={hours(h.direct)} />
        <Figure label="dont ventilées" value={hours(h.ventilated)} />
        <Figure label="Réalisé / temps écoulé" value={`${percent(h.rate)} / ${percent(h.elapsed)}`} />
        <Figure label="Au-delà des heures dues" value={hours(h.beyondObligation)} />
        {h.excess !== null && (
          <Figure label="Excédentaires" value={hours(h.excess)} title="Heures mutualisées qu'aucun marché actif ne pouvait recevoir" />
        )}
        <Figure label="Hors période" value={hours(h.outOfPeriod)} />
        <Figure
          label="Non comptabilisables"
          value={hours(h.notCountable)}
          title="Heures hors de la fenêtre d'éligibilité des participants"
        />
        <Figure label="Équivalents temps plein" value={formatNumberFr(h.fte ?? 0, 2)} />
      </TableBody>
    </Table>
  );
}

/** The bilan's contracts, a page at a time (the territory's bilan lists every contract). */
function ContractsTable({ bilan }: { bilan: BilanView }): React.JSX.Element {
  const styles = useStyles();
  const paged = usePaged(bilan.contracts, (row) => `${row.id} ${row.label ?? ""} ${row.company}`);
  return (
    <>
      <Pager paged={paged} noun="marchés" filterLabel="Filtrer les marchés du bilan" />
      <div className={styles.scroll}>
        <Table size="extra-small" className={styles.table} aria-label="Marchés du bilan">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Marché</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Dues</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Réalisées</TableHeaderCell>
              <TableHeaderCell className={styles.number} title="Part des heures dues réalisée / part du temps du marché écoulée">
                Fait / temps
              </TableHeaderCell>
              <TableHeaderCell className={styles.number} title="Personnes distinctes">
                Pers.
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {paged.shown.map((row) => (
              <TableRow key={row.id} aria-label={`Marché ${row.id}`}>
                <TableCell title={`${row.label ?? row.id} (${row.company}), ${row.status}`}>{row.id}</TableCell>
                <TableCell className={styles.number}>{formatNumberFr(row.due, 1)}</TableCell>
                <TableCell className={styles.number}>{formatNumberFr(row.realised, 1)}</TableCell>
                <TableCell className={mergeClasses(styles.number, row.rate !== null && row.rate + 1e-9 < row.elapsed && styles.behind)}>
                  {percent(row.rate)} / {percent(row.elapsed)}
                </TableCell>
                <TableCell className={styles.number}>{shownCount(row.participants)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function PeopleTable({ bilan }: { bilan: BilanView }): React.JSX.Element {
  const p = peopleBreakdown(bilan);
  const total = bilan.participants.total;
  if (!p) {
    // A group under the threshold: its total, and why there is no breakdown.
    const reason = "reason" in bilan.participants ? bilan.participants.reason : "";
    return (
      <GroupedCounts label="Participants du bilan" rows={[["Participants (personnes distinctes)", total]]} groups={[]} note={reason} />
    );
  }
  const groups: [string, readonly CountPart[]][] = [
    ["Sexe", p.sex],
    ["Âge à l'entrée", p.ageBand],
    ["Résidence", p.qpv],
    ["À la fin de la période", p.exit],
    ["6 mois après la sortie", p.after6Months],
    ...(p.criterion ? ([["Critère principal (interne)", p.criterion]] as [string, readonly CountPart[]][]) : []),
  ];
  return (
    <GroupedCounts
      label="Participants du bilan"
      rows={[
        ["Participants (personnes distinctes)", total],
        ["Sorties dynamiques", p.dynamicExits],
      ]}
      groups={groups}
    />
  );
}

function GroupedCounts({
  label,
  rows,
  groups,
  note,
}: {
  label: string;
  rows: readonly [string, Count][];
  groups: readonly [string, readonly CountPart[]][];
  /** A line in place of the breakdowns (a group under the threshold). */
  note?: string;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label={label}>
      <TableBody>
        {note && (
          <TableRow>
            <TableCell colSpan={2}>{note}</TableCell>
          </TableRow>
        )}
        {rows.map(([name, count]) => (
          <Figure key={name} label={name} value={shownCount(count)} />
        ))}
        {groups.map(([group, parts]) => (
          <React.Fragment key={group}>
            <TableRow>
              <TableCell className={styles.group} colSpan={2}>
                {group}
              </TableCell>
            </TableRow>
            {parts.map((part) => (
              <Figure key={part.code} label={`${group} : ${part.label}`} value={shownCount(part.count)} />
            ))}
          </React.Fragment>
        ))}
      </TableBody>
    </Table>
  );
}

function CountTable({
  label,
  heading,
  total,
  parts,
  note,
}: {
  label: string;
  heading: string;
  total: Count;
  parts: readonly CountPart[];
  /** A line in place of the breakdown (a group under the threshold, a withheld release). */
  note?: string;
}): React.JSX.Element {
  return (
    <GroupedCounts
      label={label}
      rows={[[heading, total]]}
      groups={parts.length > 0 ? [["Par type", parts]] : []}
      {...(note ? { note } : {})}
    />
  );
}

function ModesTable({ bilan }: { bilan: BilanView }): React.JSX.Element {
  const styles = useStyles();
  const used = bilan.modes.filter((mode) => mode.hours > 0);
  if (used.length === 0) return <Text size={200}>Aucune heure réalisée sur la période.</Text>;
  return (
    <Table size="extra-small" className={styles.table} aria-label="Heures par mode de réalisation">
      <TableBody>
        {used.map((mode) => (
          <Figure key={mode.code} label={mode.label} value={hours(mode.hours)} />
        ))}
      </TableBody>
    </Table>
  );
}
