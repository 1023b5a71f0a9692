/**
 * The pane's three charts (Fluent UI charts, from the same blocks as the Excel charts): realised
 * against due per contract, hours per month, people by age band. Each is a figure named by its
 * title, so screen readers and tests find it.
 */
import { GroupedVerticalBarChart, HorizontalBarChartWithAxis, VerticalStackedBarChart } from "@fluentui/react-charts";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ChartBlock } from "../../../domain/reporting";
import { axisBars, groupedBars, MAX_BARS, stackedBars, topRows } from "./chart-data";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * @example
 * <BilanCharts blocks={chartBlocks(view.bilans[0])} />
 */
export default function BilanCharts({ blocks }: { blocks: readonly ChartBlock[] }): React.JSX.Element {
  return (
    <>
      {blocks.map((block) => (
        <ChartFigure key={block.title} block={block} />
      ))}
    </>
  );
}

function ChartFigure({ block }: { block: ChartBlock }): React.JSX.Element {
  const styles = useStyles();
  return (
    <figure className={styles.figure} aria-label={block.title}>
      <figcaption className={styles.caption}>{block.title}</figcaption>
      {block.kind === "columnClustered" && topRows(block).others > 0 && (
        <Text size={200} className={styles.muted}>
          Les {MAX_BARS - 1} marchés aux heures dues les plus élevées, puis tous les autres ensemble.
        </Text>
      )}
      {block.rows.length === 0 ? <Text className={styles.muted}>Aucune donnée.</Text> : <Chart block={block} />}
    </figure>
  );
}

function Chart({ block }: { block: ChartBlock }): React.JSX.Element {
  const styles = useStyles();
  if (block.kind === "columnClustered") {
    return <GroupedVerticalBarChart data={groupedBars(block)} height={220} yAxisTickCount={4} culture="fr-FR" />;
  }
  if (block.kind === "columnStacked") {
    return <VerticalStackedBarChart data={stackedBars(block)} height={220} yAxisTickCount={4} culture="fr-FR" />;
  }
  const { bars, hidden } = axisBars(block);
  return (
    <>
      {bars.length > 0 && (
        <HorizontalBarChartWithAxis
          data={bars}
          height={60 + bars.length * 40}
          hideLegend
          showYAxisLables
          margins={{ left: 120 }}
          culture="fr-FR"
        />
      )}
      {hidden.length > 0 && (
        <Text size={200} className={styles.muted}>
          Sans barre (effectif masqué) : {hidden.join(", ")}.
        </Text>
      )}
    </>
  );
}
