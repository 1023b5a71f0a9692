/**
 * The core's rule section: the calendar (public holidays), used to spread hours over working days.
 */
import { z } from "zod";
import { defineRuleSection } from "../rules/schema";
import national from "./calendar-national.json";

const holidaySchema = z.union([
  z.object({
    name: z.string().min(1),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    regions: z.array(z.string()).optional(),
  }),
  z.object({ name: z.string().min(1), easterOffset: z.number().int(), regions: z.array(z.string()).optional() }),
]);

export const calendarRulesSchema = z.object({
  holidays: z.array(holidaySchema),
  holidaysSource: z.string().min(1),
  confirmed: z.boolean(),
  /** Region whose extra holidays apply (e.g. `alsace-moselle`), or none. */
  region: z.string().optional(),
});

export type CalendarRules = z.output<typeof calendarRulesSchema>;

export const calendarSection = defineRuleSection({
  key: "calendar",
  label: "Calendrier (jours fériés)",
  schema: calendarRulesSchema,
  national,
});
