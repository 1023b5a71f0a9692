/**
 * The preview: the real task pane, in an ordinary browser, on the demo territory (assets/demo-territoire.xlsx,
 * inlined in the bundle and held in memory), beside a view of the workbook's sheets and a formula bar
 * for the custom functions.
 * Nothing leaves the page: the workbook lives in memory and is gone when the tab closes.
 */
import "./plugin-functions";
import { FluentProvider, Link, makeStyles, Text, tokens, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { todayDay } from "../../domain";
import { installNationalPack, plugins, servicesFor } from "../composition/root";
import type { Services } from "../plugins/types";
import { App } from "../taskpane/App";
import type { MemoryWorkbook } from "../workbook/memory-workbook";
import { guardedBySchema } from "../workbook/schema-guard";
import { FormulaBar } from "./FormulaBar";
import { loadDemoWorkbook, loadXlsxFile } from "./load-demo";
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
  // flexBasis 0: the sheet takes the room left beside the pane instead of wrapping under it.
  sheet: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: "0",
    minWidth: "320px",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
});

function Preview({ workbook: demo }: { workbook: MemoryWorkbook }): React.JSX.Element {
  const styles = useStyles();
  const [opened, setOpened] = React.useState<{ workbook: MemoryWorkbook; name: string | null }>({ workbook: demo, name: null });
  const [problem, setProblem] = React.useState("");
  const workbook = opened.workbook;
  // The pane writes through the same schema guard as in Excel; the sheet view reads the workbook itself.
  const services = React.useMemo<Services>(() => {
    return servicesFor(guardedBySchema(workbook), () => todayDay());
  }, [workbook]);
  return (
    <div className={styles.layout}>
      <div className={styles.pane}>
        <App key={opened.name ?? ""} services={services} plugins={plugins} environment="preview" />
      </div>
      <div className={styles.sheet}>
        <Text as="h1" size={500} weight="semibold">
          {opened.name === null ? "Classeur de démonstration (fictif)" : `Classeur « ${opened.name} » (lecture seule, en mémoire)`}
        </Text>
        <Text size={200}>
          Ouvert depuis <code>{opened.name ?? "assets/demo-territoire.xlsx"}</code> :{" "}
          <Link href="assets/demo-territoire.xlsx" download>
            télécharger le classeur de démonstration
          </Link>{" "}
          (essayez <code>npx clauses run assets/demo-territoire.xlsx --out resultat.xlsx</code>).
        </Text>
        <label>
          <Text size={200}>Ouvrir mon classeur .xlsx (lu dans cet onglet seulement ; le fichier n'est jamais modifié ni envoyé) : </Text>
          <input
            type="file"
            accept=".xlsx"
            aria-label="Ouvrir un classeur .xlsx"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (!file) return;
              setProblem("");
              loadXlsxFile(file)
                .then((loaded) => {
                  // For `npm run bench:pane`: the pane's own times start once the workbook is in memory.
                  performance.mark("classeur-ouvert");
                  setOpened({ workbook: loaded, name: file.name });
                })
                .catch((error: unknown) => setProblem(`Le classeur n'a pas pu être ouvert : ${(error as Error).message}`));
            }}
          />
        </label>
        {problem && <Text role="alert">{problem}</Text>}
        <FormulaBar key={`f${opened.name ?? ""}`} workbook={workbook} />
        <WorkbookView key={`v${opened.name ?? ""}`} workbook={workbook} />
      </div>
    </div>
  );
}

installNationalPack();
const container = document.getElementById("container");
if (container) {
  loadDemoWorkbook()
    .then((workbook) =>
      createRoot(container).render(
        <FluentProvider theme={webLightTheme}>
          <Preview workbook={workbook} />
        </FluentProvider>,
      ),
    )
    .catch((error: unknown) => {
      container.textContent = `Le classeur de démonstration n'a pas pu être ouvert : ${(error as Error).message}`;
    });
}
