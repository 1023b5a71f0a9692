/**
 * What a sizing request contains (CLI JSON, task-pane form, workbook rows all become this).
 */
import { z } from "zod";
import { idSchema } from "../validation/schemas";

const fraction = (what: string) =>
  z
    .number()
    .min(0, { message: `${what} est une fraction entre 0 et 1 (5 % s'écrit 0,05)` })
    .max(1, { message: `${what} est une fraction entre 0 et 1 (50 % s'écrit 0,5 ; reçu un nombre supérieur à 1)` });

export { idSchema };

export const sizingLotSchema = z
  .object({
    id: idSchema,
    label: z.string().optional(),
    amount: z.number().nonnegative(),
    labourShare: fraction("la part de main-d'œuvre").optional(),
    trade: z.string().min(1).optional(),
    insertionRate: fraction("le taux d'insertion").optional(),
    hourlyCost: z.number().positive().optional(),
    eurosPerHour: z.number().positive().optional(),
  })
  .strict();

export const sizingInputSchema = z
  .object({
    method: z.enum(["labour-cost", "per-amount"]).default("labour-cost"),
    contract: z.string().optional(),
    hourlyCost: z.number().positive().optional(),
    insertionRate: fraction("le taux d'insertion").optional(),
    eurosPerHour: z.number().positive().optional(),
    rounding: z.enum(["nearest", "up"]).optional(),
    hoursPerFte: z.number().positive().optional(),
    /** Day on which the pack's dated defaults are read (ISO); the faces pass today. */
    date: z.string().optional(),
    lots: z.array(sizingLotSchema).min(1),
  })
  .strict()
  .superRefine(
    (input, ctx) => {
      // Also runs when other fields are invalid (`when` below), so every problem is reported at once:
      // the data may then be malformed, hence the guards.
      if (!Array.isArray(input.lots)) return;
      const seen = new Set<string>();
      input.lots.forEach((lot, index) => {
        if (!lot || typeof lot !== "object") return;
        if (seen.has(lot.id))
          ctx.addIssue({ code: "custom", path: ["lots", index, "id"], message: `le lot « ${lot.id} » apparaît deux fois` });
        seen.add(lot.id);
        if (input.method === "labour-cost" && lot.labourShare === undefined && lot.trade === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["lots", index, "labourShare"],
            message: "indiquez la part de main-d'œuvre (labourShare) ou un métier (trade)",
          });
        }
      });
    },
    { when: () => true },
  );

export type SizingInput = z.output<typeof sizingInputSchema>;
export type SizingLotInput = z.output<typeof sizingLotSchema>;
