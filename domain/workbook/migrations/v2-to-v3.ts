/**
 * Migration from version 2 to version 3: the company statements (« relevés d'heures », see
 * docs/statements.md). Lines collected from a company's form carry their provenance in three new
 * columns of Heures (« Relevé », « Version du relevé », « Reçu le »), so that a corrected form replaces
 * exactly its earlier version's lines; Entreprises gains « Contact », where the forms and reminders go.
 * Columns are added at the right, empty; nothing of the facilitator's is renamed or moved. The new
 * tables of version 3 (Relevés, Noms des entreprises) are created when first written.
 */
import { normalizeLabel } from "../../text";
import type { SchemaEdit, WorkbookShape } from "./schema-edit";

/** Version 3 columns, by table (headers of `tables.ts`). */
export const V3_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  Entreprises: ["Contact"],
  Heures: ["Relevé", "Version du relevé", "Reçu le"],
};

/**
 * The columns each table of version 2 lacks (accents and case ignored), as edits.
 *
 * @example
 * migrateV2ToV3({ tables: [{ name: "Heures", sheet: "Heures", headers: ["Entreprise", "Début", "Fin", "Heures"] }], sheets: ["Heures"] })
 * // => [{ kind: "addColumn", table: "Heures", header: "Relevé" }, …Version du relevé, …Reçu le]
 */
export function migrateV2ToV3(shape: WorkbookShape): SchemaEdit[] {
  const edits: SchemaEdit[] = [];
  for (const [name, headers] of Object.entries(V3_COLUMNS)) {
    const table = shape.tables.find((candidate) => normalizeLabel(candidate.name) === normalizeLabel(name));
    if (!table) continue;
    const present = new Set(table.headers.map((header) => normalizeLabel(String(header ?? ""))));
    for (const header of headers) if (!present.has(normalizeLabel(header))) edits.push({ kind: "addColumn", table: table.name, header });
  }
  return edits;
}
