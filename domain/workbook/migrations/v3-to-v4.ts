/**
 * Migration from version 3 to version 4 (issue 12): the Heures table gains « Montant facturé HT »,
 * the amount invoiced by an SIAE, EA or ESAT sub-contractor that the counting rules of the modes
 * convert into hours. Added empty at the right of the table, only when the table exists and has no
 * column of that meaning yet (its header or a synonym, « Montant sous-traité »…).
 */
import { matchHeader } from "../codec";
import { hoursTable } from "../tables";
import type { TableDef } from "../table-def";
import type { SchemaEdit, WorkbookShape } from "./schema-edit";

/** The columns version 4 adds, by table. */
export const V4_COLUMNS: readonly { table: TableDef; keys: readonly string[] }[] = [{ table: hoursTable, keys: ["amountInvoiced"] }];

/**
 * @example
 * migrateV3ToV4({ tables: [{ name: "Heures", sheet: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures"] }], sheets: ["Heures"] })
 * // => [{ kind: "addColumn", table: "Heures", header: "Montant facturé HT" }]
 */
export function migrateV3ToV4(shape: WorkbookShape): SchemaEdit[] {
  const edits: SchemaEdit[] = [];
  for (const { table, keys } of V4_COLUMNS) {
    const found = shape.tables.find((candidate) => candidate.name === table.name);
    if (!found) continue;
    const present = new Set(
      found.headers.flatMap((header) => (typeof header === "string" ? [matchHeader(table, header)?.key] : [])).filter(Boolean),
    );
    for (const key of keys) {
      if (present.has(key)) continue;
      edits.push({ kind: "addColumn", table: table.name, header: table.columns.find((column) => column.key === key)!.header });
    }
  }
  return edits;
}
