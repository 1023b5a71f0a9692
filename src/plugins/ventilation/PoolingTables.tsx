/**
 * The « Mutualisation » panel's tables: each contract's figures against its obligation and its time,
 * the hours each company had set aside, and the four policies side by side. Every list is paged
 * with a filter (`usePaged`): at 100 000 hour lines there are 9 435 contracts, and mounting them all
 * froze the pane (Fluent's focus helpers cost the square of the rows unmounted).
 */
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  mergeClasses,
} from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr, formatPercentFr, frenchDate, type Day } from "../../../domain";
import {
  contractProgress,
  POLICIES,
  POLICY_LABELS,
  type CompanyOutcome,
  type MarketOutcome,
  type Policy,
} from "../../../domain/ventilation";
import { Pager, usePaged } from "../../plugin-kit/ui/Pager";
import type { PolicyComparisonRows } from "./comparison";

const useStyles = makeStyles({
  table: { fontSize: tokens.fontSizeBase200 },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  heading: { textAlign: "end" },
  // The pane can be 320 px wide: a table wider than that scrolls rather than being cut.
  scroll: { overflowX: "auto" },
  behind: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const hours = (value: number) => formatNumberFr(value, 1);

/**
 * Obligation, direct, ventilated, remaining, and realised share against elapsed time, a page at a time.
 *
 * @example
 * <ContractsTable markets={markets} today={today} alertDays={60} />
 */
export function ContractsTable(props: { markets: readonly MarketOutcome[]; today: Day; alertDays: number }): React.JSX.Element {
  const styles = useStyles();
  const paged = usePaged(props.markets, (market) => `${market.id} ${market.company}`);
  return (
    <>
      <Pager paged={paged} noun="marchés" filterLabel="Filtrer les marchés" />
      <div className={styles.scroll}>
        <Table size="extra-small" className={styles.table} aria-label="Heures par marché">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Marché</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Dues</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Directes</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Ventilées</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Reste</TableHeaderCell>
              <TableHeaderCell className={styles.heading} title="Part des heures dues réalisée / part du temps du marché écoulée">
                Réalisé / temps
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {paged.shown.map((market) => (
              <ContractRow key={market.id} market={market} today={props.today} alertDays={props.alertDays} />
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function ContractRow({ market, today, alertDays }: { market: MarketOutcome; today: Day; alertDays: number }): React.JSX.Element {
  const styles = useStyles();
  const progress = contractProgress(market, today, alertDays);
  // Behind: less of the obligation done than of the contract's time gone by.
  const behind = progress.realised !== null && progress.realised + 1e-9 < progress.elapsed && market.remaining > 0.005;
  return (
    <TableRow aria-label={`Marché ${market.id}`}>
      <TableCell
        title={`${market.company}, du ${frenchDate(market.start)} au ${frenchDate(market.end)}${market.pooled ? "" : " (hors mutualisation)"}`}
      >
        {market.id}
        {market.pooled ? "" : " *"}
      </TableCell>
      <TableCell className={styles.number}>{hours(market.obligation)}</TableCell>
      <TableCell className={styles.number}>{hours(market.direct)}</TableCell>
      <TableCell className={styles.number}>{hours(market.ventilated)}</TableCell>
      <TableCell className={styles.number}>{hours(market.remaining)}</TableCell>
      <TableCell className={mergeClasses(styles.number, behind && styles.behind)}>
        {progress.realised === null ? "—" : formatPercentFr(Math.round(progress.realised * 100) / 100)} /{" "}
        {formatPercentFr(Math.round(progress.elapsed * 100) / 100)}
      </TableCell>
    </TableRow>
  );
}

/**
 * @example
 * <SetAsideTable companies={setAsideOf(result, "")} />
 */
export function SetAsideTable({ companies }: { companies: readonly CompanyOutcome[] }): React.JSX.Element | null {
  const styles = useStyles();
  const paged = usePaged(companies, (company) => company.company);
  if (companies.length === 0) return null;
  return (
    <>
      <Pager paged={paged} noun="entreprises" filterLabel="Filtrer les entreprises" />
      <div className={styles.scroll}>
        <Table size="extra-small" className={styles.table} aria-label="Heures non attribuées">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Entreprise</TableHeaderCell>
              <TableHeaderCell
                className={styles.number}
                title="Heures mutualisées des jours où tous les marchés actifs avaient atteint leurs heures dues"
              >
                Excédent
              </TableHeaderCell>
              <TableHeaderCell className={styles.number} title="Heures des jours où aucun marché de l'entreprise n'était actif">
                Hors période
              </TableHeaderCell>
              <TableHeaderCell className={styles.number} title="Heures faites hors de la période où le participant compte pour la clause">
                Non compt.
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {paged.shown.map((company) => (
              <TableRow key={company.company} aria-label={`Entreprise ${company.company}`}>
                <TableCell>{company.company}</TableCell>
                <TableCell className={styles.number}>{hours(company.excess)}</TableCell>
                <TableCell className={styles.number}>{hours(company.outOfPeriod)}</TableCell>
                <TableCell className={styles.number}>{hours(company.notCountable)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

const SHORT_LABELS: Readonly<Record<Policy, string>> = {
  "earliest-end": "Fin",
  "earliest-start": "Début",
  "pro-rata": "Prorata",
  "pro-rata-remaining": "Reste",
};

/**
 * Each contract's total under each policy (a page at a time), then the hours left over and the
 * contracts short, for one company or all (`policyComparison` computes it in one pass).
 *
 * @example
 * <PolicyComparison rows={policyComparison(view.comparison, "BTP-RIVIERE", "earliest-end")} />
 */
export function PolicyComparison({ rows }: { rows: PolicyComparisonRows }): React.JSX.Element {
  const styles = useStyles();
  const paged = usePaged(rows.contracts, (row) => row.id);
  const summary: [string, string, Record<Policy, number>, (value: number) => string][] = [
    ["Comparaison excédent", "Excédent", rows.excess, hours],
    ["Comparaison hors période", "Hors période", rows.outOfPeriod, hours],
    ["Comparaison marchés non soldés", "Non soldés", rows.short, (value) => String(value)],
  ];
  return (
    <>
      <Pager paged={paged} noun="marchés" filterLabel="Filtrer la comparaison" />
      <div className={styles.scroll}>
        <Table size="extra-small" className={styles.table} aria-label="Comparaison des règles">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Marché</TableHeaderCell>
              {POLICIES.map((policy) => (
                <TableHeaderCell key={policy} className={styles.number} title={POLICY_LABELS[policy]}>
                  {SHORT_LABELS[policy]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {paged.shown.map((row) => (
              <TableRow key={row.id} aria-label={`Comparaison ${row.id}`}>
                <TableCell>{row.id}</TableCell>
                {POLICIES.map((policy) => (
                  <TableCell key={policy} className={styles.number}>
                    {hours(row.totals[policy])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            {summary.map(([label, name, values, shown]) => (
              <TableRow key={label} aria-label={label}>
                <TableCell>{name}</TableCell>
                {POLICIES.map((policy) => (
                  <TableCell key={policy} className={styles.number}>
                    {shown(values[policy])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

/** JJ/MM/AAAA from ISO (written once, in the domain's text module). */
export { frenchDate } from "../../../domain";
