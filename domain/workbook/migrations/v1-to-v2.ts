/**
 * Migration from version 1 to version 2 (issue 12): the Heures table gains « Montant facturé HT »
 * (a sub-contractor's amount, converted into hours by the counting rules of the modes) and the
 * Marchés table gains « Nature du contrat » (marché, accord-cadre, concession / DSP, marché de
 * partenariat, commande privée). Both are optional columns, added empty at the right end of the
 * table, only when the table has no column of that meaning yet (header or synonym).
 */
import { normalizeLabel } from "../../text";
import { hoursTable, marketsTable } from "../tables";
import type { TableDef } from "../table-def";
import type { SchemaEdit, WorkbookShape } from "./schema-edit";

/** The columns version 2 adds, by table. */
export const V2_COLUMNS: readonly { table: TableDef; key: string }[] = [
  { table: hoursTable, key: "amountInvoiced" },
  { table: marketsTable, key: "nature" },
];

/**
 * @example
 * migrateV1ToV2({ tables: [{ name: "Heures", sheet: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures"] }], sheets: ["Heures"] })
 * // => [{ kind: "addColumn", table: "Heures", header: "Montant facturé HT" }]
 */
export function migrateV1ToV2(shape: WorkbookShape): SchemaEdit[] {
  const edits: SchemaEdit[] = [];
  for (const { table, key } of V2_COLUMNS) {
    const found = shape.tables.find((candidate) => normalizeLabel(candidate.name) === normalizeLabel(table.name));
    const column = table.columns.find((candidate) => candidate.key === key);
    if (!found || !column) continue;
    const names = new Set([column.header, ...(column.synonyms ?? [])].map(normalizeLabel));
    if (found.headers.some((header) => typeof header === "string" && names.has(normalizeLabel(header)))) continue;
    edits.push({ kind: "addColumn", table: found.name, header: column.header });
  }
  return edits;
}
