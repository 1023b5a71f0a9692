/**
 * The radar of a territory's buyers: per buyer and year, the contracts notified and those with a
 * social consideration against the national target; the contracts above the EU thresholds notified
 * since the art. 35 obligation with « Pas de considération sociale »; the contracts with a clause
 * the guichet does not follow; and the renewals coming up.
 */
import { dayFromIso, isoFromDay, partsOfDay, type Day } from "../dates";
import { checkSocialCondition } from "../drafting/check";
import type { BuyerType } from "../drafting/input";
import type { DraftingRules } from "../drafting/rules";
import { valueOn } from "../rules/dated";
import type { SizingRules } from "../sizing/rules";
import { roundTo } from "../text";
import { kindOfCpv } from "./cpv";
import { NO_SOCIAL, type DecpContract } from "./record";
import { findRenewals, type Renewal } from "./renewals";
import type { ProcurementRules } from "./rules";
import { carriesClause, currentAmount, estimatedEnd, hasSocialConsideration } from "./timeline";

export interface BuyerYear {
  siret: string;
  year: number;
  contracts: number;
  withSocial: number;
  /** withSocial ÷ contracts, to 4 decimals; null for a year without contracts. */
  rate: number | null;
  target: number;
}

export interface Art35Missing {
  buyer: string;
  id: string;
  montant: number;
  dateNotification: string;
  threshold: number;
}

export interface NotFollowed {
  buyer: string;
  id: string;
  object: string;
  social: string[];
  amount: number;
  ends: string;
}

export interface RadarRules {
  procurement: ProcurementRules;
  drafting: DraftingRules;
  sizing: SizingRules;
  rulePack: string;
}

export interface RadarOptions {
  buyers: readonly string[];
  /** One year only (every buyer gets a row, even without contracts); else every year found. */
  year?: number;
  today: Day;
  /** The buyer's type decides the EU threshold of supplies and services (default: collectivité). */
  buyerTypes?: Readonly<Record<string, BuyerType>>;
  /** `SIRET|id` of the contracts the workbook's Marchés already follows. */
  followed?: ReadonlySet<string>;
}

export interface Radar {
  buyers: BuyerYear[];
  art35Missing: Art35Missing[];
  renewals: Renewal[];
  notFollowed: NotFollowed[];
  /** Whether the national target used is sourced for each year shown. */
  targets: { year: number; value: number; confirmed: boolean; source: string }[];
  rulePack: string;
  options: { buyers: string[]; year: number | null; today: string; buyerTypes: Record<string, BuyerType> };
}

/**
 * The whole radar.
 *
 * @example
 * buildRadar(contracts, rules, { buyers: ["21750001600019"], year: 2026, today: dayFromIso("2026-12-01") })
 * // => { buyers: [{ siret: "21750001600019", year: 2026, contracts: 10, withSocial: 2, rate: 0.2, target: 0.3 }], art35Missing: [...], renewals: [...], … }
 */
export function buildRadar(contracts: readonly DecpContract[], rules: RadarRules, options: RadarOptions): Radar {
  const mine = contracts.filter((contract) => options.buyers.includes(contract.buyer));
  const buyerTypes = Object.fromEntries(options.buyers.map((siret) => [siret, options.buyerTypes?.[siret] ?? "collectivite"])) as Record<
    string,
    BuyerType
  >;
  const inYear = (contract: DecpContract) => options.year === undefined || yearOf(contract) === options.year;
  const rows = buyerYears(mine, options.buyers, options.year, rules.procurement);
  return {
    buyers: rows,
    art35Missing: mine
      .filter(inYear)
      .flatMap((contract) => art35Flag(contract, rules.drafting, rules.rulePack, buyerTypes[contract.buyer]!)),
    renewals: findRenewals(mine, rules.procurement, rules.sizing, rules.rulePack, options.today),
    notFollowed: mine
      .filter((contract) => inYear(contract) && carriesClause(contract) && !options.followed?.has(followKey(contract)))
      .map(notFollowedRow),
    targets: [...new Set(rows.map((row) => row.year))].map((year) => {
      const target = targetOf(rules.procurement, year);
      return { year, value: target.value, confirmed: target.confirmed, source: target.source };
    }),
    rulePack: rules.rulePack,
    options: { buyers: [...options.buyers], year: options.year ?? null, today: isoFromDay(options.today), buyerTypes },
  };
}

