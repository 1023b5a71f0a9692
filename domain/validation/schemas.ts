/**
 * Schemas shared by every input of the core.
 */
import { z } from "zod";
import { tryDayFromIso } from "../dates/day";

/**
 * An identifier (contract, company, participant…). One typed as a number in a spreadsheet or JSON
 * is kept as its text, so « 12 » and 12 name the same contract.
 *
 * @example
 * idSchema.parse(12) // => "12"
 */
export const idSchema = z.union([z.string().trim().min(1), z.number().transform(String)]);

/**
 * An ISO date string that exists.
 *
 * @example
 * isoDateSchema.parse("2026-03-02") // => "2026-03-02"
 * isoDateSchema.parse("2026-02-30") // throws: « doit être une date AAAA-MM-JJ qui existe »
 */
export const isoDateSchema = z
  .string()
  .refine((text) => tryDayFromIso(text) !== null, { message: "doit être une date AAAA-MM-JJ qui existe" });
