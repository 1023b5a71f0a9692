/**
 * The sizing wizard's form, as typed (text in French notation, percentages in %), and its
 * conversion into a sizing request for the core. Kept apart from the React component so the
 * conversion rules are tested on their own.
 */
import { errorsOf, readNumber, type Day } from "../../../domain";
import { sizeContract, sizingInputSchema, type ContractDetails, type SizingResult, type SizingRules } from "../../../domain/sizing";
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
  const reader = new NumberReader();
  const lots = draft.lots.map((lot, index) => readLot(lot, index, draft.method, reader));
  const incomplete = draft.lots.some((lot) => isIncomplete(lot, draft.method));
  const request = {
    method: draft.method,
    insertionRate: reader.read(draft.insertionRate, "insertionRate", 100),
    hourlyCost: reader.read(draft.hourlyCost, "hourlyCost"),
    eurosPerHour: reader.read(draft.eurosPerHour, "eurosPerHour"),
    rounding: draft.rounding,
    lots,
  };
  const errors = reader.errors;
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

/** Reads numbers typed the French way, collecting a message per field that is not one. */
class NumberReader {
  readonly errors: FieldErrors = {};

  /** The number typed in `text` divided by `scale` (100 for percentages), or undefined when blank or wrong. */
  read(text: string, field: string, scale = 1): number | undefined {
    if (text.trim() === "") return undefined;
    const read = readNumber(text);
    if (read.ok) return read.value / scale;
    this.errors[field] = read.reason;
    return undefined;
  }
}

/** A lot still missing its amount, or (labour-cost method) both its share and its trade. */
function isIncomplete(lot: LotDraft, method: SizingDraft["method"]): boolean {
  return lot.amount.trim() === "" || (method === "labour-cost" && lot.trade === "" && lot.share.trim() === "");
}

/** The lot as the core expects it; a typed share wins over the trade's preset. */
function readLot(lot: LotDraft, index: number, method: SizingDraft["method"], reader: NumberReader) {
  const field = `lots[${index}]`;
  const amount = reader.read(lot.amount, `${field}.amount`);
  const share = reader.read(lot.share, `${field}.labourShare`, 100);
  const labourCost = method === "labour-cost";
  return {
    id: lot.id.trim() || String(index + 1),
    ...(lot.label.trim() ? { label: lot.label.trim() } : {}),
    amount,
    ...(labourCost && share !== undefined ? { labourShare: share } : {}),
    ...(labourCost && share === undefined && lot.trade ? { trade: lot.trade } : {}),
  };
}

/**
 * What the form says of the contract, for the Marchés rows (blank fields left out).
 *
 * @example
 * contractDetails({ …draft, reference: " 2026-014 ", buyer: "" }) // => { reference: "2026-014", pooled: true }
 */
export function contractDetails(draft: SizingDraft): ContractDetails {
  const optional = (key: "buyer" | "company" | "start" | "end") => (draft[key].trim() ? { [key]: draft[key].trim() } : {});
  return {
    reference: draft.reference.trim(),
    ...optional("buyer"),
    ...optional("company"),
    ...optional("start"),
    ...optional("end"),
    pooled: draft.pooled,
  };
}
