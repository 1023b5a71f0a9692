/**
 * Layout shared by the sizing wizard's parts.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFormStyles = makeStyles({
  // minmax(0, 1fr): let inputs shrink to the pane's width (Excel's pane can be 320 px wide).
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  wide: { gridColumn: "1 / span 2" },
  lots: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
