/**
 * The « Mutualisation » panel's tables: each contract's figures against its obligation and its time,
 * the hours each company had set aside, and the four policies side by side.
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
  type VentilationResult,
} from "../../../domain/ventilation";

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
 * Obligation, direct, ventilated, remaining, and realised share against elapsed time.
 *
 * @example
 * <ContractsTable markets={markets} today={today} alertDays={60} />
 */
export function ContractsTable({
  markets,
  today,
  alertDays,
}: {
  markets: readonly MarketOutcome[];
  today: Day;
  alertDays: number;
}): React.JSX.Element {
  const styles = useStyles();
  return (
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
          {markets.map((market) => {
            const progress = contractProgress(market, today, alertDays);
            // Behind: less of the obligation done than of the contract's time gone by.
            const behind = progress.realised !== null && progress.realised + 1e-9 < progress.elapsed && market.remaining > 0.005;
            return (
              <TableRow key={market.id} aria-label={`Marché ${market.id}`}>
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
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * @example
 * <SetAsideTable companies={setAsideOf(result, "")} />
 */
export function SetAsideTable({ companies }: { companies: readonly CompanyOutcome[] }): React.JSX.Element | null {
  const styles = useStyles();
  if (companies.length === 0) return null;
  return (
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
          {companies.map((company) => (
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
  );
}

const SHORT_LABELS: Readonly<Record<Policy, string>> = {
  "earliest-end": "Fin",
  "earliest-start": "Début",
  "pro-rata": "Prorata",
  "pro-rata-remaining": "Reste",
};

/**
 * Each contract's total under each policy, then the hours left over, for one company or all.
 *
 * @example
 * <PolicyComparison comparison={view.comparison} company="BTP-RIVIERE" chosen="earliest-end" />
 */
export function PolicyComparison({
  comparison,
  company,
  chosen,
}: {
  comparison: Record<Policy, VentilationResult>;
  company: string;
  chosen: Policy;
}): React.JSX.Element {
  const styles = useStyles();
  const ids = comparison[chosen].markets.filter((market) => company === "" || market.company === company).map((market) => market.id);
  const leftOver = (policy: Policy, key: "excess" | "outOfPeriod") =>
    comparison[policy].companies
      .filter((candidate) => company === "" || candidate.company === company)
      .reduce((sum, candidate) => sum + candidate[key], 0);
  const short = (policy: Policy) =>
    comparison[policy].markets.filter((market) => ids.includes(market.id) && market.remaining > 0.005).length;
  return (
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
          {ids.map((id) => (
            <TableRow key={id} aria-label={`Comparaison ${id}`}>
              <TableCell>{id}</TableCell>
              {POLICIES.map((policy) => (
                <TableCell key={policy} className={styles.number}>
                  {hours(comparison[policy].markets.find((market) => market.id === id)?.total ?? 0)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow aria-label="Comparaison excédent">
            <TableCell>Excédent</TableCell>
            {POLICIES.map((policy) => (
              <TableCell key={policy} className={styles.number}>
                {hours(leftOver(policy, "excess"))}
              </TableCell>
            ))}
          </TableRow>
          <TableRow aria-label="Comparaison hors période">
            <TableCell>Hors période</TableCell>
            {POLICIES.map((policy) => (
              <TableCell key={policy} className={styles.number}>
                {hours(leftOver(policy, "outOfPeriod"))}
              </TableCell>
            ))}
          </TableRow>
          <TableRow aria-label="Comparaison marchés non soldés">
            <TableCell>Non soldés</TableCell>
            {POLICIES.map((policy) => (
              <TableCell key={policy} className={styles.number}>
                {short(policy)}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}

/** JJ/MM/AAAA from ISO (written once, in the domain's text module). */
export { frenchDate } from "../../../domain";
