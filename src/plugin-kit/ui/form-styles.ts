/**
 * Layout shared by the panels' forms. Excel's task pane can be 320 px wide: grid tracks are
 * `minmax(0, 1fr)` and inputs `fill` their cell, so nothing overflows the pane.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFormStyles = makeStyles({
  /** Two equal columns. */
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  /** A field spanning both columns of `grid`. */
  wide: { gridColumn: "1 / span 2" },
  /** Inputs and native selects are as wide as their content by default: let them shrink to their cell. */
  fill: { minWidth: 0, width: "100%", "& select": { minWidth: 0, textOverflow: "ellipsis" }, "& input": { minWidth: 0 } },
  /** A vertical stack (lists of lots, proofs…). */
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
