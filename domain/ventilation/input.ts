/**
 * What a ventilation request contains: the companies' contracts (« markets »), the hour lines and,
 * optionally, the participants' countable windows (from the eligibility capability). The CLI reads
 * it as JSON with ISO dates; the pane, the custom functions and the pipeline build it from the
 * workbook's Marchés and Heures tables (see `from-tables.ts`).
 *
 * The same JSON is the territory every command reads (`ventilate`, `report`, and `eligibility` for
 * its `people`): contracts may name their buyer and lines their mode, contract type and employer.
 * The mode and the contract type choose the counting rule of the line (`counting.ts`: conversion of
 * an amount invoiced, training cap, CDI months, apprenticeship training); `people` is read by the
 * eligibility core (the commands turn it into countable windows when no `windows` are given).
 */
import { z } from "zod";
import { EMPLOYMENT_CONTRACTS, EXECUTION_MODES } from "../workbook/tables";
import { idSchema } from "../validation/schemas";
import { tryDayFromIso } from "../dates/day";
import type { DomainError } from "../errors";
import { parseOrNull, parseOrThrow } from "../validation/parse";
import { LARGEST_NUMBER } from "../validation/errors";
import { HOURS_PER_DAY, tooManyHours, unknownParticipant } from "./errors";
import { POLICIES, SPREADS } from "./policies";

const codes = (choices: readonly { code: string }[]) => choices.map((choice) => choice.code) as [string, ...string[]];

const id = idSchema;
/** Dates are checked (and turned into days) by `prepare`, which reports them all with their field. */
const isoDate = z.string();

export const marketInputSchema = z
  .object({
    id,
    company: id,
    start: isoDate,
    end: isoDate,
    obligation: z.number().nonnegative(),
    /** false: the contract takes part in no pooling (it only receives its direct lines). */
    pooled: z.boolean().default(true),
    /** Descriptive: the buyer the bilans report to, and the contract's title. */
    buyer: id.optional(),
    label: z.string().optional(),
    /** The contract's own conversion of amounts invoiced by sub-contractors (over the pack's). */
    labourShare: z.number().min(0).max(1).optional(),
    hourlyCost: z.number().positive().optional(),
  })
  .strict();

export const hourLineSchema = z
  .object({
    company: id,
    start: isoDate,
    end: isoDate,
    /** Hours worked or declared by the structure; absent for a sub-contracting line given by its amount. */
    hours: z.number().nonnegative().optional(),
    /** Amount excl. VAT invoiced by an SIAE, EA or ESAT sub-contractor or co-contractor, converted into hours by the counting rules. */
    amountInvoiced: z.number().nonnegative().optional(),
    /** The contract the line is assigned to (a direct line); absent = pooled. */
    market: id.optional(),
    participant: id.optional(),
    /** Descriptive: mode of execution, type of employment contract and employer (codes of the workbook's lists). */
    mode: z.enum(codes(EXECUTION_MODES)).optional(),
    contractType: z.enum(codes(EMPLOYMENT_CONTRACTS)).optional(),
    employer: z.string().trim().min(1).optional(),
  })
  .strict();

export const windowInputSchema = z
  .object({
    participant: id,
    from: isoDate.optional(),
    until: isoDate.optional(),
    reason: z.string().optional(),
  })
  .strict();

export const ventilationInputSchema = z
  .object({
    policy: z.enum(POLICIES).optional(),
    spread: z.enum(SPREADS).optional(),
    markets: z.array(marketInputSchema),
    lines: z.array(hourLineSchema),
    windows: z.array(windowInputSchema).optional(),
    /** The participants' facts, as `clauses eligibility` reads them (checked by the eligibility core). */
    people: z.array(z.unknown()).optional(),
    /** The partners' commission: companies' needs, proposals and steps (checked by the commission core). */
    needs: z.array(z.unknown()).optional(),
    proposals: z.array(z.unknown()).optional(),
    steps: z.array(z.unknown()).optional(),
  })
  .strict()
  .superRefine(plausibleLines);

/** What the workbook path checks too (`domain/workbook/integrity.ts`): no more than 24 h a day over a line's period. */
function plausibleLines(input: { lines: readonly HourLineShape[] }, context: z.RefinementCtx): void {
  input.lines.forEach((line, index) => {
    const days = implausibleDays(line);
    if (days !== null) {
      context.addIssue({ code: "custom", path: ["lines", index, "hours"], message: tooManyHours({}, line.hours as number, days).reason });
    }
  });
}

