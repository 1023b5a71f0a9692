/**
 * Validation of eligibility by the facilitator: who validated, when, which criteria, on which proofs
 * (type and date seen, never the document), until when.
 *
 * Validations are appended to the `Validations` table and never edited. A new validation of a person
 * closes the previous one from its own date on, so the history a bilan relied on stays readable
 * (les-emplois does the same when a diagnosis is renewed).
 */
import { z } from "zod";
import { dayFromIso, isoFromDay, readDateCell, type Day } from "../dates";
import { ValidationFailed, type DomainError } from "../errors";
import { proofInvalid, proofUndated, validationInvalid, VALIDATION_REASONS } from "./errors";
import { isoDateSchema } from "../rules/schema";
import { parseOrThrow } from "../validation";
import { validationsTable, type DecodedRow, type TableRecord } from "../workbook";
import type { EligibilityRules } from "./rules";
import { frenchDate } from "../text";

/** A proof the facilitator saw: its kind (French label) and the date it bears or was seen. */
export interface Proof {
  type: string;
  seenOn: string;
}

export interface ValidationRecord {
  participant: string;
  validatedOn: string;
  validatedBy: string;
  criteria: string[];
  proofs: Proof[];
  validUntil?: string;
  rulePack?: string;
}

/** A validation with how long it was in force. */
export interface ValidationPeriod extends ValidationRecord {
  /** Last day in force: the day before the next validation, or `validUntil`, whichever is first; null = open. */
  endsOn: string | null;
  /** Date of the validation that replaced this one, if any. */
  replacedOn: string | null;
}

const PROOF = /^(.*\S)\s+du\s+(\S+)$/i;

/**
 * Reads « Type du JJ/MM/AAAA ».
 *
 * @example
 * parseProof("Attestation d'inscription à France Travail du 15/02/2026") // => { ok: true, value: { type: "Attestation d'inscription à France Travail", seenOn: "2026-02-15" } }
 * parseProof("Pièce d'identité") // => { ok: false, reason: "« Pièce d'identité » : indiquez la date du justificatif (… du JJ/MM/AAAA)" }
 */
export function parseProof(text: string): { ok: true; value: Proof } | { ok: false; reason: string } {
  const match = PROOF.exec(text.trim());
  if (!match) return { ok: false, reason: proofUndated(text.trim()) };
  const read = readDateCell(match[2]);
  if (!read.ok) return { ok: false, reason: `« ${text.trim()} » : ${read.reason}` };
  return { ok: true, value: { type: (match[1] ?? "").trim(), seenOn: isoFromDay(read.day) } };
}

/**
 * Writes a proof as `parseProof` reads it.
 *
 * @example
 * formatProof({ type: "Pièce d'identité", seenOn: "2026-03-02" }) // => "Pièce d'identité du 02/03/2026"
 */
export function formatProof(proof: Proof): string {
  return `${proof.type} du ${frenchDate(proof.seenOn)}`;
}

const newValidationSchema = z
  .object({
    participant: z.string().trim().min(1, { message: "indiquez le participant" }),
    validatedOn: isoDateSchema,
    validatedBy: z.string().trim().min(1, { message: "indiquez qui valide (nom ou structure)" }),
    criteria: z.array(z.string()).min(1, { message: "cochez au moins un critère validé" }),
    proofs: z.array(z.object({ type: z.string().trim().min(1), seenOn: isoDateSchema }).strict()),
    validUntil: isoDateSchema.optional(),
  })
  .strict();

/**
 * Checks a validation typed in the pane before it is appended: known criteria, no date in the
 * future, proofs seen before the validation, an end after the start. Throws `ValidationFailed`
 * listing every problem.
 *
 * @example
 * newValidation({ participant: "P003", validatedOn: "2026-07-01", validatedBy: "PLIE Valrivière", criteria: ["DELD"],
 *   proofs: [{ type: "Attestation d'inscription à France Travail", seenOn: "2026-06-28" }] }, rules, today, "national@…")
 * // => { participant: "P003", …, rulePack: "national@…" }
 */
export function newValidation(input: unknown, rules: EligibilityRules, today: Day, rulePack: string): ValidationRecord {
  const parsed = parseOrThrow(newValidationSchema, input);
  const errors: DomainError[] = [];
  const fail = (field: string, reason: string) => errors.push(validationInvalid(reason, field));
  const known = new Set(rules.criteria.map((criterion) => criterion.code));
  for (const code of parsed.criteria) if (!known.has(code)) fail("criteria", VALIDATION_REASONS.criterionUnknown(code));
  if (dayFromIso(parsed.validatedOn) > today) fail("validatedOn", VALIDATION_REASONS.inFuture());
  parsed.proofs.forEach((proof, index) => {
    if (proof.seenOn > parsed.validatedOn) fail(`proofs[${index}].seenOn`, VALIDATION_REASONS.proofAfter(proof.type));
  });
  if (parsed.validUntil !== undefined && parsed.validUntil < parsed.validatedOn) fail("validUntil", VALIDATION_REASONS.endsBefore());
  if (errors.length > 0) throw new ValidationFailed(errors);
  return { ...parsed, rulePack };
}

