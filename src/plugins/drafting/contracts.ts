/**
 * The contracts the wizard can draft for, read from the workbook: the Marchés table (one row per
 * lot: `REF-1`, `REF-2`… as the sizing wizard writes them) and the Acheteurs table (buyer name and
 * type). The hours are the sizing's « Heures dues », summed over the lots.
 */
import { decodeTable, type DecodedRow, type TableDef, type TableRecord } from "../../../domain";
import { contractNatureCode } from "../../../domain/drafting";

export interface ContractChoice {
  reference: string;
  label: string;
  /** Sum of « Heures dues » over the lots, or undefined when no lot has any. */
  hours?: number;
  /** Sum of « Montant HT » over the lots. */
  amount?: number;
  lots: string[];
  /** True when a lot's row has an unreadable cell: its sums would be wrong, so none is given. */
  unreadable?: boolean;
  buyerName?: string;
  buyerType?: string;
  /** The kind of contract the « Nature » of its lots says (marche, accord-cadre, concession, partenariat, commande-privee). */
  nature?: string;
}

/** The kind of contract the « Nature » cells of its lots say (free text read by the core). */
function natureOf(rows: readonly TableRecord[]): string | null {
  for (const row of rows) {
    const code = row.nature === undefined ? null : contractNatureCode(String(row.nature));
    if (code) return code;
  }
  return null;
}

/**
 * Groups the Marchés rows by contract (a row `REF-2` of lot `2` belongs to `REF`).
 *
 * @example
 * contractChoices([{ row: 2, values: { id: "2026-014-1", lot: "1", obligation: 833 } }, { row: 3, values: { id: "2026-014-2", lot: "2", obligation: 350 } }], [])
 * // => [{ reference: "2026-014", hours: 1183, lots: ["2026-014-1", "2026-014-2"], … }]
 */
export function contractChoices(
  markets: readonly DecodedRow[],
  buyers: readonly DecodedRow[],
  unreadableRows: ReadonlySet<number> = new Set(),
): ContractChoice[] {
  const byReference = new Map<string, DecodedRow[]>();
  for (const decoded of markets) {
    const id = String(decoded.values.id ?? "");
    if (!id) continue;
    const reference = contractReference(id, decoded.values.lot === undefined ? undefined : String(decoded.values.lot));
    byReference.set(reference, [...(byReference.get(reference) ?? []), decoded]);
  }
  return [...byReference].map(([reference, decoded]) => {
    const rows: TableRecord[] = decoded.map((entry) => entry.values);
    const unreadable = decoded.some((entry) => unreadableRows.has(entry.row));
    const buyer = buyers.find((candidate) => candidate.values.id === rows[0]?.buyer)?.values;
    const hours = unreadable ? undefined : sum(rows.map((row) => row.obligation));
    const amount = unreadable ? undefined : sum(rows.map((row) => row.amount));
    return {
      reference,
      label: String(rows.find((row) => row.label)?.label ?? ""),
      ...(hours !== undefined ? { hours } : {}),
      ...(amount !== undefined ? { amount } : {}),
      lots: rows.map((row) => String(row.id)),
      ...(unreadable ? { unreadable } : {}),
      ...(buyer?.name ? { buyerName: String(buyer.name) } : rows[0]?.buyer ? { buyerName: String(rows[0].buyer) } : {}),
      ...(buyer?.buyerType ? { buyerType: String(buyer.buyerType) } : {}),
      ...(natureOf(rows) ? { nature: natureOf(rows) as string } : {}),
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
 * Decodes a table snapshot: every row (a bad cell is left out of its row), the problems in French
 * and the sheet rows that have one, so callers do not sum a figure that could not be read.
 *
 * @example
 * decodedRows(marketsTable, snapshot) // => { rows: [...], problems: ["Marchés, ligne 4, colonne « Heures dues » : …"], unreadableRows: Set {4} }
 */
export function decodedRows(table: TableDef, snapshot: { headers: unknown[]; rows: unknown[][]; headerRow?: number } | null) {
  if (!snapshot) return { rows: [] as DecodedRow[], problems: [] as string[], unreadableRows: new Set<number>() };
  const decoded = decodeTable(table, [snapshot.headers, ...snapshot.rows], { firstRow: (snapshot.headerRow ?? 1) + 1 });
  const unreadableRows = new Set(decoded.errors.flatMap((error) => (error.where.row === undefined ? [] : [error.where.row])));
  return { rows: decoded.rows, problems: decoded.errors.map((error) => error.message), unreadableRows };
}

function sum(values: readonly unknown[]): number | undefined {
  const numbers = values.filter((value): value is number => typeof value === "number");
  return numbers.length === 0 ? undefined : numbers.reduce((total, value) => total + value, 0);
}