/** The days of a line whose hours exceed 24 a day over them, else null. */
function implausibleDays(line: HourLineShape): number | null {
  // A sub-contracting line given by its amount has no hours to check (its converted hours are the pack's arithmetic).
  if (line.hours === undefined) return null;
  const days = daysOf(line.start, line.end);
  return days !== null && line.hours > days * HOURS_PER_DAY ? days : null;
}

/**
 * Reads a ventilation request as `parseOrThrow(ventilationInputSchema, data)` does — same output,
 * same French errors — faster on large files: hour lines already in their checked form (ids and
 * texts trimmed, known codes, numbers in range, known fields only) are checked by hand and kept as
 * they are, the rest of the request goes through the schema; anything else (one line the hand check
 * cannot vouch for, a problem anywhere) goes through the whole schema, which reports every problem.
 *
 * @example
 * parseVentilationInput({ markets: [], lines: [{ company: "X", start: "2026-01-01", end: "2026-01-31", hours: 7 }] }).lines.length // => 1
 * @throws ValidationFailed of `input.invalid` errors, as `parseOrThrow` does
 */
export function parseVentilationInput(data: unknown): VentilationInput {
  return plainRequest(data) ?? parseOrThrow(ventilationInputSchema, data);
}

function plainRequest(data: unknown): VentilationInput | null {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const lines = (data as { lines?: unknown }).lines;
  if (!Array.isArray(lines)) return null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as unknown;
    if (!plainLine(line) || implausibleDays(line as HourLineShape) !== null) return null;
  }
  const rest = parseOrNull(ventilationInputSchema, { ...data, lines: [] });
  if (rest === null) return null;
  rest.lines = lines as HourLineInput[];
  return rest;
}

const MODES: ReadonlySet<unknown> = new Set(codes(EXECUTION_MODES));
const CONTRACT_TYPES: ReadonlySet<unknown> = new Set(codes(EMPLOYMENT_CONTRACTS));
/** What `z.string().trim().min(1)` keeps as it is. */
const plainText = (value: unknown) => typeof value === "string" && value.length > 0 && value.trim() === value;
/** What `z.number().nonnegative()` accepts and `parseOrThrow` does not refuse as too large. */
const plainNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= LARGEST_NUMBER;

/** A line `hourLineSchema` accepts and outputs unchanged (a line it would trim, convert or refuse is not plain). */
function plainLine(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const line = value as Record<string, unknown>;
  for (const key in line) {
    const field = line[key];
    switch (key) {
      case "company":
      case "market":
      case "participant":
      case "employer":
        if (!plainText(field)) return false;
        break;
      case "start":
      case "end":
        if (typeof field !== "string") return false;
        break;
      case "hours":
      case "amountInvoiced":
        if (!plainNumber(field)) return false;
        break;
      case "mode":
        if (!MODES.has(field)) return false;
        break;
      case "contractType":
        if (!CONTRACT_TYPES.has(field)) return false;
        break;
      default:
        return false;
    }
  }
  return typeof line.company === "string" && typeof line.start === "string" && typeof line.end === "string";
}

/**
 * The lines naming a participant who is not among the input's `people` (when it has them), as the
 * workbook's Heures → Participants reference check does: the ventilation would count such hours
 * with no window deciding them. (The bilans keep such a line not countable, so they accept it.)
 *
 * @example
 * unknownParticipants({ lines: [{ participant: "P9", … }], people: [{ id: "P1" }] }) // => [DomainError « lines[0].participant : participant « P9 » inconnu … »]
 */
export function unknownParticipants(input: { lines: readonly { participant?: string }[]; people?: readonly unknown[] }): DomainError[] {
  if (input.people === undefined) return [];
  const known = new Set(input.people.map(personId).filter((id) => id !== null));
  return input.lines.flatMap((line, index) =>
    line.participant !== undefined && !known.has(line.participant)
      ? [unknownParticipant({ field: `lines[${index}].participant` }, line.participant)]
      : [],
  );
}

interface HourLineShape {
  start: string;
  end: string;
  hours?: number;
  participant?: string;
}

function daysOf(start: string, end: string): number | null {
  const from = tryDayFromIso(start);
  const to = tryDayFromIso(end);
  return from === null || to === null || to < from ? null : to - from + 1;
}

function personId(person: unknown): string | null {
  const id = (person as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : typeof id === "number" ? String(id) : null;
}

export type VentilationInput = z.output<typeof ventilationInputSchema>;
export type MarketInput = z.output<typeof marketInputSchema>;
export type HourLineInput = z.output<typeof hourLineSchema>;
export type WindowInput = z.output<typeof windowInputSchema>;