/**
 * The `Validations` record of a validation (what the pane appends).
 *
 * @example
 * validationRecordToTable(validation) // => { participant: "P003", validatedOn: "2026-07-01", proofs: ["Attestation … du 28/06/2026"], … }
 */
export function validationRecordToTable(validation: ValidationRecord): TableRecord {
  return {
    participant: validation.participant,
    validatedOn: validation.validatedOn,
    validatedBy: validation.validatedBy,
    criteria: validation.criteria,
    proofs: validation.proofs.map(formatProof),
    ...(validation.validUntil ? { validUntil: validation.validUntil } : {}),
    ...(validation.rulePack ? { rulePack: validation.rulePack } : {}),
  };
}

/**
 * Reads the decoded rows of the `Validations` table; a proof without a readable date is reported
 * with its row and column.
 *
 * @example
 * validationsFromRows(decodeTable(validationsTable, cells).rows) // => { validations: [...], errors: [] }
 */
export function validationsFromRows(rows: readonly DecodedRow[]): { validations: ValidationRecord[]; errors: DomainError[] } {
  const errors: DomainError[] = [];
  const validations: ValidationRecord[] = [];
  const proofsColumn = validationsTable.columns.find((column) => column.key === "proofs")?.header;
  for (const { row, values } of rows) {
    if (typeof values.participant !== "string" || typeof values.validatedOn !== "string" || typeof values.validatedBy !== "string")
      continue;
    const proofs: Proof[] = [];
    for (const text of Array.isArray(values.proofs) ? values.proofs : []) {
      const read = parseProof(text);
      if (read.ok) proofs.push(read.value);
      else errors.push(proofInvalid(read.reason, { table: validationsTable.sheet, row, column: proofsColumn }));
    }
    validations.push({
      participant: values.participant,
      validatedOn: values.validatedOn,
      validatedBy: values.validatedBy,
      criteria: Array.isArray(values.criteria) ? values.criteria : [],
      proofs,
      ...(typeof values.validUntil === "string" ? { validUntil: values.validUntil } : {}),
      ...(typeof values.rulePack === "string" ? { rulePack: values.rulePack } : {}),
    });
  }
  return { validations, errors };
}

/**
 * Each person's validations in date order (ties in table order), each closed by the next one.
 *
 * @example
 * validationHistory([{ participant: "P1", validatedOn: "2026-01-10", validUntil: "2026-07-09", … }, { participant: "P1", validatedOn: "2026-05-02", … }])
 * // => Map { "P1" => [{ …, endsOn: "2026-05-01", replacedOn: "2026-05-02" }, { …, endsOn: null, replacedOn: null }] }
 */
export function validationHistory(validations: readonly ValidationRecord[]): Map<string, ValidationPeriod[]> {
  const byPerson = new Map<string, ValidationRecord[]>();
  for (const validation of validations) byPerson.set(validation.participant, [...(byPerson.get(validation.participant) ?? []), validation]);
  const history = new Map<string, ValidationPeriod[]>();
  for (const [participant, list] of byPerson) {
    // Array#sort is stable: validations of the same day keep the table's order, the last one wins.
    const sorted = [...list].sort((a, b) => (a.validatedOn < b.validatedOn ? -1 : a.validatedOn > b.validatedOn ? 1 : 0));
    history.set(
      participant,
      sorted.map((validation, index) => {
        const next = sorted[index + 1];
        const closedByNext = next ? isoFromDay(dayFromIso(next.validatedOn) - 1) : null;
        const ends = [validation.validUntil, closedByNext].filter((day): day is string => day !== undefined && day !== null).sort();
        return { ...validation, endsOn: ends[0] ?? null, replacedOn: next?.validatedOn ?? null };
      }),
    );
  }
  return history;
}

/**
 * The validation in force on a day, or null (none yet, expired, or replaced).
 *
 * @example
 * validationOn(history.get("P1") ?? [], dayFromIso("2026-03-02")) // => the validation of 2026-01-10
 */
export function validationOn(periods: readonly ValidationPeriod[], day: Day): ValidationPeriod | null {
  const iso = isoFromDay(day);
  for (let index = periods.length - 1; index >= 0; index -= 1) {
    const period = periods[index] as ValidationPeriod;
    if (period.validatedOn <= iso && (period.endsOn === null || iso <= period.endsOn)) return period;
  }
  return null;
}
