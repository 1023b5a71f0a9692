/**
 * The task pane: a header, one navigation entry per plugin, and the selected plugin's panel.
 * The same component runs in Excel (Office.js workbook) and in the preview (in-memory workbook):
 * only the injected services differ.
 */
import { Badge, makeStyles, Spinner, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { packRef } from "../../domain";
import type { PanelProps, PluginDefinition, Services } from "../plugins/types";
import { ErrorList } from "../plugin-kit/ui/ErrorList";
import { useRulePack } from "./use-rule-pack";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: "300px" },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  tabs: { flexWrap: "wrap" },
  pack: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  services: Services;
  /** The plugins of the navigation (the composition root's registry). */
  plugins: readonly PluginDefinition[];
  /** Shown in the header: the data is real (Excel) or fictitious (preview). */
  environment: "excel" | "preview";
}

/**
 * @example
 * root.render(<FluentProvider theme={webLightTheme}><App services={services} environment="excel" /></FluentProvider>);
 */
export function App({ services, plugins, environment }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const withPanels = plugins.filter((plugin) => plugin.panel);
  const [selected, setSelected] = React.useState(withPanels[0]?.id ?? "");
  const { pack, errors } = useRulePack(services);
  const plugin = withPanels.find((candidate) => candidate.id === selected);
  const Panel = plugin ? panelOf(plugin) : undefined;
  // What the panels will need (a ventilation, the Bilans base: seconds at 100 000 lines), started after
  // the first paint, one plugin after the other (the first panels' work first, not all at once).
  React.useEffect(() => {
    if (!pack) return;
    let current = true;
    const timer = setTimeout(() => {
      void plugins.reduce<Promise<void>>(
        (previous, candidate) => previous.then(() => (current && candidate.prepare ? candidate.prepare(services) : undefined)),
        Promise.resolve(),
      );
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [plugins, services, pack]);
  return (
    <main className={styles.app}>
      <header className={styles.header}>
        <Text as="h1" size={400} weight="bold">
          Clauses sociales
        </Text>
        {environment === "preview" ? (
          <Badge appearance="tint" color="warning">
            Aperçu — données fictives
          </Badge>
        ) : (
          <Badge appearance="tint">Excel</Badge>
        )}
        {pack && (
          <Text size={100} className={styles.pack} title="Paquet de règles en vigueur dans ce classeur">
            Règles : {packRef(pack)}
          </Text>
        )}
      </header>
      <ErrorList title="Le paquet de règles du classeur n'a pas pu être lu" messages={errors} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => setSelected(String(data.value))}
        aria-label="Capacités du complément"
      >
        {withPanels.map((candidate) => (
          <Tab key={candidate.id} value={candidate.id}>
            {candidate.title}
          </Tab>
        ))}
      </TabList>
      {Panel && pack && (
        <React.Suspense fallback={<Spinner size="small" label="Chargement…" />}>
          <Panel services={services} />
        </React.Suspense>
      )}
    </main>
  );
}

/** One lazy component per plugin, made once (React.lazy must keep its identity across renders). */
const panels = new WeakMap<PluginDefinition, React.LazyExoticComponent<React.ComponentType<PanelProps>>>();

function panelOf(plugin: PluginDefinition): React.LazyExoticComponent<React.ComponentType<PanelProps>> | undefined {
  const load = plugin.panel;
  if (!load) return undefined;
  let panel = panels.get(plugin);
  if (!panel) {
    panel = React.lazy(async () => ({ default: (await load()).default as React.ComponentType<PanelProps> }));
    panels.set(plugin, panel);
  }
  return panel;
}
