/**
 * What the partners' commission works on: the companies' needs, the proposals of people to those
 * needs and the steps of each person's path. Dates are ISO strings, both ends inclusive.
 */

export type NeedStatus = "ouvert" | "pourvu" | "annule";
export type Decision = "en-attente" | "retenu" | "non-retenu";
export type StepKind = "emploi" | "formation" | "accompagnement";

export interface Need {
  id: string;
  company: string;
  /** The contract the hours go to; null when pooled across the company's pooled contracts (« mutualisé »). */
  market: string | null;
  trade?: string;
  hours: number;
  start: string;
  end: string;
  place?: string;
  status: NeedStatus;
}

export interface Proposal {
  need: string;
  participant: string;
  prescriber?: string;
  date: string;
  decision: Decision;
  reason?: string;
}

export interface Step {
  participant: string;
  kind: StepKind;
  /** The company, training body or support structure. */
  organisation?: string;
  market?: string;
  start: string;
  end: string;
  hours?: number;
  /** Where the step comes from: entered in Étapes, or made from the hour lines of Heures. */
  origin: "etapes" | "heures";
}

export interface CommissionData {
  needs: Need[];
  proposals: Proposal[];
  steps: Step[];
}
