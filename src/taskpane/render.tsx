/**
 * Mounting the task pane with the services of its environment (Excel or the preview).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { DomainError } from "../../domain";
import type { PluginDefinition, Services } from "../plugins/types";
import { App, type AppProps } from "./App";

/**
 * Renders the pane into `#container`.
 *
 * @example
 * renderPane(services, plugins, "excel");
 */
export function renderPane(
  services: Services,
  plugins: readonly PluginDefinition[],
  environment: AppProps["environment"],
  container = document.getElementById("container"),
): void {
  if (!container) throw new DomainError("taskpane.container.missing", "élément #container introuvable dans la page du volet");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} plugins={plugins} environment={environment} />
    </FluentProvider>,
  );
}
