import type { TableRecord } from "../../domain";

/**
 * `count` hour lines of the Heures table, one person each, as the adapters' tests and the workbook
 * benchmark write them (9 columns, about 110 bytes a row once in Excel).
 *
 * @example
 * hourRecords(2).map((record) => record.participant) // → ["P00000", "P00001"]
 */
export function hourRecords(count: number): TableRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    participant: `P${String(index).padStart(5, "0")}`,
    company: "BTP-RIVIERE",
    employer: "ETTI Valrivière Intérim",
    mode: "mise-a-disposition",
    contractType: "CDD",
    start: "2026-01-01",
    end: "2026-01-31",
    hours: 35.5,
    market: "M1",
  }));
}
