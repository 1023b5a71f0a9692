/**
 * The state of the validation form (`ValidationForm`) in a reducer: who, when, which criteria,
 * which proofs were seen, until when; and its save, which appends one row to `Validations` and
 * places the core's errors under their fields.
 */
import * as React from "react";
import { addMonthsToDay, errorsOf, isoFromDay, tryDayFromIso, validationsTable, type Day } from "../../../domain";
import {
  newValidation,
  validationRecordToTable,
  type EligibilityResult,
  type EligibilityRules,
  type ValidationRecord,
} from "../../../domain/eligibility";
import { messagesOf } from "../../plugin-kit/ui/ErrorList";
import type { WorkbookPort } from "../../workbook/port";

export interface ProofDraft {
  key: number;
  type: string;
  seenOn: string;
}

export interface ValidationDraft {
  validatedBy: string;
  validatedOn: string;
  validUntil: string;
  criteria: string[];
  proofs: ProofDraft[];
  nextKey: number;
}

export type ValidationAction =
  | { kind: "set"; patch: Partial<Pick<ValidationDraft, "validatedBy" | "validUntil">> }
  | { kind: "validatedOn"; value: string; rules: EligibilityRules }
  | { kind: "criterion"; code: string; on: boolean }
  | { kind: "addProof"; type: string }
  | { kind: "proof"; key: number; patch: Partial<Omit<ProofDraft, "key">> }
  | { kind: "removeProof"; key: number };

export type ValidationOutcome =
  { kind: "saved"; on: string } | { kind: "failed"; messages: string[]; fields: Record<string, string> } | null;

/** The form's labels, for messages about fields that have no place of their own (a key is never shown). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  validatedBy: "Validé par",
  validatedOn: "Validé le",
  validUntil: "Valide jusqu'au",
  criteria: "Critères validés",
  participant: "Participant",
};
const PLACED = new Set(["validatedBy", "validatedOn", "validUntil"]);

/**
 * Default end of validity: the pack's months after the validation (last day included), if the pack sets them.
 *
 * @example
 * defaultValidUntil(rules, "2026-11-26") // => "2027-11-25" with a 12-month validity, "" without one
 */
export function defaultValidUntil(rules: EligibilityRules, validatedOn: string): string {
  const day = tryDayFromIso(validatedOn);
  const months = rules.validity.months;
  return day === null || months === null ? "" : isoFromDay(addMonthsToDay(day, months) - 1);
}

/**
 * @example
 * validationReducer(draft, { kind: "criterion", code: "DELD", on: false }).criteria // => the others
 */
export function validationReducer(draft: ValidationDraft, action: ValidationAction): ValidationDraft {
  switch (action.kind) {
    case "set":
      return { ...draft, ...action.patch };
    case "validatedOn":
      return {
        ...draft,
        validatedOn: action.value,
        validUntil: action.rules.validity.months !== null ? defaultValidUntil(action.rules, action.value) : draft.validUntil,
      };
    case "criterion":
      return {
        ...draft,
        criteria: action.on ? [...draft.criteria, action.code] : draft.criteria.filter((checked) => checked !== action.code),
      };
    case "addProof": {
      const key = draft.nextKey + 1;
      return { ...draft, nextKey: key, proofs: [...draft.proofs, { key, type: action.type, seenOn: draft.validatedOn }] };
    }
    case "proof":
      return { ...draft, proofs: draft.proofs.map((proof) => (proof.key === action.key ? { ...proof, ...action.patch } : proof)) };
    case "removeProof":
      return { ...draft, proofs: draft.proofs.filter((proof) => proof.key !== action.key) };
  }
}

/** The core's errors: under their field when it has one, otherwise named by the field's label. */
function placedErrors(error: unknown): { messages: string[]; fields: Record<string, string> } {
  const found = errorsOf(error);
  if (found.length === 0) return { messages: messagesOf(error), fields: {} };
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const each of found) {
    const field = each.where.field ?? "";
    if (PLACED.has(field)) fields[field] = each.reason;
    else messages.push(field ? `${labelOf(field)} : ${each.reason}` : each.message);
  }
  return { messages, fields };
}

function labelOf(field: string): string {
  const proof = /^proofs\[(\d+)\]/.exec(field);
  if (proof) return `Justificatif ${Number(proof[1]) + 1}`;
  return FIELD_LABELS[field] ?? "Fiche";
}

/**
 * @example
 * const form = useValidationDraft({ result, rules, rulePack, today, workbook });
 * form.dispatch({ kind: "set", patch: { validatedBy: "PLIE" } }); await form.save();
 */
export function useValidationDraft(props: {
  result: EligibilityResult;
  rules: EligibilityRules;
  rulePack: string;
  today: Day;
  workbook: WorkbookPort;
  onSaved?: ((validation: ValidationRecord) => void) | undefined;
}) {
  const { result, rules, rulePack, today, workbook, onSaved } = props;
  const todayIso = isoFromDay(today);
  const offered = [...result.criteria, ...result.priority];
  const [draft, dispatch] = React.useReducer(validationReducer, undefined, () => ({
    validatedBy: "",
    validatedOn: todayIso,
    validUntil: defaultValidUntil(rules, todayIso),
    criteria: offered,
    proofs: [],
    nextKey: 0,
  }));
  const [outcome, setOutcome] = React.useState<ValidationOutcome>(null);
  const fieldError = (field: string) => (outcome?.kind === "failed" ? outcome.fields[field] : undefined);
  const relevant = rules.proofTypes.filter((proof) => proof.criteria.some((code) => draft.criteria.includes(code)));
  const proofChoices = [...relevant, ...rules.proofTypes.filter((proof) => !relevant.includes(proof))];

  async function save(): Promise<void> {
    try {
      const input = {
        participant: result.id,
        validatedOn: draft.validatedOn,
        validatedBy: draft.validatedBy,
        criteria: draft.criteria,
        proofs: draft.proofs.map(({ type, seenOn }) => ({ type, seenOn })),
        ...(draft.validUntil ? { validUntil: draft.validUntil } : {}),
      };
      const validation = newValidation(input, rules, today, rulePack);
      await workbook.appendRecords(validationsTable, [validationRecordToTable(validation)]);
      setOutcome({ kind: "saved", on: validation.validatedOn });
      onSaved?.(validation);
    } catch (error) {
      setOutcome({ kind: "failed", ...placedErrors(error) });
    }
  }
  return { draft, dispatch, outcome, fieldError, offered, proofChoices, todayIso, save };
}

export type ValidationDraftState = ReturnType<typeof useValidationDraft>;
