/**
 * The pane's charts are drawn from the same blocks as the native Excel charts of the Bilans sheet
 * (`chartBlocks`), shaped here for Fluent UI's charts. A hidden count (« < 5 », « masqué ») has no
 * bar: the chart says so instead of drawing it as zero.
 */
import type { ChartBlock } from "../../../domain/reporting";

export interface GroupedBars {
  name: string;
  series: { key: string; data: number; legend: string; color: string }[];
}

export interface StackedBars {
  xAxisPoint: string;
  chartData: { legend: string; data: number; color: string }[];
}

export interface AxisBar {
  x: number;
  y: string;
  legend: string;
  color: string;
}

/** Fluent palette colours, one per series (readable side by side, also in high contrast). */
export const SERIES_COLORS = ["#0f6cbd", "#e97548", "#4f6bed", "#13a10e"];

/** Bars drawn per category before the rest is summed up (a pane is 320 px wide). */
export const MAX_BARS = 12;

/**
 * A block with at most `max` categories: the `max - 1` largest by the first series, then one
 * « Autres (N) » summing each series over the rest — so 9 435 contracts read as a chart, not a
 * solid block, and every hour is still in it.
 *
 * @example
 * topRows(contractsBlock, 12).rows.at(-1) // => ["Autres (9 424 marchés)", 1 234 560, 1 100 020.5]
 */
export function topRows(block: ChartBlock, max = MAX_BARS, noun = "marchés"): ChartBlock & { others: number } {
  if (block.rows.length <= max) return { ...block, others: 0 };
  const sorted = [...block.rows].sort((a, b) => numberOr0(b[1]) - numberOr0(a[1]));
  const kept = sorted.slice(0, max - 1);
  const rest = sorted.slice(max - 1);
  const sums = block.headers.slice(1).map((_, index) => rest.reduce((sum, row) => sum + numberOr0(row[index + 1]), 0));
  const label = `Autres (${rest.length.toLocaleString("fr-FR")} ${noun})`;
  return { ...block, rows: [...kept, [label, ...sums.map((sum) => Math.round(sum * 100) / 100)]], others: rest.length };
}

/**
 * Bars grouped by category (realised against due per contract), the largest `MAX_BARS - 1` then « Autres ».
 *
 * @example
 * groupedBars(block) // => [{ name: "M1", series: [{ key: "Heures dues", data: 600, … }, { key: "Heures réalisées", data: 600, … }] }, …]
 */
export function groupedBars(block: ChartBlock): GroupedBars[] {
  const series = block.headers.slice(1);
  return topRows(block).rows.map((row) => ({
    name: String(row[0]),
    series: series.map((legend, index) => ({
      key: legend,
      legend,
      data: numberOr0(row[index + 1]),
      color: SERIES_COLORS[index] as string,
    })),
  }));
}

/**
 * Stacked bars by category (hours per month: direct and ventilated).
 *
 * @example
 * stackedBars(block) // => [{ xAxisPoint: "janv. 2026", chartData: [{ legend: "Directes", data: 35, … }, { legend: "Ventilées", data: 87.1, … }] }, …]
 */
export function stackedBars(block: ChartBlock): StackedBars[] {
  const series = block.headers.slice(1);
  return block.rows.map((row) => ({
    xAxisPoint: shortMonth(String(row[0])),
    chartData: series.map((legend, index) => ({ legend, data: numberOr0(row[index + 1]), color: SERIES_COLORS[index] as string })),
  }));
}

/**
 * Horizontal bars of the first series (people by age band), hidden counts left out.
 *
 * @example
 * axisBars(block) // => { bars: [{ y: "50 ans et plus", x: 2, … }, { y: "26 à 49 ans", x: 7, … }], hidden: ["Moins de 26 ans"] }
 */
export function axisBars(block: ChartBlock): { bars: AxisBar[]; hidden: string[] } {
  const legend = block.headers[1] ?? "";
  // The chart draws its first bar at the bottom: reversed, the bands read from the youngest down.
  const bars = block.rows
    .filter((row) => typeof row[1] === "number")
    .map((row) => ({ y: String(row[0]), x: row[1] as number, legend, color: SERIES_COLORS[0] as string }))
    .reverse();
  return { bars, hidden: block.rows.filter((row) => typeof row[1] !== "number").map((row) => String(row[0])) };
}

function numberOr0(value: string | number | null | undefined): number {
  return typeof value === "number" ? value : 0;
}

const SHORT_MONTHS: Record<string, string> = {
  janvier: "janv.",
  février: "févr.",
  avril: "avr.",
  juillet: "juil.",
  septembre: "sept.",
  octobre: "oct.",
  novembre: "nov.",
  décembre: "déc.",
};

/** « janvier 2026 » → « janv. 26 » (the usual French abbreviations, for the x-axis of a narrow pane). */
function shortMonth(label: string): string {
  const [month = "", year = ""] = label.split(" ");
  return `${SHORT_MONTHS[month] ?? month} ${year.slice(2)}`;
}
