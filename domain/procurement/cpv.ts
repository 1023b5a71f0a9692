/**
 * CPV codes (Common Procurement Vocabulary, règlement (CE) n° 213/2008): eight digits, the first two
 * the division, the third the group. Division 45 is works; divisions 03 to 44 and 48 are supplies;
 * the others (50 and above) are services.
 */
import type { ContractKind } from "../drafting/input";
import type { Trade } from "../sizing/rules";
import { unknownPresetTrade } from "./errors";
import type { CpvTrade, ProcurementRules } from "./rules";

/**
 * Works, supplies or services, from the CPV division.
 *
 * @example
 * kindOfCpv("45000000") // => "works"
 * kindOfCpv("30192000") // => "supplies"
 * kindOfCpv("90910000") // => "services"
 */
export function kindOfCpv(cpv: string): ContractKind {
  const division = Number(cpv.slice(0, 2));
  if (division === 45) return "works";
  return division <= 44 || division === 48 ? "supplies" : "services";
}

/**
 * Whether two CPV codes are of the same family: the same group (3 digits), or the same division
 * when one of them only names the division (« 45000000 »).
 *
 * @example
 * sameCpvFamily("90911200", "90919200") // => true (group 909)
 * sameCpvFamily("45000000", "45442100") // => true (division 45 named alone)
 * sameCpvFamily("45210000", "45442100") // => false (groups 452 and 454)
 */
export function sameCpvFamily(a: string, b: string): boolean {
  if (a.slice(0, 2) !== b.slice(0, 2)) return false;
  const divisionOnly = (code: string) => /^\d{2}0{6}$/.test(code);
  return divisionOnly(a) || divisionOnly(b) || a[2] === b[2];
}

/**
 * The CPV → trade preset of the longest prefix of a code, with the sizing trade it names.
 *
 * @example
 * presetForCpv(rules, trades, "45442100") // => { preset: { cpv: "454421", trade: "peinture", … }, trade: { code: "peinture", labourShare: 0.7, … } }
 * presetForCpv(rules, trades, "30192000") // => null
 * @throws DomainError procurement.cpvTrade.unknown (a preset names a trade the sizing section lacks)
 */
export function presetForCpv(rules: ProcurementRules, trades: readonly Trade[], cpv: string): { preset: CpvTrade; trade: Trade } | null {
  let best: CpvTrade | null = null;
  for (const preset of rules.cpvTrades) {
    if (cpv.startsWith(preset.cpv) && (!best || preset.cpv.length > best.cpv.length)) best = preset;
  }
  if (!best) return null;
  const trade = trades.find((candidate) => candidate.code === best.trade);
  if (!trade) throw unknownPresetTrade(best.cpv, best.trade);
  return { preset: best, trade };
}
