/**
 * Turning a sizing into rows of the workbook's `Marchés` table: one row per lot.
 */
import type { TableRecord } from "../workbook";
import type { SizingResult } from "./size";

/** What the facilitator knows of the contract besides its lots. */
export interface ContractDetails {
  /** Reference of the contract (« 2026-014 »). */
  reference: string;
  buyer?: string;
  company?: string;
  start?: string;
  end?: string;
  pooled?: boolean;
  legalBasis?: string;
}

/**
 * One `Marchés` record per lot. A contract with several lots gets one identifier per lot
 * (`2026-014-2`), because obligations, companies and hours are tracked lot by lot.
 *
 * @example
 * marketRecords(result, { reference: "2026-014", buyer: "VILLE" })
 * // => [{ id: "2026-014-1", lot: "1", buyer: "VILLE", method: "labour-cost", amount: 1000000, labourShare: 0.5, …, obligation: 833 }, …]
 */
export function marketRecords(result: SizingResult, contract: ContractDetails): TableRecord[] {
  const several = result.lots.length > 1;
  return result.lots.map((lot) => ({
    id: several ? `${contract.reference}-${lot.id}` : contract.reference,
    lot: lot.id,
    label: lot.label,
    buyer: contract.buyer,
    company: contract.company,
    trade: lot.labourShareFrom && lot.labourShareFrom !== "saisie" ? lot.labourShareFrom : undefined,
    method: result.method,
    amount: lot.amount,
    labourShare: lot.labourShare,
    insertionRate: lot.insertionRate,
    hourlyCost: lot.hourlyCost,
    eurosPerHour: lot.eurosPerHour,
    obligation: lot.hours,
    start: contract.start,
    end: contract.end,
    pooled: contract.pooled,
    legalBasis: contract.legalBasis,
  }));
}
