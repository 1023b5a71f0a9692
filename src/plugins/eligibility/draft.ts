/**
 * The single prescription form as typed (dates from date inputs, codes from the pack's lists), its
 * conversion into participant facts, and their evaluation. Kept apart from the React component so
 * the conversion is tested on its own.
 */
import { dayFromIso, errorsOf, type Day } from "../../../domain";
import { parseOrThrow } from "../../../domain/validation";
import {
  checkFacts,
  evaluateParticipant,
  participantFactsSchema,
  referenceDay,
  type EligibilityResult,
  type EligibilityRules,
  type ParticipantFacts,
} from "../../../domain/eligibility";

export interface DatedChoice {
  selected: boolean;
  from: string;
  to: string;
}

export interface ParticipantDraft {
  id: string;
  sex: "" | "F" | "M";
  birthDate: string;
  /** "" or "1"…"8". */
  qualificationLevel: string;
  schoolLeftDate: string;
  jobSeekerSince: string;
  /** By benefit code of the pack. */
  benefits: Record<string, DatedChoice>;
  rqth: DatedChoice;
  qpv: boolean;
  /** Structure code of the pack, or "". */
  structure: string;
  programmes: string[];
  prescriber: string;
  firstClauseEntry: string;
  derogationReason: string;
  derogationValidatedOn: string;
}

/** Messages keyed by the draft's field (`birthDate`, `benefits.RSA`…). */
export type FieldErrors = Record<string, string>;

export interface DraftEvaluation {
  facts?: ParticipantFacts;
  result?: EligibilityResult;
  /** Where the reference date comes from, for the pane to say it. */
  dateFrom: "firstClauseEntry" | "today";
  errors: FieldErrors;
}

const noDates = (): DatedChoice => ({ selected: false, from: "", to: "" });

/**
 * An empty form.
 *
 * @example
 * emptyParticipantDraft().qpv // => false
 */
export function emptyParticipantDraft(): ParticipantDraft {
  return {
    id: "",
    sex: "",
    birthDate: "",
    qualificationLevel: "",
    schoolLeftDate: "",
    jobSeekerSince: "",
    benefits: {},
    rqth: noDates(),
    qpv: false,
    structure: "",
    programmes: [],
    prescriber: "",
    firstClauseEntry: "",
    derogationReason: "",
    derogationValidatedOn: "",
  };
}

const text = (value: string) => (value.trim() === "" ? undefined : value.trim());

/**
 * The facts the form says, before any check (empty fields are absent).
 *
 * @example
 * factsOfDraft({ ...emptyParticipantDraft(), id: "P100", qpv: true }) // => { id: "P100", qpv: true }
 */
export function factsOfDraft(draft: ParticipantDraft): ParticipantFacts {
  const benefits = Object.entries(draft.benefits)
    .filter(([, choice]) => choice.selected)
    .map(([code, choice]) => ({
      code,
      ...(text(choice.from) ? { from: choice.from } : {}),
      ...(text(choice.to) ? { to: choice.to } : {}),
    }));
  const rqth = draft.rqth.selected
    ? { ...(text(draft.rqth.from) ? { from: draft.rqth.from } : {}), ...(text(draft.rqth.to) ? { to: draft.rqth.to } : {}) }
    : undefined;
  const reason = text(draft.derogationReason);
  const entries: [keyof ParticipantFacts, unknown][] = [
    ["id", draft.id.trim()],
    ["sex", draft.sex || undefined],
    ["birthDate", text(draft.birthDate)],
    ["qualificationLevel", draft.qualificationLevel ? Number(draft.qualificationLevel) : undefined],
    ["schoolLeftDate", text(draft.schoolLeftDate)],
    ["jobSeekerSince", text(draft.jobSeekerSince)],
    ["benefits", benefits.length > 0 ? benefits : undefined],
    ["rqth", rqth],
    ["qpv", draft.qpv || undefined],
    ["structure", text(draft.structure)],
    ["programmes", draft.programmes.length > 0 ? draft.programmes : undefined],
    ["prescriber", text(draft.prescriber)],
    ["firstClauseEntry", text(draft.firstClauseEntry)],
    [
      "derogation",
      reason ? { reason, ...(text(draft.derogationValidatedOn) ? { validatedOn: draft.derogationValidatedOn } : {}) } : undefined,
    ],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as unknown as ParticipantFacts;
}

/** `people[0].benefits[1].to` → the form field that shows it. */
function draftField(path: string | undefined, facts: ParticipantFacts): string {
  const field = (path ?? "").replace(/^people\[0\]\.?/, "");
  const benefit = /^benefits\[(\d+)\]/.exec(field);
  if (benefit) return `benefits.${facts.benefits?.[Number(benefit[1])]?.code ?? ""}`;
  if (field.startsWith("rqth")) return "rqth";
  if (field.startsWith("derogation")) return "derogation";
  return field.split(/[.[]/)[0] ?? "";
}

/**
 * Checks the form and evaluates the person on their first clause entry, else today.
 *
 * @example
 * evaluateParticipantDraft({ ...emptyParticipantDraft(), id: "P100", birthDate: "2001-05-10", schoolLeftDate: "2019-07-01" }, rules, today)
 * // => { result: { eligible: true, main: "JEUNE", … }, dateFrom: "today", errors: {} }
 */
export function evaluateParticipantDraft(draft: ParticipantDraft, rules: EligibilityRules, today: Day): DraftEvaluation {
  const raw = factsOfDraft(draft);
  const dateFrom = raw.firstClauseEntry ? "firstClauseEntry" : "today";
  const errors: FieldErrors = {};
  if (draft.derogationValidatedOn && !text(draft.derogationReason))
    errors.derogation = "indiquez le motif de la dérogation (avis motivé du prescripteur)";
  try {
    const parsed = parseOrThrow(participantFactsSchema, { ...raw, id: raw.id || "?" }, { root: "people[0]" }) as ParticipantFacts;
    const checked = checkFacts(parsed, rules, today, (field, index) => ({
      field: index === undefined ? field : `${field.split(".")[0]}[${index}]`,
    }));
    for (const error of checked.errors) errors[draftField(error.where.field, parsed)] ??= error.reason;
    if (Object.keys(errors).length > 0) return { dateFrom, errors };
    const facts = { ...checked.facts, id: raw.id };
    const date = referenceDay(facts, undefined, today);
    if (facts.birthDate && dayFromIso(facts.birthDate) > date) {
      return { dateFrom, errors: { birthDate: "la personne n'est pas née à la date de première entrée" } };
    }
    return { facts, result: evaluateParticipant(facts, rules, date), dateFrom, errors };
  } catch (thrown) {
    const found = errorsOf(thrown);
    if (found.length === 0) throw thrown;
    for (const error of found) errors[draftField(error.where.field, raw)] ??= error.reason;
    return { dateFrom, errors };
  }
}
