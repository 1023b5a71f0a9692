/**
 * Screening a buyer's plan of purchases (the Programmation table): for each planned contract,
 * whether the social condition is mandatory (the art. 35 check of « Rédiger »), a clausability score
 * out of 100 with its reasons (labour intensity of the trade, duration, hours, trades the territory's
 * candidates want), the suggested vehicle (execution clause, reservation, award criterion) and the
 * sizing. The points and thresholds are the pack's (`procurement.screening`, « à confirmer »).
 */
import { isoFromDay, type Day } from "../dates";
import { checkSocialCondition } from "../drafting/check";
import type { BuyerType, ContractKind } from "../drafting/input";
import type { DraftingRules } from "../drafting/rules";
import { DomainError, errorsOf } from "../errors";
import { sizeContract } from "../sizing/size";
import type { SizingRules, Trade } from "../sizing/rules";
import { findTrade } from "../sizing/trades";
import { formatNumberFr, formatPercentFr } from "../text";
import type { DecodedRow, TablesByName } from "../workbook";
import { kindOfCpv, presetForCpv } from "./cpv";
import { missingPlanCell } from "./errors";
import type { ProcurementRules } from "./rules";

export interface Vehicle {
  /** Code of the drafting pack's legal basis (`mandatory-condition`, `execution-condition`, `reserved-siae`, `award-criterion`). */
  code: string;
  label: string;
  article: string | null;
  why: string;
}

export interface ScreenedPurchase {
  id: string;
  label: string;
  buyer: string | null;
  row: number;
  mandatory: boolean;
  mandatoryReason: string;
  score: number;
  /** Each reason with its points, in French. */
  reasons: { points: number; text: string }[];
  vehicle: Vehicle;
  trade: string | null;
  labourShare: number | null;
  estimatedHours: number | null;
  sizing: string;
  amount: number;
  months: number;
  launch: string;
}

export interface Screening {
  purchases: ScreenedPurchase[];
  /** Rows that could not be screened, located by table, row and column. */
  errors: DomainError[];
  rulePack: string;
  options: { today: string; wantedTrades: string[] };
}

export interface ScreeningRules {
  procurement: ProcurementRules;
  drafting: DraftingRules;
  sizing: SizingRules;
  rulePack: string;
}

/**
 * Screens every row of Programmation, best score first.
 *
 * @param wantedTrades trade codes the territory's candidates are looking for (the facilitator's knowledge)
 * @example
 * screenPlan(tables, rules, { today: dayFromIso("2026-12-01"), wantedTrades: ["peinture"] })
 * // => { purchases: [{ id: "P1", mandatory: true, score: 100, vehicle: { code: "mandatory-condition", … }, estimatedHours: 583, … }], errors: [] }
 */
export function screenPlan(
  tables: TablesByName,
  rules: ScreeningRules,
  options: { today: Day; wantedTrades?: readonly string[] },
): Screening {
  const buyerTypes = new Map((tables.Acheteurs ?? []).map((row) => [String(row.values.id), row.values.buyerType as BuyerType | undefined]));
  const wanted = [...(options.wantedTrades ?? [])];
  const purchases: ScreenedPurchase[] = [];
  const errors: DomainError[] = [];
  for (const row of tables.Programmation ?? []) {
    try {
      purchases.push(screenRow(row, buyerTypes, rules, wanted, options.today));
    } catch (error) {
      const found = errorsOf(error);
      if (found.length === 0) throw error;
      errors.push(...found.map((one) => one.at({ table: "Programmation", row: row.row })));
    }
  }
  purchases.sort((a, b) => b.score - a.score || a.launch.localeCompare(b.launch) || a.id.localeCompare(b.id));
  return { purchases, errors, rulePack: rules.rulePack, options: { today: isoFromDay(options.today), wantedTrades: wanted } };
}

function need<T>(value: T | undefined, row: number, column: string): T {
  if (value === undefined || value === null || value === "") throw missingPlanCell(row, column);
  return value;
}

function screenRow(
  row: DecodedRow,
  buyerTypes: Map<string, BuyerType | undefined>,
  rules: ScreeningRules,
  wanted: readonly string[],
  today: Day,
): ScreenedPurchase {
  const values = row.values;
  const amount = need(values.amount as number | undefined, row.row, "Montant estimé HT");
  const months = need(values.months as number | undefined, row.row, "Durée (mois)");
  const launch = need(values.launch as string | undefined, row.row, "Lancement prévu");
  const cpv = typeof values.cpv === "string" ? values.cpv.replace(/-\d$/, "") : null;
  const kind = (values.kind as ContractKind | undefined) ?? (cpv && /^\d{8}$/.test(cpv) ? kindOfCpv(cpv) : undefined);
  if (!kind)
    throw new DomainError(
      "procurement.plan.kind",
      "indiquez la nature de l'achat (travaux, fournitures, services) ou un code CPV de 8 chiffres",
      { column: "Nature de l'achat" },
    );
  const buyer = typeof values.buyer === "string" ? values.buyer : null;
  const check = checkSocialCondition(
    {
      value: amount,
      buyerType: (buyer && buyerTypes.get(buyer)) || "collectivite",
      kind,
      launchDate: launch,
      defence: values.defence === true,
      concession: false,
    },
    rules.drafting,
    rules.rulePack,
  );
  const trade = tradeOf(values.trade as string | undefined, cpv, rules);
  const sized = sizing(values.id as string, amount, trade, rules, today);
  const reasons = scoreReasons({ mandatory: check.required, trade, months, hours: sized.hours, wanted }, rules.procurement);
  return {
    id: String(values.id),
    label: String(values.label ?? ""),
    buyer,
    row: row.row,
    mandatory: check.required,
    mandatoryReason: check.reason,
    score: Math.min(
      100,
      reasons.reduce((sum, reason) => sum + reason.points, 0),
    ),
    reasons,
    vehicle: vehicleFor({ mandatory: check.required, trade, months, amount, threshold: check.threshold }, rules),
    trade: trade?.code ?? null,
    labourShare: trade?.labourShare ?? null,
    estimatedHours: sized.hours,
    sizing: sized.text,
    amount,
    months,
    launch,
  };
}

