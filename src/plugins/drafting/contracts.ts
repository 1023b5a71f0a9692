/**
 * The contracts the wizard can draft for, read from the workbook: the Marchés table (one row per
 * lot: `REF-1`, `REF-2`… as the sizing wizard writes them) and the Acheteurs table (buyer name and
 * type). The hours are the sizing's « Heures dues », summed over the lots.
 */
import { decodeTable, type DecodedRow, type TableRecord } from "../../../domain";

export interface ContractChoice {
  reference: string;
  label: string;
  /** Sum of « Heures dues » over the lots, or undefined when no lot has any. */
  hours?: number;
  /** Sum of « Montant HT » over the lots. */
  amount?: number;
  lots: string[];
  buyerName?: string;
  buyerType?: string;
}

/**
 * Groups the Marchés rows by contract (a row `REF-2` of lot `2` belongs to `REF`).
 *
 * @example
 * contractChoices([{ row: 2, values: { id: "2026-014-1", lot: "1", obligation: 833 } }, { row: 3, values: { id: "2026-014-2", lot: "2", obligation: 350 } }], [])
 * // => [{ reference: "2026-014", hours: 1183, lots: ["2026-014-1", "2026-014-2"], … }]
 */
export function contractChoices(markets: readonly DecodedRow[], buyers: readonly DecodedRow[]): ContractChoice[] {
  const byReference = new Map<string, TableRecord[]>();
  for (const { values } of markets) {
    const id = String(values.id ?? "");
    if (!id) continue;
    const reference = contractReference(id, values.lot === undefined ? undefined : String(values.lot));
    byReference.set(reference, [...(byReference.get(reference) ?? []), values]);
  }
  return [...byReference].map(([reference, rows]) => {
    const buyer = buyers.find((candidate) => candidate.values.id === rows[0]?.buyer)?.values;
    const hours = sum(rows.map((row) => row.obligation));
    const amount = sum(rows.map((row) => row.amount));
    return {
      reference,
      label: String(rows.find((row) => row.label)?.label ?? ""),
      ...(hours !== undefined ? { hours } : {}),
      ...(amount !== undefined ? { amount } : {}),
      lots: rows.map((row) => String(row.id)),
      ...(buyer?.name ? { buyerName: String(buyer.name) } : rows[0]?.buyer ? { buyerName: String(rows[0].buyer) } : {}),
      ...(buyer?.buyerType ? { buyerType: String(buyer.buyerType) } : {}),
    };
  });
}

/**
 * The contract a Marchés row belongs to.
 *
 * @example
 * contractReference("2026-014-2", "2") // => "2026-014"
 * contractReference("M1", undefined) // => "M1"
 */
export function contractReference(id: string, lot: string | undefined): string {
  return lot && id.endsWith(`-${lot}`) && id.length > lot.length + 1 ? id.slice(0, -(lot.length + 1)) : id;
}

/**
 * Decodes a table snapshot, keeping the rows that read cleanly (the others are reported).
 *
 * @example
 * decodedRows(marketsTable, snapshot) // => { rows: [...], problems: ["Marchés, ligne 4, colonne « Montant HT » : …"] }
 */
export function decodedRows(table: Parameters<typeof decodeTable>[0], snapshot: { headers: unknown[]; rows: unknown[][] } | null) {
  if (!snapshot) return { rows: [] as DecodedRow[], problems: [] as string[] };
  const decoded = decodeTable(table, [snapshot.headers, ...snapshot.rows]);
  return { rows: decoded.rows, problems: decoded.errors.map((error) => error.message) };
}

function sum(values: readonly unknown[]): number | undefined {
  const numbers = values.filter((value): value is number => typeof value === "number");
  return numbers.length === 0 ? undefined : numbers.reduce((total, value) => total + value, 0);
}
