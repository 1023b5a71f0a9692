/**
 * What a ventilation request contains: the companies' contracts (« markets »), the hour lines and,
 * optionally, the participants' countable windows (from the eligibility capability). The CLI reads
 * it as JSON with ISO dates; the pane, the custom functions and the pipeline build it from the
 * workbook's Marchés and Heures tables (see `from-tables.ts`).
 */
import { z } from "zod";
import { idSchema } from "../validation/schemas";
import { POLICIES, SPREADS } from "./policies";

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
  })
  .strict();

export const hourLineSchema = z
  .object({
    company: id,
    start: isoDate,
    end: isoDate,
    hours: z.number().nonnegative(),
    /** The contract the line is assigned to (a direct line); absent = pooled. */
    market: id.optional(),
    participant: id.optional(),
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
  })
  .strict();

export type VentilationInput = z.output<typeof ventilationInputSchema>;
export type MarketInput = z.output<typeof marketInputSchema>;
export type HourLineInput = z.output<typeof hourLineSchema>;
export type WindowInput = z.output<typeof windowInputSchema>;
