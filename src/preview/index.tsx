/**
 * The preview: the real task pane, in an ordinary browser, on the demo territory held in memory,
 * beside a view of the workbook's tables and a formula bar for the custom functions.
 * Nothing leaves the page: the workbook lives in memory and is gone when the tab closes.
 */
import "./plugin-functions";
import { FluentProvider, makeStyles, Text, tokens, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { todayDay } from "../../domain";
import { demoWorkbook } from "../demo/demo-workbook";
import type { Services } from "../plugins/types";
import { RulesService } from "../rules/rules-service";
import { App } from "../taskpane/App";
import { FormulaBar } from "./FormulaBar";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  layout: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  sheet: { flexGrow: 1, minWidth: "320px", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

const workbook = demoWorkbook();
const services: Services = { workbook, rules: new RulesService(workbook), today: () => todayDay() };

function Preview(): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.layout}>
      <div className={styles.pane}>
        <App services={services} environment="preview" />
      </div>
      <div className={styles.sheet}>
        <Text as="h1" size={500} weight="semibold">
          Classeur de démonstration (fictif)
        </Text>
        <FormulaBar workbook={workbook} />
        <WorkbookView workbook={workbook} />
      </div>
    </div>
  );
}

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Preview />
    </FluentProvider>,
  );
}
