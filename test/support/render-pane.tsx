/**
 * Renders the task pane (or one panel) in jsdom with an in-memory workbook, as the preview does.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import { dayFromIso } from "../../domain";
import type { Services } from "../../src/plugins/types";
import { RulesService } from "../../src/rules/rules-service";
import { setActivePack } from "../../src/rules/active-pack";
import { nationalPack } from "../../src/rules/national-pack";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../../src/workbook/memory-workbook";

export interface RenderedPane extends RenderResult {
  workbook: MemoryWorkbook;
  services: Services;
}

/**
 * @example
 * const { workbook, findByLabelText } = renderPane();
 */
export function renderPane(workbook = new MemoryWorkbook(), today = "2026-11-26"): RenderedPane {
  setActivePack(nationalPack());
  const services: Services = { workbook, rules: new RulesService(workbook), today: () => dayFromIso(today) };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} environment="preview" />
    </FluentProvider>,
  );
  return { ...result, workbook, services };
}
