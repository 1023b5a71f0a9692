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
  /** False when a default taken from the pack is « à confirmer » (listed in `unconfirmed`). */
  confirmed: boolean;
  unconfirmed: string[];
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
  const used = new PackValuesUsed();
  const defaults = {
    hourlyCost: input.hourlyCost ?? used.take(valueOn(rules.hourlyCost, date, "coût horaire"), "coût horaire chargé"),
    insertionRate: input.insertionRate ?? used.take(valueOn(rules.insertionRate, date, "taux d'insertion"), "taux d'insertion"),
    eurosPerHour: input.eurosPerHour ?? used.take(valueOn(rules.eurosPerHour, date, "euros par heure"), "euros facturés par heure"),
  };
  const rounding = input.rounding ?? used.take(rules.rounding, "arrondi des heures");
  const hoursPerFte = input.hoursPerFte ?? used.take(valueOn(rules.hoursPerFte, date, "heures par ETP"), "heures par ETP");

  const errors: DomainError[] = [];
  const lots: SizedLot[] = [];
  input.lots.forEach((lot, index) => {
    try {
      const sized = sizeLot(lot, input.method, defaults, rounding, rules, `lots[${index}]`);
      lots.push(sized);
      used.note(input.method, lot, sized, rules);
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
    confirmed: used.unconfirmed.length === 0,
    unconfirmed: used.unconfirmed,
  };
}

/**
 * The pack values a sizing took as defaults, and those of them « à confirmer ». A default the
 * method does not use (euros per hour in a labour-cost sizing) is taken but not listed.
 */
class PackValuesUsed {
  private readonly taken = new Map<string, { confirmed: boolean; source: string; note?: string | undefined }>();
  readonly unconfirmed: string[] = [];

  take<T>(entry: { value: T; confirmed: boolean; source: string; note?: string | undefined }, label: string): T {
    this.taken.set(label, entry);
    return entry.value;
  }

  /** Records the defaults a sized lot actually used, and the trade preset it read. */
  note(method: SizingMethod, lot: SizingLotInput, sized: SizedLot, rules: SizingRules): void {
    const labels =
      method === "per-amount"
        ? [lot.eurosPerHour === undefined ? "euros facturés par heure" : ""]
        : [lot.hourlyCost === undefined ? "coût horaire chargé" : "", lot.insertionRate === undefined ? "taux d'insertion" : ""];
    for (const label of [...labels, "arrondi des heures", "heures par ETP"]) this.flag(label);
    const trade = rules.trades.find((candidate) => candidate.code === sized.labourShareFrom);
    if (trade && !trade.confirmed) this.add(`part de main-d'œuvre « ${trade.label} » : ${trade.source}`);
  }

  private flag(label: string): void {
    const entry = this.taken.get(label);
    if (entry && !entry.confirmed) this.add(`${label} : ${entry.note ?? entry.source}`);
  }

  private add(text: string): void {
    if (!this.unconfirmed.includes(text)) this.unconfirmed.push(text);
  }
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
