/**
 * The « Rédiger » wizard's forms as typed (French numbers, percentages in %) and their conversion
 * into the core's requests. Kept apart from React so the conversions are tested on their own.
 */
import { errorsOf, readNumber, type DomainError } from "../../../domain";
import { checkInputSchema, clauseInputSchema, type CheckInput, type ClauseInput } from "../../../domain/drafting";
import { parseOrThrow } from "../../../domain/validation";

export interface CheckForm {
  value: string;
  buyerType: string;
  kind: string;
  launchDate: string;
  defence: boolean;
  concession: boolean;
  /** Code of an exemption the buyer invokes ("" for none), and its recorded reason. */
  exemption: string;
  exemptionReason: string;
}

export interface ClauseForm {
  reference: string;
  label: string;
  buyer: string;
  articleNumber: string;
  basis: string;
  hours: string;
  scope: string;
  facilitatorName: string;
  facilitatorOrganisation: string;
  facilitatorEmail: string;
  facilitatorPhone: string;
  facilitatorAddress: string;
  publics: string[];
  publicsNote: string;
  modes: string[];
  pooling: boolean;
  reporting: "monthly" | "quarterly";
  penalties: boolean;
  penaltyPerHour: string;
  criterion: boolean;
  /** Percent, as typed. */
  criterionWeight: string;
  durationYears: string;
}

/** French names of the request's fields, for messages shown next to the form. */
export const FIELD_LABELS: Record<string, string> = {
  value: "Valeur estimée",
  buyerType: "Type d'acheteur",
  kind: "Nature du marché",
  launchDate: "Date de lancement",
  "exemption.reason": "Motif de la dérogation",
  "exemption.code": "Dérogation",
  "contract.label": "Intitulé du marché",
  "contract.reference": "Référence du marché",
  "contract.buyer": "Acheteur",
  basis: "Base juridique",
  hours: "Heures d'insertion",
  scope: "Périmètre de l'action d'insertion",
  "facilitator.name": "Facilitateur",
  "facilitator.email": "Coordonnées du facilitateur",
  publics: "Publics éligibles",
  publicsNote: "Publics prioritaires",
  modes: "Moyens autorisés",
  penaltyPerHour: "Pénalité par heure non réalisée",
  "awardCriterion.weight": "Pondération du critère",
  awardCriterion: "Critère d'attribution",
  durationYears: "Durée (années)",
};

/** The form field each request path is typed in (where the pane shows that path's error). */
const FORM_FIELDS: Record<string, keyof ClauseForm> = {
  "contract.label": "label",
  "contract.reference": "reference",
  articleNumber: "articleNumber",
  basis: "basis",
  hours: "hours",
  scope: "scope",
  "facilitator.name": "facilitatorName",
  "facilitator.organisation": "facilitatorOrganisation",
  "facilitator.email": "facilitatorEmail",
  "facilitator.phone": "facilitatorPhone",
  "facilitator.address": "facilitatorAddress",
  publics: "publics",
  publicsNote: "publicsNote",
  modes: "modes",
  reporting: "reporting",
  penaltyPerHour: "penaltyPerHour",
  "awardCriterion.weight": "criterionWeight",
  durationYears: "durationYears",
};

/** What to fix, under the field it concerns (the reason alone: the field's label is just above). */
export type FieldMessages = Partial<Record<keyof ClauseForm, string>>;

/** The problems of a draft: every message (field named), those shown under a field, and the others. */
export interface DraftProblems {
  messages: string[];
  fields: FieldMessages;
  /** Messages no field of the form shows (a buyer taken from the contract, an unused criterion…). */
  others: string[];
}

/**
 * The form field a core error belongs to, if the form has one.
 *
 * @example
 * formFieldOf("publics[1]") // => "publics"
 */
export function formFieldOf(path: string | undefined): keyof ClauseForm | undefined {
  if (!path) return undefined;
  return FORM_FIELDS[path] ?? FORM_FIELDS[path.replace(/\[\d+\]$/, "")];
}

/**
 * Core errors as the pane shows them: each message with its field's name, and under its field.
 *
 * @example
 * draftProblems([new DomainError("x", "décrivez le périmètre", { field: "scope" })])
 * // => { messages: ["Périmètre de l'action d'insertion : décrivez le périmètre"], fields: { scope: "décrivez le périmètre" }, others: [] }
 */
export function draftProblems(errors: readonly DomainError[]): DraftProblems {
  const fields: FieldMessages = {};
  const others: string[] = [];
  for (const error of errors) {
    const key = formFieldOf(error.where.field);
    if (key) fields[key] = fields[key] ? `${fields[key]} ; ${error.reason}` : error.reason;
    else others.push(paneMessage(error));
  }
  return { messages: errors.map(paneMessage), fields, others };
}

/**
 * A core error as the pane shows it: the field's French name instead of its JSON path.
 *
 * @example
 * paneMessage(new DomainError("x", "décrivez le périmètre", { field: "scope" })) // => "Périmètre de l'action d'insertion : décrivez le périmètre"
 */
