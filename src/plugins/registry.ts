/**
 * Every capability of the add-in, in the order of the task pane's navigation.
 * Adding a capability = adding its folder and one line here.
 */
import { commissionPlugin } from "./commission";
import { draftingPlugin } from "./drafting";
import { reportingPlugin } from "./reporting";
import { eligibilityPlugin } from "./eligibility";
import { procurementPlugin } from "./procurement";
import { rulesPlugin } from "./rules";
import { sizingPlugin } from "./sizing";
import { statementsPlugin } from "./statements";
import type { PluginDefinition } from "./types";
import { ventilationPlugin } from "./ventilation";
import { workbookPlugin } from "./workbook";

export const plugins: readonly PluginDefinition[] = [
  sizingPlugin,
  draftingPlugin,
  eligibilityPlugin,
  ventilationPlugin,
  reportingPlugin,
  procurementPlugin,
  commissionPlugin,
  statementsPlugin,
  workbookPlugin,
  rulesPlugin,
];
