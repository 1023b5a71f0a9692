/**
 * Renders the task pane (or one panel) in jsdom with an in-memory workbook, as the preview does.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import { dayFromIso, WORKBOOK_SCHEMA_VERSION } from "../../domain";
import type { Services } from "../../src/plugins/types";
import { nationalPack, plugins, servicesFor } from "../../src/composition/root";
import { setActivePack } from "../../src/plugin-kit/rules/active-pack";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../../src/workbook/memory-workbook";
import { SETTINGS } from "../../src/workbook/port";
import { guardedBySchema } from "../../src/workbook/schema-guard";

export interface RenderedPane extends RenderResult {
  workbook: MemoryWorkbook;
  services: Services;
}

/** An empty workbook already marked with the current schema version (as the add-in leaves it). */
export function currentWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook({}, { [SETTINGS.schemaVersion]: WORKBOOK_SCHEMA_VERSION });
}

/**
 * @example
 * const { workbook, findByLabelText } = renderPane();
 */
export function renderPane(workbook = currentWorkbook(), today = "2026-11-26"): RenderedPane {
  setActivePack(nationalPack());
  // The pane writes through the schema guard, as in Excel; tests inspect the workbook underneath.
  const guarded = guardedBySchema(workbook);
  const services: Services = servicesFor(guarded, () => dayFromIso(today));
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} plugins={plugins} environment="preview" />
    </FluentProvider>,
  );
  return { ...result, workbook, services };
}
