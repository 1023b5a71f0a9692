/**
 * Mounting the task pane with the services of its environment (Excel or the preview).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Services } from "../plugins/types";
import { App, type AppProps } from "./App";

/**
 * Renders the pane into `#container`.
 *
 * @example
 * renderPane(services, "excel");
 */
export function renderPane(
  services: Services,
  environment: AppProps["environment"],
  container = document.getElementById("container"),
): void {
  if (!container) throw new Error("Élément #container introuvable dans la page du volet.");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} environment={environment} />
    </FluentProvider>,
  );
}
