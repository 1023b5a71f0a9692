/**
 * Sizing a contract's insertion clause, lot by lot.
 *
 * Two methods:
 * - labour-cost: hours = amount excl. VAT × labour share × insertion rate ÷ loaded hourly cost
 *   (MEF Sud 77: 1 000 000 € × 50 % × 5 % ÷ 30 €/h = 833 h);
 * - per-amount: hours = amount excl. VAT ÷ euros per hour (1 h per 2 000 € for frameworks with
 *   purchase orders, CCAP 21BAM048).
 * Each lot is rounded (nearest whole hour, or up); the total is the sum of the rounded lots, so the
 * lots a buyer publishes always add up to the total announced.
 */
import { dayFromIso, isoFromDay, type Day } from "../dates";
import { DomainError, ValidationFailed } from "../errors";
import { fteDivisorInvalid } from "./errors";
import { valueOn } from "../rules/dated";
import { roundTo } from "../text";
import type { SizingInput, SizingLotInput } from "./input";
import type { SizingRules } from "./rules";
import { tradeLabourShare } from "./trades";

export type SizingMethod = SizingInput["method"];
export type Rounding = "nearest" | "up";

/** One sized lot, with the parameters actually used (so the figure can be explained). */
export interface SizedLot {
  id: string;
  /** Hours before rounding, to 2 decimals. */
  exactHours: number;
  /** Rounded hours: what the clause will require. */
  hours: number;
  label?: string;
  amount: number;
  labourShare?: number;
  /** Where the labour share came from: the trade's code, or `saisie` when typed in. */
  labourShareFrom?: string;
  insertionRate?: number;
  hourlyCost?: number;
  eurosPerHour?: number;
}

export interface SizingResult {
  method: SizingMethod;
  contract?: string;
  lots: SizedLot[];
  totalHours: number;
  /** Full-time equivalents of the total, to 2 decimals. */
  fte: number;
  rulePack: string;
  options: { rounding: Rounding; hoursPerFte: number; date: string };
}

/**
 * Rounds hours as the clause requires. Binary noise is removed first, so 490.00000000000006 h
 * rounded up stays 490 h.
 *
 * @example
 * roundHours(833.333, "nearest") // => 833
 * roundHours(833.333, "up") // => 834
 * roundHours(490.00000000000006, "up") // => 490
 */
export function roundHours(exact: number, rounding: Rounding): number {
  const clean = roundTo(exact, 6);
  return rounding === "up" ? Math.ceil(clean) : Math.round(clean);
}

/**
 * Full-time equivalents, to 2 decimals.
 *
 * @example
 * fullTimeEquivalents(1183, 1600) // => 0.74
 * @throws DomainError `sizing.fte.invalid` when hoursPerFte is not strictly positive
 */
export function fullTimeEquivalents(hours: number, hoursPerFte: number): number {
  if (!(hoursPerFte > 0)) throw fteDivisorInvalid();
  return roundTo(hours / hoursPerFte, 2);
}

/**
 * Sizes every lot of a validated request with the pack's defaults where the request is silent.
 * All lots are checked before anything is returned: errors are reported together.
 *
 * @example
 * sizeContract({ method: "labour-cost", hourlyCost: 30, insertionRate: 0.05, rounding: "nearest",
 *   lots: [{ id: "1", amount: 1000000, labourShare: 0.5 }, { id: "2", amount: 300000, trade: "peinture" }] },
 *   rules, "national@2026.11.1", dayFromIso("2026-03-02"))
 * // => { lots: [{ id: "1", exactHours: 833.33, hours: 833, … }, { id: "2", exactHours: 350, hours: 350, … }],
 * //      totalHours: 1183, fte: 0.74, … }
 */
export function sizeContract(input: SizingInput, rules: SizingRules, rulePack: string, today: Day): SizingResult {
  const date = input.date ? dayFromIso(input.date, "date") : today;
  const defaults = {
    hourlyCost: input.hourlyCost ?? valueOn(rules.hourlyCost, date, "coût horaire").value,
    insertionRate: input.insertionRate ?? valueOn(rules.insertionRate, date, "taux d'insertion").value,
    eurosPerHour: input.eurosPerHour ?? valueOn(rules.eurosPerHour, date, "euros par heure").value,
  };
  const rounding = input.rounding ?? rules.rounding;
  const hoursPerFte = input.hoursPerFte ?? valueOn(rules.hoursPerFte, date, "heures par ETP").value;

  const errors: DomainError[] = [];
  const lots: SizedLot[] = [];
  input.lots.forEach((lot, index) => {
    try {
      lots.push(sizeLot(lot, input.method, defaults, rounding, rules, `lots[${index}]`));
    } catch (error) {
      if (error instanceof DomainError) errors.push(error);
      else throw error;
    }
  });
  if (errors.length > 0) throw new ValidationFailed(errors);

  const totalHours = lots.reduce((sum, lot) => sum + lot.hours, 0);
  return {
    method: input.method,
    ...(input.contract ? { contract: input.contract } : {}),
    lots,
    totalHours,
    fte: fullTimeEquivalents(totalHours, hoursPerFte),
    rulePack,
    options: { rounding, hoursPerFte, date: isoFromDay(date) },
  };
}

interface Defaults {
  hourlyCost: number;
  insertionRate: number;
  eurosPerHour: number;
}

function sizeLot(
  lot: SizingLotInput,
  method: SizingMethod,
  defaults: Defaults,
  rounding: Rounding,
  rules: SizingRules,
  field: string,
): SizedLot {
  // Key order is the order of the CLI's JSON: the figures first, then what produced them.
  const figures = (exact: number) => ({ id: lot.id, exactHours: roundTo(exact, 2), hours: roundHours(exact, rounding) });
  const described = lot.label ? { label: lot.label } : {};
  if (method === "per-amount") {
    const eurosPerHour = lot.eurosPerHour ?? defaults.eurosPerHour;
    return { ...figures(lot.amount / eurosPerHour), ...described, amount: lot.amount, eurosPerHour };
  }
  const { share, from } = labourShareOf(lot, rules, field);
  const insertionRate = lot.insertionRate ?? defaults.insertionRate;
  const hourlyCost = lot.hourlyCost ?? defaults.hourlyCost;
  const exact = (lot.amount * share * insertionRate) / hourlyCost;
  return {
    ...figures(exact),
    ...described,
    amount: lot.amount,
    labourShare: share,
    labourShareFrom: from,
    insertionRate,
    hourlyCost,
  };
}

/** The share typed for the lot wins over its trade's preset. */
function labourShareOf(lot: SizingLotInput, rules: SizingRules, field: string): { share: number; from: string } {
  if (lot.labourShare !== undefined) return { share: lot.labourShare, from: "saisie" };
  const found = tradeLabourShare(rules, lot.trade as string, `${field}.trade`);
  return { share: found.share, from: found.trade.code };
}
