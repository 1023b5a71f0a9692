/**
 * The `Ventilation` table: one row per contract × participant × month × nature (direct or
 * ventilated), then the hours each company had set aside (excess, out of period, not countable).
 * Hours are rounded to 4 decimals so that, for every contract and nature, the rows add up to the
 * contract's figure rounded the same way (largest remainders).
 */
import type { TableRecord } from "../workbook";
import { detailRequired } from "./errors";
import type { Allocation, SetAside } from "./ledger";
import { POLICY_LABELS, SPREAD_LABELS } from "./policies";
import type { VentilationResult } from "./ventilate";

/** French names of the natures of hours, as the table and the pane show them. */
export const NATURE_LABELS: Readonly<Record<Allocation["kind"] | SetAside["kind"], string>> = {
  direct: "Directe",
  ventilated: "Ventilée",
  excess: "Excédent",
  outOfPeriod: "Hors période",
  notCountable: "Non comptabilisable",
};

const DECIMALS = 4;

/**
 * The records of the Ventilation table (the result must carry its detail: `detail: true`).
 *
 * @example
 * ventilationRecords(result)
 * // => [{ company: "BTP-RIVIERE", market: "M1", participant: "P001", month: "2026-01", kind: "Ventilée", hours: 29.0323,
 * //       policy: "Fin la plus proche d'abord", spread: "Jours calendaires", rulePack: "national@…", inputDigest: "sha256:…" }, …]
 */
export function ventilationRecords(result: VentilationResult): TableRecord[] {
  if (!result.allocations || !result.setAside) throw detailRequired();
  const provenance = {
    policy: POLICY_LABELS[result.policy],
    spread: SPREAD_LABELS[result.spread],
    rulePack: result.rulePack,
    inputDigest: result.inputDigest,
  };
  const credits = roundedByGroup(result.allocations, (row) => `${row.market}\u0000${row.kind}`).map(({ row, hours }) => ({
    company: row.company,
    market: row.market,
    participant: row.participant ?? undefined,
    month: row.month,
    kind: NATURE_LABELS[row.kind],
    hours,
    ...provenance,
  }));
  const asides = roundedByGroup(result.setAside, (row) => `${row.company}\u0000${row.kind}`).map(({ row, hours }) => ({
    company: row.company,
    participant: row.participant ?? undefined,
    month: row.month,
    kind: NATURE_LABELS[row.kind],
    hours,
    ...provenance,
  }));
  return [...credits, ...asides];
}

/** Rows rounded group by group (each group keeps its rounded total); rows rounding to 0 are dropped. */
function roundedByGroup<T extends { hours: number }>(rows: readonly T[], group: (row: T) => string): { row: T; hours: number }[] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const key = group(row);
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  });
  const hours = new Array<number>(rows.length).fill(0);
  for (const members of groups.values()) {
    const rounded = roundPreservingSum(
      members.map((index) => (rows[index] as T).hours),
      DECIMALS,
    );
    members.forEach((index, position) => (hours[index] = rounded[position] as number));
  }
  return rows.map((row, index) => ({ row, hours: hours[index] as number })).filter((entry) => entry.hours !== 0);
}

/**
 * Rounds values to `decimals` so that they add up to their rounded sum, or to `total` when given
 * (a figure already rounded elsewhere), by the largest remainder method.
 *
 * @example
 * roundPreservingSum([1 / 3, 1 / 3, 1 / 3], 2) // => [0.34, 0.33, 0.33] (sum 1.00, not 0.99)
 * roundPreservingSum([0.5, 0.5], 0, 2) // => [1, 1]
 */
export function roundPreservingSum(values: readonly number[], decimals: number, total?: number): number[] {
  const scale = 10 ** decimals;
  const scaled = values.map((value) => value * scale);
  const floors = scaled.map((value) => Math.floor(value + 1e-9));
  const target = Math.round(total === undefined ? scaled.reduce((sum, value) => sum + value, 0) : total * scale);
  let missing = target - floors.reduce((sum, value) => sum + value, 0);
  if (missing > 0) {
    // Largest remainders first, ties in input order (a stable sort of the positions, no object per value).
    const remainders = scaled.map((value, index) => value - (floors[index] as number));
    const byRemainder = scaled.map((_, index) => index).sort((a, b) => (remainders[b] as number) - (remainders[a] as number));
    for (const index of byRemainder) {
      if (missing <= 0) break;
      floors[index] = (floors[index] as number) + 1;
      missing -= 1;
    }
  }
  return floors.map((value) => value / scale);
}
