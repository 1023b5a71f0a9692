/**
 * The sizing wizard's form, as typed (text in French notation, percentages in %), and its
 * conversion into a sizing request for the core. Kept apart from the React component so the
 * conversion rules are tested on their own.
 */
import {
  buyersTable,
  companiesTable,
  errorsOf,
  keyExists,
  marketsTable,
  percentLooksLikeFraction,
  readNumber,
  readPercentText,
  type Day,
  type PlannedAppend,
  type TableRecord,
  type WriteCheck,
} from "../../../domain";
import {
  marketRecords,
  sizeContract,
  sizingInputSchema,
  type ContractDetails,
  type SizingResult,
  type SizingRules,
} from "../../../domain/sizing";
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

/** A row of Acheteurs or Entreprises created from the pick list's « Nouveau… ». */
export interface NewReference {
  code: string;
  name: string;
}

export interface SizingDraft {
  reference: string;
  /** Code of a row of Acheteurs, or NEW_OPTION for the row in `newBuyer`. */
  buyer: string;
  company: string;
  newBuyer: NewReference;
  newCompany: NewReference;
  /** Percent fields whose fraction-looking text (« 0,05 ») the facilitator kept on purpose: field → text. */
  kept: Record<string, string>;
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
    newBuyer: { code: "", name: "" },
    newCompany: { code: "", name: "" },
    kept: {},
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
  const reader = new NumberReader(draft.kept);
  const lots = draft.lots.map((lot, index) => readLot(lot, index, draft.method, reader));
  const incomplete = draft.lots.some((lot) => isIncomplete(lot, draft.method));
  const request = {
    method: draft.method,
    insertionRate: reader.percent(draft.insertionRate, "insertionRate", "Taux d'insertion"),
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

  constructor(private readonly kept: Readonly<Record<string, string>>) {}

  /** The number typed in `text`, or undefined when blank or wrong. */
  read(text: string, field: string): number | undefined {
    if (text.trim() === "") return undefined;
    const read = readNumber(text);
    if (read.ok) return read.value;
    this.errors[field] = read.reason;
    return undefined;
  }

  /** A percentage typed in a percent field, as a fraction; a fraction-looking value not kept on purpose is asked about. */
  percent(text: string, field: string, label: string): number | undefined {
    if (text.trim() === "") return undefined;
    const read = readPercentText(text);
    if (!read.ok) {
      this.errors[field] = read.reason;
      return undefined;
    }
    if (read.looksLikeFraction && this.kept[field] !== text) {
      this.errors[field] = percentLooksLikeFraction(label, read.percent).reason;
      return undefined;
    }
    return read.value;
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
  const share = reader.percent(lot.share, `${field}.labourShare`, "Part de main-d'œuvre");
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
  const optional = (key: "start" | "end") => (draft[key].trim() ? { [key]: draft[key].trim() } : {});
  const buyer = draft.buyer === NEW_REFERENCE ? draft.newBuyer.code.trim() : draft.buyer.trim();
  const company = draft.company === NEW_REFERENCE ? draft.newCompany.code.trim() : draft.company.trim();
  return {
    reference: draft.reference.trim(),
    ...(buyer ? { buyer } : {}),
    ...(company ? { company } : {}),
    ...optional("start"),
    ...optional("end"),
    pooled: draft.pooled,
  };
}

/** The pick lists' « Nouveau… » value (the same as the kit's NEW_OPTION). */
export const NEW_REFERENCE = "__nouveau__";

/**
 * Everything « Insérer dans le classeur » writes, in one batch: a new buyer or company chosen with
 * « Nouveau… », then one Marchés row per lot.
 *
 * @example
 * plannedAppends(draft, result) // => [{ table: buyersTable, records: [{ id: "DEPT", name: "Département" }] }, { table: marketsTable, records: […] }]
 */
export function plannedAppends(draft: SizingDraft, result: SizingResult): PlannedAppend[] {
  const created = (table: PlannedAppend["table"], chosen: string, row: NewReference): PlannedAppend[] => {
    if (chosen !== NEW_REFERENCE) return [];
    const record: TableRecord = { id: row.code.trim(), ...(row.name.trim() ? { name: row.name.trim() } : {}) };
    return [{ table, records: [record] }];
  };
  return [
    ...created(buyersTable, draft.buyer, draft.newBuyer),
    ...created(companiesTable, draft.company, draft.newCompany),
    { table: marketsTable, records: marketRecords(result, contractDetails(draft)) },
  ];
}

/**
 * What the contract fields alone would write (before the lots are sized): the guard checks the
 * dates, the reference and the buyer and company as soon as they are typed.
 *
 * @example
 * contractAppends({ …draft, reference: "M1", start: "2026-10-01", end: "2025-01-01" }) // => [{ table: marketsTable, records: [{ id: "M1", … }] }]
 */
export function contractAppends(draft: SizingDraft): PlannedAppend[] {
  const details = contractDetails(draft);
  const record: TableRecord = {
    id: details.reference,
    buyer: details.buyer,
    company: details.company,
    start: details.start,
    end: details.end,
  };
  const created = (table: PlannedAppend["table"], chosen: string, row: NewReference): PlannedAppend[] =>
    chosen === NEW_REFERENCE && row.code.trim() ? [{ table, records: [{ id: row.code.trim() }] }] : [];
  return [
    ...created(buyersTable, draft.buyer, draft.newBuyer),
    ...created(companiesTable, draft.company, draft.newCompany),
    { table: marketsTable, records: [record] },
  ];
}

/** The form field a column of a checked row belongs to. */
const FIELD_OF_COLUMN: Readonly<Record<string, string>> = {
  "Marchés/Marché": "reference",
  "Marchés/Acheteur": "buyer",
  "Marchés/Entreprise": "company",
  "Marchés/Début": "start",
  "Marchés/Fin": "end",
  "Acheteurs/Acheteur": "newBuyer",
  "Acheteurs/Nom": "newBuyer",
  "Entreprises/Entreprise": "newCompany",
  "Entreprises/Raison sociale": "newCompany",
};

/**
 * The guard's findings, next to the fields they concern (`""` = the rest, shown with the write button).
 *
 * @example
 * checkMessages({ errors: [finBeforeDebut], conflicts: [] }) // => { end: "la fin (01/01/2025) précède le début (01/10/2026)" }
 */
export function checkMessages(check: WriteCheck): FieldErrors {
  const messages: FieldErrors = {};
  const add = (field: string, message: string) => {
    messages[field] = messages[field] && !messages[field].includes(message) ? `${messages[field]} ; ${message}` : message;
  };
  for (const error of check.errors) {
    const field = FIELD_OF_COLUMN[`${error.where.table}/${error.where.column}`];
    if (field) add(field, error.reason);
    else add("", error.message);
  }
  for (const conflict of check.conflicts) {
    const field = conflict.table.name === "Marchés" ? "reference" : conflict.table.name === "Acheteurs" ? "newBuyer" : "newCompany";
    add(field, keyExists(conflict.table.sheet, "", conflict.key, conflict.row).reason);
  }
  return messages;
}