function tradeOf(typed: string | undefined, cpv: string | null, rules: ScreeningRules): Trade | null {
  if (typed) {
    const found = findTrade(rules.sizing, typed);
    if (!found)
      throw new DomainError(
        "procurement.plan.trade",
        `métier inconnu « ${typed} » (métiers connus : ${rules.sizing.trades.map((trade) => trade.code).join(", ")})`,
        { column: "Métier" },
      );
    return found;
  }
  return cpv && /^\d{8}$/.test(cpv) ? (presetForCpv(rules.procurement, rules.sizing.trades, cpv)?.trade ?? null) : null;
}

function sizing(
  id: string,
  amount: number,
  trade: Trade | null,
  rules: ScreeningRules,
  today: Day,
): { hours: number | null; text: string } {
  if (!trade) return { hours: null, text: "aucun métier : indiquez-le (colonne « Métier ») pour estimer les heures" };
  if (trade.labourShare === null)
    return { hours: null, text: `part de main-d'œuvre du métier « ${trade.label} » à confirmer : heures non estimées` };
  const result = sizeContract({ method: "labour-cost", lots: [{ id, amount, trade: trade.code }] }, rules.sizing, rules.rulePack, today);
  const lot = result.lots[0]!;
  return {
    hours: lot.hours,
    text: `${formatNumberFr(amount, 0)} € HT × ${formatPercentFr(trade.labourShare)} × ${formatPercentFr(lot.insertionRate ?? 0)} ÷ ${formatNumberFr(lot.hourlyCost ?? 0, 0)} €/h = ${formatNumberFr(lot.hours, 0)} h`,
  };
}

interface Facts {
  mandatory: boolean;
  trade: Trade | null;
  months: number;
  hours: number | null;
  wanted: readonly string[];
}

function scoreReasons(facts: Facts, rules: ProcurementRules): { points: number; text: string }[] {
  const { weights, laborIntensive, longMonths, minimumMonths, significantHours } = rules.screening;
  const reasons: { points: number; text: string }[] = [];
  if (facts.mandatory) reasons.push({ points: weights.mandatory, text: "condition sociale obligatoire (art. 35 de la loi n° 2021-1104)" });
  const share = facts.trade?.labourShare ?? null;
  if (share !== null && share >= laborIntensive) {
    reasons.push({
      points: weights.labourIntensive,
      text: `métier à forte main-d'œuvre (${facts.trade!.label} : ${formatPercentFr(share)})`,
    });
  } else if (share !== null) {
    reasons.push({ points: weights.labourKnown, text: `part de main-d'œuvre de ${formatPercentFr(share)} (${facts.trade!.label})` });
  } else {
    reasons.push({
      points: 0,
      text: facts.trade ? `part de main-d'œuvre du métier « ${facts.trade.label} » à confirmer` : "métier non identifié",
    });
  }
  if (facts.months >= longMonths)
    reasons.push({ points: weights.longDuration, text: `durée de ${facts.months} mois : un parcours complet tient dans le marché` });
  else if (facts.months >= minimumMonths)
    reasons.push({ points: weights.mediumDuration, text: `durée de ${facts.months} mois : des parcours courts sont possibles` });
  else reasons.push({ points: 0, text: `durée de ${facts.months} mois : trop courte pour organiser des parcours` });
  if (facts.hours !== null && facts.hours >= significantHours)
    reasons.push({ points: weights.significantHours, text: `${formatNumberFr(facts.hours, 0)} h d'insertion estimées` });
  else if (facts.hours !== null && facts.hours > 0)
    reasons.push({ points: weights.someHours, text: `${formatNumberFr(facts.hours, 0)} h d'insertion estimées (volume modeste)` });
  if (facts.trade && facts.wanted.includes(facts.trade.code))
    reasons.push({ points: weights.wantedTrade, text: `métier recherché par les candidats du territoire (${facts.trade.label})` });
  return reasons;
}

function vehicleFor(
  facts: { mandatory: boolean; trade: Trade | null; months: number; amount: number; threshold: number | null },
  rules: ScreeningRules,
): Vehicle {
  const basis = (code: string) => rules.drafting.legalBases.find((candidate) => candidate.code === code);
  const make = (code: string, why: string): Vehicle => ({
    code,
    label: basis(code)?.label ?? code,
    article: basis(code)?.article ?? null,
    why,
  });
  const { reservedTrades, minimumMonths, laborIntensive } = rules.procurement.screening;
  if (facts.mandatory)
    return make("mandatory-condition", "la condition sociale est obligatoire : une clause d'insertion en condition d'exécution");
  const share = facts.trade?.labourShare ?? null;
  if (facts.trade && reservedTrades.includes(facts.trade.code) && (facts.threshold === null || facts.amount < facts.threshold)) {
    return make(
      "reserved-siae",
      `métier (${facts.trade.label}) où les structures d'insertion sont nombreuses : réserver le marché (ou un lot)`,
    );
  }
  if (facts.months < minimumMonths || (share !== null && share < laborIntensive)) {
    return make(
      "award-criterion",
      "durée courte ou main-d'œuvre faible : un critère d'attribution sur l'insertion plutôt qu'un volume d'heures imposé",
    );
  }
  return make("execution-condition", "une clause d'insertion en condition d'exécution, avec un volume d'heures");
}
