/**
 * The sizing wizard's form, as typed (text in French notation, percentages in %), and its
 * conversion into a sizing request for the core. Kept apart from the React component so the
 * conversion rules are tested on their own.
 */
import { errorsOf, readNumber, type Day } from "../../../domain";
import { sizeContract, sizingInputSchema, type SizingResult, type SizingRules } from "../../../domain/sizing";
import { parseOrThrow } from "../../../domain/validation";

export interface LotDraft {
  /** Stable React key. */
  key: string;
  id: string;
  label: string;
  amount: string;
  /** Trade code from the pack, or "" for a share typed in. */
  trade: string;
  /** Labour share in percent, as typed (« 50 », « 47,5 »). */
  share: string;
}

export interface SizingDraft {
  reference: string;
  buyer: string;
  company: string;
  start: string;
  end: string;
  pooled: boolean;
  method: "labour-cost" | "per-amount";
  /** Percent, as typed; empty = the pack's default. */
  insertionRate: string;
  hourlyCost: string;
  eurosPerHour: string;
  rounding: "nearest" | "up";
  lots: LotDraft[];
}

export type FieldErrors = Record<string, string>;

export interface Evaluation {
  result?: SizingResult;
  /** Messages keyed by field (`lots[1].amount`, `insertionRate`…); `""` for the form as a whole. */
  errors: FieldErrors;
  /** True while a required field is still empty (no result, but nothing wrong either). */
  incomplete: boolean;
}

let nextKey = 0;

/**
 * An empty lot row.
 *
 * @example
 * newLot("2") // => { key: "lot-…", id: "2", label: "", amount: "", trade: "", share: "" }
 */
export function newLot(id: string): LotDraft {
  nextKey += 1;
  return { key: `lot-${nextKey}`, id, label: "", amount: "", trade: "", share: "" };
}

/**
 * A fresh form: one lot, the pack's defaults left implicit.
 *
 * @example
 * emptyDraft().lots.length // => 1
 */
export function emptyDraft(): SizingDraft {
  return {
    reference: "",
    buyer: "",
    company: "",
    start: "",
    end: "",
    pooled: true,
    method: "labour-cost",
    insertionRate: "",
    hourlyCost: "",
    eurosPerHour: "",
    rounding: "nearest",
    lots: [newLot("1")],
  };
}

/**
 * Reads the form, sizes it with the core, and says what is wrong field by field.
 *
 * @example
 * evaluateDraft({ …emptyDraft(), lots: [{ …newLot("1"), amount: "1 000 000", share: "50" }], insertionRate: "5", hourlyCost: "30" }, rules, "national@…", today)
 * // => { result: { totalHours: 833, … }, errors: {}, incomplete: false }
 */
export function evaluateDraft(draft: SizingDraft, rules: SizingRules, packRef: string, today: Day): Evaluation {
  const errors: FieldErrors = {};
  let incomplete = false;
  const number = (text: string, field: string, scale = 1): number | undefined => {
    if (text.trim() === "") return undefined;
    const read = readNumber(text);
    if (!read.ok) {
      errors[field] = read.reason;
      return undefined;
    }
    return read.value / scale;
  };
  const lots = draft.lots.map((lot, index) => {
    const field = `lots[${index}]`;
    const amount = number(lot.amount, `${field}.amount`);
    if (lot.amount.trim() === "") incomplete = true;
    const share = number(lot.share, `${field}.labourShare`, 100);
    if (draft.method === "labour-cost" && share === undefined && lot.trade === "" && lot.share.trim() === "") incomplete = true;
    return {
      id: lot.id.trim() || String(index + 1),
      ...(lot.label.trim() ? { label: lot.label.trim() } : {}),
      amount,
      ...(draft.method === "labour-cost" && share !== undefined ? { labourShare: share } : {}),
      ...(draft.method === "labour-cost" && share === undefined && lot.trade ? { trade: lot.trade } : {}),
    };
  });
  const request = {
    method: draft.method,
    insertionRate: number(draft.insertionRate, "insertionRate", 100),
    hourlyCost: number(draft.hourlyCost, "hourlyCost"),
    eurosPerHour: number(draft.eurosPerHour, "eurosPerHour"),
    rounding: draft.rounding,
    lots,
  };
  if (incomplete || Object.keys(errors).length > 0) return { errors, incomplete };
  try {
    const input = parseOrThrow(sizingInputSchema, request);
    return { result: sizeContract(input, rules, packRef, today), errors, incomplete };
  } catch (thrown) {
    const found = errorsOf(thrown);
    if (found.length === 0) throw thrown;
    for (const error of found) errors[error.where.field ?? ""] = error.reason;
    return { errors, incomplete };
  }
}
