/**
 * Ventilating the workbook's tables in one call (the pane, the custom functions and the pipeline),
 * with the options the rule pack sets unless the facilitator chose otherwise.
 */
import type { CountableWindow } from "../countable";
import { calendarSection } from "../dates/calendar-rules";
import { ValidationFailed, errorsOf } from "../errors";
import { packRef, sectionOf, type RulePack } from "../rules";
import type { DecodedRow } from "../workbook";
import { requestFromRows, type TableRequest } from "./from-tables";
import type { Policy, Spread } from "./policies";
import { prepareInput, type PreparedInput } from "./prepare";
import { ventilationSection, type CountingRules } from "./rules";
import { ventilate, type VentilationOptions, type VentilationResult } from "./ventilate";

export interface VentilationChoice {
  policy?: Policy;
  spread?: Spread;
  detail?: boolean;
  trace?: boolean;
  lineMonths?: boolean;
  inputDigest?: string;
}

/**
 * The engine's options: the facilitator's choices, else the pack's defaults.
 *
 * @example
 * ventilationOptions(nationalPack(), { policy: "pro-rata" })
 * // => { policy: "pro-rata", spread: "calendar", calendar: {…}, rulePack: "national@2026.11.1" }
 */
export function ventilationOptions(pack: RulePack, choice: VentilationChoice = {}): VentilationOptions {
  const rules = sectionOf(pack, ventilationSection);
  // The pack's defaults used (a choice made by the facilitator is theirs, not a rule of the pack).
  const unconfirmed = [
    ...(choice.policy === undefined && !rules.policy.confirmed
      ? [`règle de ventilation par défaut « ${rules.policy.value} » : ${rules.policy.source}`]
      : []),
    ...(choice.spread === undefined && !rules.spread.confirmed
      ? [`étalement par défaut « ${rules.spread.value} » : ${rules.spread.source}`]
      : []),
  ];
  return {
    policy: choice.policy ?? rules.policy.value,
    spread: choice.spread ?? rules.spread.value,
    unconfirmed,
    counting: rules.counting,
    calendar: sectionOf(pack, calendarSection),
    rulePack: packRef(pack),
    ...(choice.detail ? { detail: true } : {}),
    ...(choice.trace ? { trace: true } : {}),
    ...(choice.lineMonths ? { lineMonths: true } : {}),
    ...(choice.inputDigest ? { inputDigest: choice.inputDigest } : {}),
  };
}

/** Decoded Marchés and Heures rows checked and prepared for the engine, once for every rule and spread. */
export interface PreparedRows {
  prepared: PreparedInput;
  /** Sheet row of each market and line of the request (same order). */
  rows: TableRequest["rows"];
}

/**
 * Checks and prepares decoded Marchés and Heures rows (what `ventilateRows` does before ventilating):
 * a pane showing several rules and spreads of the same rows prepares them once. Throws
 * `ValidationFailed` with every problem located by table, row and column.
 *
 * @example
 * const { prepared } = prepareRows(markets, hours, ventilationOptions(pack).counting, windows);
 * ventilate(prepared, ventilationOptions(pack, { policy: "pro-rata" })) // => the same result as ventilateRows(…)
 * @throws ValidationFailed (`ventilation.cell.invalid`, `ventilation.line.market.unknown`, `date.invalid`)
 */
export function prepareRows(
  markets: readonly DecodedRow[],
  hours: readonly DecodedRow[],
  counting: CountingRules | undefined,
  windows: readonly CountableWindow[] = [],
): PreparedRows {
  const { request, locate, errors, rows } = requestFromRows(markets, hours, windows);
  let prepared;
  try {
    prepared = prepareInput(request, locate, counting);
  } catch (error) {
    const found = errorsOf(error);
    if (found.length === 0) throw error;
    throw new ValidationFailed([...errors, ...found]);
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return { prepared, rows };
}

/**
 * Ventilates decoded Marchés and Heures rows; throws `ValidationFailed` with every problem located
 * by table, row and column.
 *
 * @example
 * const { result, rows } = ventilateRows(markets, hours, ventilationOptions(pack, { detail: true }));
 * rows.lines[3] // => the Heures sheet row of the request's 4th line
 * @throws ValidationFailed (`ventilation.cell.invalid`, `ventilation.line.market.unknown`, `date.invalid`)
 */
export function ventilateRows(
  markets: readonly DecodedRow[],
  hours: readonly DecodedRow[],
  options: VentilationOptions,
  windows: readonly CountableWindow[] = [],
): { result: VentilationResult; rows: TableRequest["rows"] } {
  const { prepared, rows } = prepareRows(markets, hours, options.counting, windows);
  return { result: ventilate(prepared, options), rows };
}
