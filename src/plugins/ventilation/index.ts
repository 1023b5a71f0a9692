/**
 * Pooling and ventilation (« Mutualisation »): each company's insertion hours, pooled, allocated back
 * to its contracts by their dates under a stated rule, so that each buyer gets an honest figure.
 */
import { hoursTable, marketsTable, ventilationTable } from "../../../domain";
import { ventilationSection } from "../../../domain/ventilation";
import { definePlugin } from "../types";
import { ventilationStep } from "./pipeline";

export const ventilationPlugin = definePlugin({
  id: "ventilation",
  title: "Mutualisation",
  summary: "Mutualiser les heures de chaque entreprise et les ventiler entre ses marchés, selon une règle énoncée et reproductible.",
  rules: ventilationSection,
  tables: { reads: [marketsTable, hoursTable], writes: [ventilationTable] },
  functions: ["HOURS_VENTILATE", "HOURS_EXCESS"],
  panel: () => import("./MutualisationPanel"),
  commands: {
    ventilate: async () => (await import("./cli")).ventilateCommand,
    validate: async () => (await import("./cli")).validateCommand,
  },
  pipeline: ventilationStep,
  // The first ventilation the panel shows, computed in its Web Worker once the workbook is open.
  prepare: (services) => import("./engine").then(({ preparePooling }) => preparePooling(services)),
});
