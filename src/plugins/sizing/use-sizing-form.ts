/**
 * The sizing wizard's state: the draft as typed, in a reducer, with the outcome of the last write
 * (cleared by any change, so a message never describes a form that has changed since).
 */
import * as React from "react";
import { emptyDraft, newLot, type LotDraft, type SizingDraft } from "./draft";

export type Outcome = { kind: "written"; rows: number } | { kind: "updated"; rows: number } | { kind: "failed"; messages: string[] } | null;

interface FormState {
  draft: SizingDraft;
  outcome: Outcome;
}

type Action =
  | { type: "set"; patch: Partial<SizingDraft> }
  | { type: "lot"; lot: LotDraft }
  | { type: "addLot" }
  | { type: "removeLot"; key: string }
  | { type: "keep"; field: string; text: string }
  | { type: "outcome"; outcome: Outcome };

function reduce(state: FormState, action: Action): FormState {
  const { draft } = state;
  switch (action.type) {
    case "set":
      return { draft: { ...draft, ...action.patch }, outcome: null };
    case "lot":
      return { draft: { ...draft, lots: draft.lots.map((lot) => (lot.key === action.lot.key ? action.lot : lot)) }, outcome: null };
    case "addLot":
      return { draft: { ...draft, lots: [...draft.lots, newLot(String(draft.lots.length + 1))] }, outcome: null };
    case "removeLot":
      return { draft: { ...draft, lots: draft.lots.filter((lot) => lot.key !== action.key) }, outcome: null };
    case "keep":
      return { draft: { ...draft, kept: { ...draft.kept, [action.field]: action.text } }, outcome: null };
    case "outcome":
      return { ...state, outcome: action.outcome };
  }
}

export interface SizingForm {
  draft: SizingDraft;
  outcome: Outcome;
  set: (patch: Partial<SizingDraft>) => void;
  setLot: (lot: LotDraft) => void;
  addLot: () => void;
  removeLot: (key: string) => void;
  /** Keeps a fraction-looking percentage (« 0,05 % ») on purpose. */
  keep: (field: string, text: string) => void;
  show: (outcome: Outcome) => void;
}

/**
 * @example
 * const form = useSizingForm();
 * form.set({ reference: "2026-014" });
 */
export function useSizingForm(): SizingForm {
  const [state, dispatch] = React.useReducer(reduce, undefined, () => ({ draft: emptyDraft(), outcome: null }));
  return React.useMemo(
    () => ({
      ...state,
      set: (patch) => dispatch({ type: "set", patch }),
      setLot: (lot) => dispatch({ type: "lot", lot }),
      addLot: () => dispatch({ type: "addLot" }),
      removeLot: (key) => dispatch({ type: "removeLot", key }),
      keep: (field, text) => dispatch({ type: "keep", field, text }),
      show: (outcome) => dispatch({ type: "outcome", outcome }),
    }),
    [state],
  );
}
