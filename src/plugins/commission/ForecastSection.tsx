/**
 * Hours still to place each month, per company and per contract, with the contracts the current
 * pace cannot meet and the month it becomes impossible. The method is stated under the figures.
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens, makeStyles } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import { monthLabel } from "../../../domain/reporting";
import type { Forecast } from "../../../domain/commission";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  method: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalS },
});

export function ForecastSection({ forecast }: { forecast: Forecast }): React.JSX.Element {
  const styles = useStyles();
  const late = forecast.markets.filter((market) => !market.reachable);
  return (
    <div>
      <Text block>À partir de {monthLabel(forecast.month)} :</Text>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label="Heures à placer par entreprise">
        <Table size="small" aria-label="Heures à placer par entreprise">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Entreprise</TableHeaderCell>
              <TableHeaderCell>Heures par mois</TableHeaderCell>
              <TableHeaderCell>ETP</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {forecast.companies.map((company) => (
              <TableRow key={company.company}>
                <TableCell>{company.company}</TableCell>
                <TableCell>{formatNumberFr(company.hoursPerMonth)}</TableCell>
                <TableCell>{formatNumberFr(company.fte)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {late.length === 0 ? (
        <Text block>Tous les marchés sont atteignables au rythme actuel.</Text>
      ) : (
        <ul aria-label="Marchés hors d'atteinte au rythme actuel">
          {late.map((market) => (
            <li key={market.id}>
              {market.id} ({market.company}) : {formatNumberFr(market.remaining)} h restent dues, hors d'atteinte au rythme actuel
              {market.impossibleFrom ? `, impossible à partir de ${monthLabel(market.impossibleFrom)}` : ""}.
            </li>
          ))}
        </ul>
      )}
      <Text size={200} block className={styles.method}>
        {forecast.method}
      </Text>
    </div>
  );
}
