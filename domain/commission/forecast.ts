/**
 * What is still to place: for each contract, the hours its obligation still needs from a month on,
 * spread evenly over the months it has left, and whether the pace so far can get there.
 *
 * The hours credited to a contract are the ventilation's (direct and ventilated, countable windows
 * applied), the same figures as the bilans: a forecast never recounts hours its own way.
 */
import { monthKeyOf } from "../dates";
import type { ContractInfo, ReportBase } from "../reporting";
import { roundTo } from "../text";
import type { VentilationOptions } from "../ventilation";
import { monthAt, monthIndex, monthsInclusive } from "./months";
import { projectedCredits, type Request } from "./projection";

export interface MarketForecast {
  id: string;
  company: string;
  /** Obligation less the hours credited to the contract before the month (never negative). */
  remaining: number;
  /** Months from the later of the month given and the contract's first month, to its last month (inclusive). */
  monthsLeft: number;
  /** `remaining / monthsLeft`; null when no month is left (the contract has ended). */
  hoursPerMonth: number | null;
  /** `hoursPerMonth` in full-time equivalents (the pack's hours per FTE ÷ 12 a month). */
  fte: number | null;
  /** Whether each company's hours, continued at their current monthly pace and ventilated, reach the obligation by the contract's end. */
  reachable: boolean;
  /** When not reachable: the first month from which even the contract's best month, repeated every month left, can no longer catch up. */
  impossibleFrom: string | null;
}

export interface CompanyForecast {
  company: string;
  hoursPerMonth: number;
  fte: number;
}

export interface Forecast {
  month: string;
  markets: MarketForecast[];
  companies: CompanyForecast[];
  /** Hours a full-time person works in a month: the pack's hours per FTE ÷ 12. */
  hoursPerFteMonth: number;
  rulePack: string;
  /** How the figures are made, in French (stated with every forecast). */
  method: string;
}

export const FORECAST_METHOD =
  "Reste = heures dues − heures créditées au marché (directes et ventilées, fenêtres comptabilisables appliquées) avant le mois ; " +
  "mois restants = du plus tardif du mois choisi et du premier mois du marché jusqu'à son dernier mois, inclus ; " +
  "heures par mois = reste ÷ mois restants ; ETP = heures par mois ÷ (heures par ETP ÷ 12). " +
  "Au rythme actuel : les heures de chaque entreprise sont prolongées chaque mois à la moyenne de ses derniers mois, puis ventilées " +
  "par la même règle que les heures réelles ; le marché est atteignable si ces heures couvrent le reste avant sa fin. " +
  "Impossible à partir de : premier mois où le reste dépasse ce que le meilleur mois du marché, répété chaque mois restant, pourrait apporter.";

/** What the forecast reads: the ventilated base (real credits), the request it came from, the options. */
export interface ForecastInput {
  base: ReportBase;
  request: Request;
  options: VentilationOptions;
  hoursPerFte: number;
  paceMonths: number;
}

/**
 * The forecast of every contract of the territory from `month` on.
 *
 * @example
 * forecastHours({ base, request, options, hoursPerFte: 1600, paceMonths: 3 }, "2026-06").markets[1]
 * // => { id: "M2", company: "BTP-RIVIERE", remaining: 332.9, monthsLeft: 4, hoursPerMonth: 83.23, fte: 0.62, reachable: true, impossibleFrom: null }
 * @throws {DomainError} `commission.month.invalid` when `month` is not `yyyy-mm`
 */
export function forecastHours(input: ForecastInput, month: string): Forecast {
  const at = monthIndex(month, { field: "month" });
  const credited = creditedByMonth(input.base);
  const projected = projectedCredits(input.request, month, input.paceMonths, input.options);
  const perFteMonth = input.hoursPerFte / 12;
  const markets = input.base.contracts.map((contract) =>
    forecastOf(contract, credited.get(contract.id) ?? new Map(), projected.get(contract.id) ?? new Map(), at, perFteMonth),
  );
  return {
    month,
    markets,
    companies: companiesOf(markets, perFteMonth),
    hoursPerFteMonth: roundTo(perFteMonth, 2),
    rulePack: input.base.rulePack,
    method: FORECAST_METHOD,
  };
}

/** Credited hours (direct and ventilated, in cents) of each contract, by month index. */
function creditedByMonth(base: ReportBase): Map<string, Map<number, number>> {
  const byMarket = new Map<string, Map<number, number>>();
  for (const leaf of base.leaves) {
    if (leaf.market === null || (leaf.kind !== "direct" && leaf.kind !== "ventilated")) continue;
    const months = byMarket.get(leaf.market) ?? new Map<number, number>();
    const index = monthIndex(leaf.month);
    months.set(index, (months.get(index) ?? 0) + leaf.cents);
    byMarket.set(leaf.market, months);
  }
  return byMarket;
}

function forecastOf(
  contract: ContractInfo,
  cents: ReadonlyMap<number, number>,
  projected: ReadonlyMap<number, number>,
  at: number,
  perFteMonth: number,
): MarketForecast {
  const first = monthIndex(monthKeyOf(contract.start));
  const last = monthIndex(monthKeyOf(contract.end));
  let creditedCents = 0;
  for (const [index, value] of cents) if (index < at) creditedCents += value;
  const remaining = Math.max(0, roundTo(contract.obligation - creditedCents / 100, 2));
  const from = Math.max(at, first);
  const monthsLeft = monthsInclusive(monthAt(from), monthAt(last));
  const hoursPerMonth = monthsLeft > 0 ? roundTo(remaining / monthsLeft, 2) : null;
  return {
    id: contract.id,
    company: contract.company,
    remaining,
    monthsLeft,
    hoursPerMonth,
    fte: hoursPerMonth === null ? null : roundTo(hoursPerMonth / perFteMonth, 2),
    ...judgePace(remaining, from, last, projected),
  };
}

/**
 * Whether the projected hours reach the rest by the contract's end, and if not, from which month
 * the rest exceeds the contract's best month (real or projected) repeated every month left.
 */
function judgePace(
  remaining: number,
  from: number,
  last: number,
  projected: ReadonlyMap<number, number>,
): Pick<MarketForecast, "reachable" | "impossibleFrom"> {
  if (remaining <= 0) return { reachable: true, impossibleFrom: null };
  if (from > last) return { reachable: false, impossibleFrom: monthAt(from) };
  let coming = 0;
  let best = 0;
  for (const [index, hours] of projected) {
    best = Math.max(best, hours);
    if (index >= from && index <= last) coming += hours;
  }
  if (coming + 0.005 >= remaining) return { reachable: true, impossibleFrom: null };
  let rest = remaining;
  for (let index = from; index <= last; index += 1) {
    if (rest > best * (last - index + 1) + 0.005) return { reachable: false, impossibleFrom: monthAt(index) };
    rest -= projected.get(index) ?? 0;
  }
  return { reachable: false, impossibleFrom: monthAt(last + 1) };
}

function companiesOf(markets: readonly MarketForecast[], perFteMonth: number): CompanyForecast[] {
  const sums = new Map<string, number>();
  for (const market of markets) {
    if (market.hoursPerMonth === null) continue;
    sums.set(market.company, (sums.get(market.company) ?? 0) + market.hoursPerMonth);
  }
  return [...sums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([company, hours]) => ({ company, hoursPerMonth: roundTo(hours, 2), fte: roundTo(hours / perFteMonth, 2) }));
}
