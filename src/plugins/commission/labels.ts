/**
 * French words of the commission's codes, as the pane and the documents show them.
 */
import type { Decision, FollowUpKind } from "../../../domain/commission";

export const DECISION_LABELS: Readonly<Record<Decision, string>> = {
  "en-attente": "en attente",
  retenu: "retenu(e)",
  "non-retenu": "non retenu(e)",
};

export const FOLLOW_UP_LABELS: Readonly<Record<FollowUpKind, string>> = {
  "situation-6-mois": "situation à 6 mois",
  "positionnement-en-attente": "positionnement en attente",
  "fin-de-fenetre": "fin des heures comptabilisables",
  "sortie-a-renseigner": "suite de parcours ou sortie à renseigner",
};
