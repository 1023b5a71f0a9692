/**
 * The pane's charts get the same blocks as the Excel charts, shaped for Fluent UI's charts.
 */
import type { ChartBlock } from "../../../domain/reporting";
import { axisBars, groupedBars, stackedBars } from "./chart-data";

const contracts: ChartBlock = {
  title: "t",
  kind: "columnClustered",
  headers: ["Marché", "Heures dues", "Heures réalisées"],
  rows: [["M1", 600, 599.5]],
};
const months: ChartBlock = {
  title: "t",
  kind: "columnStacked",
  headers: ["Mois", "Directes", "Ventilées"],
  rows: [
    ["février 2026", 35, 120],
    ["août 2026", 63, 40],
  ],
};
const ages: ChartBlock = {
  title: "t",
  kind: "barClustered",
  headers: ["Tranche d'âge", "Participants"],
  rows: [
    ["Moins de 26 ans", null],
    ["26 à 49 ans", 7],
    ["50 ans et plus", 5],
  ],
};

describe("chart data", () => {
  it("groups each contract's due and realised hours", () => {
    expect(groupedBars(contracts)).toEqual([
      {
        name: "M1",
        series: [
          { key: "Heures dues", legend: "Heures dues", data: 600, color: "#0f6cbd" },
          { key: "Heures réalisées", legend: "Heures réalisées", data: 599.5, color: "#e97548" },
        ],
      },
    ]);
  });

  it("stacks direct and ventilated hours per month, with short French month names", () => {
    expect(stackedBars(months).map((bar) => [bar.xAxisPoint, bar.chartData.map((part) => part.data)])).toEqual([
      ["févr. 26", [35, 120]],
      ["août 26", [63, 40]],
    ]);
  });

  it("draws no bar for a hidden count and says which", () => {
    expect(axisBars(ages)).toEqual({
      bars: [
        { y: "50 ans et plus", x: 5, legend: "Participants", color: "#0f6cbd" },
        { y: "26 à 49 ans", x: 7, legend: "Participants", color: "#0f6cbd" },
      ],
      hidden: ["Moins de 26 ans"],
    });
  });
});

describe("many contracts", () => {
  it("draws the 11 largest by hours due, then « Autres » summing every other contract (9 435 bars were a solid block)", () => {
    const many: ChartBlock = { ...contracts, rows: Array.from({ length: 9_435 }, (_, index) => [`T${index + 1}`, index + 1, 0.5]) };
    const bars = groupedBars(many);
    expect(bars).toHaveLength(12);
    expect(bars[0]?.name).toBe("T9435");
    const others = bars[11]!;
    expect(others.name).toBe("Autres (9\u202f424 marchés)");
    const due = (9_424 * 9_425) / 2;
    expect(others.series.map((serie) => serie.data)).toEqual([due, 9_424 * 0.5]);
    // Every hour is still drawn.
    expect(bars.reduce((sum, bar) => sum + (bar.series[0]?.data ?? 0), 0)).toBe((9_435 * 9_436) / 2);
  });
});
