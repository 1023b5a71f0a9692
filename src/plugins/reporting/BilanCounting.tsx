/**
 * What the counting rules of the execution modes did to a bilan's hours, contract by contract: hours
 * counted by converting an amount invoiced, training hours capped, hours of a CDI or an
 * apprenticeship not counted, each with the rule and its version (pack and date, or the contract's
 * own figures), then the bilan's whole (which adds, for a company or the territory, the pooled
 * lines' hours a rule removed). Shown only when a rule touched the bilan's lines.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { BilanView } from "../../../domain/reporting";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

/**
 * @example
 * <BilanCounting bilan={view.bilans[0]} />
 * // « Marché M1 — Conversion des montants sous-traités : 500 h comptées par conversion de montants facturés (paquet …, à confirmer) »
 */
export function BilanCounting({ bilan }: { bilan: BilanView }): React.JSX.Element | null {
  const styles = useStyles();
  // The bilan's parts include its contracts' parts: empty here means no rule touched its hours.
  if (bilan.counting.length === 0) return null;
  return (
    <section aria-label="Règles de comptage des modes">
      <Text weight="semibold">Règles de comptage des modes</Text>
      <ul className={styles.list}>
        {bilan.contracts.flatMap((row) =>
          row.counting.map((part) => <li key={`${row.id}|${part.rule}|${part.version}`}>{`Marché ${row.id} — ${part.text}`}</li>),
        )}
        {bilan.counting.map((part) => (
          <li key={`bilan|${part.rule}|${part.version}`}>{`Ensemble du bilan — ${part.text}`}</li>
        ))}
      </ul>
    </section>
  );
}
