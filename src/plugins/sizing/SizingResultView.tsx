/**
 * The sizing result: hours per lot with the formula in words, the total and its full-time equivalents.
 */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatNumberFr } from "../../../domain";
import { explainLot, type SizingResult, type SizingRules } from "../../../domain/sizing";

const useStyles = makeStyles({
  total: { display: "flex", columnGap: tokens.spacingHorizontalL, alignItems: "baseline" },
  explanations: { margin: 0, paddingInlineStart: "18px", color: tokens.colorNeutralForeground2 },
  provenance: { color: tokens.colorNeutralForeground3 },
});

/**
 * @example
 * <SizingResultView result={result} rules={rules} />
 */
export function SizingResultView({ result, rules }: { result: SizingResult; rules: SizingRules }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label="Résultat du dimensionnement">
      <Table size="small" aria-label="Heures par lot">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Lot</TableHeaderCell>
            <TableHeaderCell>Heures exactes</TableHeaderCell>
            <TableHeaderCell>Heures</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.lots.map((lot) => (
            <TableRow key={lot.id}>
              <TableCell>{lot.label ? `${lot.id} – ${lot.label}` : lot.id}</TableCell>
              <TableCell>{formatNumberFr(lot.exactHours)}</TableCell>
              <TableCell>{formatNumberFr(lot.hours)} h</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.total}>
        <Text weight="semibold" size={400} aria-label="Total des heures d'insertion">
          Total : {formatNumberFr(result.totalHours)} h
        </Text>
        <Text aria-label="Équivalents temps plein">
          soit {formatNumberFr(result.fte)} ETP ({formatNumberFr(result.options.hoursPerFte)} h par ETP)
        </Text>
      </div>
      <ul className={styles.explanations}>
        {result.lots.map((lot) => (
          <li key={lot.id}>
            <Text size={200}>{explainLot(lot, rules)}</Text>
          </li>
        ))}
      </ul>
      <Text size={100} className={styles.provenance} block>
        Chaque lot est arrondi {result.options.rounding === "up" ? "à l'heure supérieure" : "à l'heure la plus proche"} ; le total est la
        somme des lots arrondis. Règles : {result.rulePack}.
      </Text>
    </section>
  );
}
