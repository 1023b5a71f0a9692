/**
 * One buyer's rate per year against the national target (a Fluent UI chart, named by its title so
 * screen readers and tests find it), with the counts written out under it.
 */
import { GroupedVerticalBarChart } from "@fluentui/react-charts";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatPercentFr } from "../../../domain";
import type { BuyerYear } from "../../../domain/procurement";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * @example
 * <BuyerChart title="VILLE-VR : marchés avec une considération sociale" rows={radar.buyers} />
 */
export default function BuyerChart({ title, rows }: { title: string; rows: readonly BuyerYear[] }): React.JSX.Element {
  const styles = useStyles();
  const data = rows.map((row) => ({
    name: String(row.year),
    series: [
      { key: "rate", data: Math.round((row.rate ?? 0) * 100), legend: "Taux (%)", color: "#0f6cbd" },
      { key: "target", data: Math.round(row.target * 100), legend: "Cible nationale (%)", color: "#e97548" },
    ],
  }));
  return (
    <figure className={styles.figure} aria-label={title}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <GroupedVerticalBarChart data={data} height={200} yAxisTickCount={4} culture="fr-FR" />
      <Text size={200}>
        {rows
          .map((row) => `${row.year} : ${row.withSocial} sur ${row.contracts}${row.rate === null ? "" : ` (${formatPercentFr(row.rate)})`}`)
          .join(" · ")}
      </Text>
    </figure>
  );
}