/**
 * The key matching a DECP contract to a row of Marchés: the buyer's SIRET and the contract's id.
 *
 * @example
 * followKey({ buyer: "21750001600019", id: "2026-014" }) // => "21750001600019|2026-014"
 */
export function followKey(contract: Pick<DecpContract, "buyer" | "id">): string {
  return `${contract.buyer}|${contract.id}`;
}

/**
 * The year a contract counts in: its notification (signature, for a concession).
 *
 * @example
 * yearOf({ notified: "2026-03-02" }) // => 2026
 */
export function yearOf(contract: Pick<DecpContract, "notified">): number {
  return partsOfDay(dayFromIso(contract.notified)).year;
}

/**
 * The national target in force for a year (read on 1 January).
 *
 * @example
 * targetOf(rules, 2025) // => { value: 0.3, confirmed: true, … }
 */
export function targetOf(rules: ProcurementRules, year: number) {
  return valueOn(rules.nationalTarget, dayFromIso(`${year}-01-01`), "cible nationale de considérations sociales");
}

function buyerYears(
  contracts: readonly DecpContract[],
  buyers: readonly string[],
  year: number | undefined,
  rules: ProcurementRules,
): BuyerYear[] {
  const counts = new Map<string, { contracts: number; withSocial: number }>();
  const keyOf = (siret: string, of: number) => `${siret}|${of}`;
  if (year !== undefined) for (const siret of buyers) counts.set(keyOf(siret, year), { contracts: 0, withSocial: 0 });
  for (const contract of contracts) {
    const of = yearOf(contract);
    if (year !== undefined && of !== year) continue;
    const count = counts.get(keyOf(contract.buyer, of)) ?? { contracts: 0, withSocial: 0 };
    count.contracts += 1;
    if (hasSocialConsideration(contract)) count.withSocial += 1;
    counts.set(keyOf(contract.buyer, of), count);
  }
  return [...counts]
    .map(([key, count]) => {
      const [siret, of] = key.split("|") as [string, string];
      const rate = count.contracts === 0 ? null : roundTo(count.withSocial / count.contracts, 4);
      return { siret, year: Number(of), ...count, rate, target: targetOf(rules, Number(of)).value };
    })
    .sort((a, b) => buyers.indexOf(a.siret) - buyers.indexOf(b.siret) || a.year - b.year);
}

/** A contract the art. 35 condition covered (checked as the « Rédiger » panel checks it, notification taken as launch). */
function art35Flag(contract: DecpContract, rules: DraftingRules, rulePack: string, buyerType: BuyerType): Art35Missing[] {
  if (contract.social.length !== 1 || contract.social[0] !== NO_SOCIAL) return [];
  if (dayFromIso(contract.notified) < dayFromIso(rules.mandatoryCondition.inForceFrom)) return [];
  const check = checkSocialCondition(
    {
      value: contract.amount,
      buyerType,
      kind: contract.cpv ? kindOfCpv(contract.cpv) : "works",
      launchDate: contract.notified,
      defence: contract.nature === "Marché de défense ou de sécurité",
      concession: contract.kind === "concession",
    },
    rules,
    rulePack,
  );
  if (!check.required || check.threshold === null) return [];
  return [
    { buyer: contract.buyer, id: contract.id, montant: contract.amount, dateNotification: contract.notified, threshold: check.threshold },
  ];
}

function notFollowedRow(contract: DecpContract): NotFollowed {
  return {
    buyer: contract.buyer,
    id: contract.id,
    object: contract.object,
    social: contract.social,
    amount: currentAmount(contract),
    ends: isoFromDay(estimatedEnd(contract)),
  };
}