export function paneMessage(error: DomainError): string {
  const field = error.where.field ?? "";
  const base = field.replace(/\[\d+\]$/, "");
  const label = FIELD_LABELS[field] ?? FIELD_LABELS[base];
  return label ? `${label} : ${error.reason}` : error.message;
}

/**
 * @example
 * emptyClauseForm(["deld"], ["embauche-directe"]).basis // => "execution-condition"
 */
export function emptyClauseForm(publics: readonly string[], modes: readonly string[]): ClauseForm {
  return {
    reference: "",
    label: "",
    buyer: "",
    articleNumber: "",
    basis: "execution-condition",
    hours: "",
    scope: "",
    facilitatorName: "",
    facilitatorOrganisation: "",
    facilitatorEmail: "",
    facilitatorPhone: "",
    facilitatorAddress: "",
    publics: [...publics],
    publicsNote: "",
    modes: [...modes],
    pooling: false,
    reporting: "monthly",
    penalties: true,
    penaltyPerHour: "",
    criterion: false,
    criterionWeight: "",
    durationYears: "",
  };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; messages: string[] };
type ClauseOutcome = { ok: true; value: ClauseInput } | ({ ok: false } & DraftProblems);

/**
 * The check request, or what is wrong; `null` while a field is still empty.
 *
 * @example
 * checkRequest({ value: "250 000", buyerType: "collectivite", kind: "services", launchDate: "2026-09-15", defence: false, concession: false })
 * // (with exemption: "", exemptionReason: "") => { ok: true, value: { value: 250000, … } }
 */
export function checkRequest(form: CheckForm): Outcome<CheckInput> | null {
  if (form.value.trim() === "" || form.launchDate === "" || form.buyerType === "" || form.kind === "") return null;
  const value = readNumber(form.value);
  if (!value.ok) return { ok: false, messages: [`${FIELD_LABELS.value} : ${value.reason}`] };
  const { exemption, exemptionReason, ...contract } = form;
  const invoked = exemption === "" ? {} : { exemption: { code: exemption, reason: exemptionReason } };
  return parsed(() => parseOrThrow(checkInputSchema, { ...contract, value: value.value, ...invoked }));
}

/**
 * The drafting request, or the fields typed wrong (empty fields are left to the core, which says
 * which ones the chosen sections need).
 *
 * @example
 * clauseRequest({ ...emptyClauseForm([], []), hours: "600", penaltyPerHour: "50" }) // => { ok: true, value: { hours: 600, penaltyPerHour: 50, … } }
 */
export function clauseRequest(form: ClauseForm): ClauseOutcome {
  const messages: string[] = [];
  const fields: FieldMessages = {};
  const wrong = (field: string, reason: string) => {
    messages.push(`${FIELD_LABELS[field]} : ${reason}`);
    const key = formFieldOf(field);
    if (key && !fields[key]) fields[key] = reason;
  };
  const number = (text: string, field: string, scale = 1): number | undefined => {
    if (text.trim() === "") return undefined;
    const read = readNumber(text);
    if (read.ok) return read.value / scale;
    wrong(field, read.reason);
    return undefined;
  };
  const hours = number(form.hours, "hours");
  const penalty = number(form.penaltyPerHour, "penaltyPerHour");
  const weight = number(form.criterionWeight, "awardCriterion.weight", 100);
  const years = number(form.durationYears, "durationYears");
  if (form.criterion && weight === undefined && form.criterionWeight.trim() === "")
    wrong("awardCriterion.weight", "indiquez la pondération en %");
  if (form.criterion && weight !== undefined && !(weight > 0 && weight <= 1)) wrong("awardCriterion.weight", "entre 0 et 100 %");
  if (messages.length > 0) return { ok: false, messages, fields, others: [] };
  const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());
  return parsedClause(() =>
    parseOrThrow(clauseInputSchema, {
      basis: form.basis,
      contract: { reference: optional(form.reference), label: optional(form.label), buyer: optional(form.buyer) },
      articleNumber: optional(form.articleNumber),
      hours,
      scope: optional(form.scope),
      facilitator: {
        name: optional(form.facilitatorName),
        organisation: optional(form.facilitatorOrganisation),
        email: optional(form.facilitatorEmail),
        phone: optional(form.facilitatorPhone),
        address: optional(form.facilitatorAddress),
      },
      publics: form.publics,
      publicsNote: optional(form.publicsNote),
      modes: form.modes,
      pooling: form.pooling,
      reporting: form.reporting,
      penalties: form.penalties,
      penaltyPerHour: form.penalties ? penalty : undefined,
      awardCriterion: form.criterion ? { weight: weight ?? 0 } : undefined,
      durationYears: years,
    }),
  );
}

function parsedClause(parse: () => ClauseInput): ClauseOutcome {
  try {
    return { ok: true, value: parse() };
  } catch (thrown) {
    const errors = errorsOf(thrown);
    if (errors.length === 0) throw thrown;
    return { ok: false, ...draftProblems(errors) };
  }
}

function parsed<T>(parse: () => T): Outcome<T> {
  try {
    return { ok: true, value: parse() };
  } catch (thrown) {
    const errors = errorsOf(thrown);
    if (errors.length === 0) throw thrown;
    return { ok: false, messages: errors.map(paneMessage) };
  }
}
