/**
 * Migration from version 1 to version 2: the columns that link the workbook to the public
 * procurement data (DECP). Acheteurs gains « SIRET » (the buyer's number in the DECP), Marchés gains
 * « Code CPV », « Nature », « Dates estimées » and « Réf. DECP »; for the partners' commission,
 * Participants gains « Métiers souhaités », « Disponible à partir du », « Temps de travail souhaité ». Each column is added empty, at
 * the right of its table, only when the table exists and has no column of that header yet (a
 * facilitator who already typed a SIRET column keeps it). The Programmation table is new: it is
 * created the first time the add-in writes to it, so no edit is needed here.
 */
import { matchHeader } from "../codec";
import { buyersTable, marketsTable, participantsTable } from "../tables";
import type { TableDef } from "../table-def";
import type { SchemaEdit, WorkbookShape } from "./schema-edit";

/** The columns version 2 adds, by table. */
export const V2_COLUMNS: readonly { table: TableDef; keys: readonly string[] }[] = [
  { table: buyersTable, keys: ["siret"] },
  { table: marketsTable, keys: ["cpv", "nature", "datesEstimated", "decpId"] },
  // The partners' commission: what each person looks for (docs/commission.md).
  { table: participantsTable, keys: ["tradesWanted", "availableFrom", "workingTime"] },
];

/**
 * The columns to add to a version 1 layout.
 *
 * @example
 * migrateV1ToV2({ tables: [{ name: "Acheteurs", sheet: "Acheteurs", headers: ["Acheteur", "Nom"] }], sheets: ["Acheteurs"] })
 * // => [{ kind: "addColumn", table: "Acheteurs", header: "SIRET" }]
 */
export function migrateV1ToV2(shape: WorkbookShape): SchemaEdit[] {
  const edits: SchemaEdit[] = [];
  for (const { table, keys } of V2_COLUMNS) {
    const found = shape.tables.find((candidate) => candidate.name === table.name);
    if (!found) continue;
    const present = new Set(
      found.headers.flatMap((header) => (typeof header === "string" ? [matchHeader(table, header)?.key] : [])).filter(Boolean),
    );
    for (const key of keys) {
      if (present.has(key)) continue;
      const header = table.columns.find((column) => column.key === key)!.header;
      edits.push({ kind: "addColumn", table: table.name, header });
    }
  }
  return edits;
}
