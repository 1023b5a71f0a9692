/**
 * Eligibility (« Éligibilité »): the single prescription form, the check of a participant's row,
 * the validations and their deadlines; the criteria as rule-pack data; the countable windows the
 * ventilation uses.
 */
import { participantsTable, validationsTable } from "../../../domain";
import { eligibilitySection } from "../../../domain/eligibility";
import { definePlugin } from "../types";
import { eligibilityStep } from "./pipeline";

export const eligibilityPlugin = definePlugin({
  id: "eligibility",
  title: "Éligibilité",
  summary: "Fiche de prescription unique : vérifier l'éligibilité d'une personne à la clause, la valider, suivre les échéances.",
  rules: eligibilitySection,
  tables: { reads: [participantsTable, validationsTable], writes: [participantsTable, validationsTable] },
  functions: ["ELIGIBILITY", "ELIGIBLE_FROM"],
  panel: () => import("./EligibilityPanel"),
  commands: { eligibility: async () => (await import("./cli")).eligibilityCommand },
  pipeline: eligibilityStep,
});
