/**
 * Migration from version 4 to version 5 (issue 18): the register of releases, the add-in's table
 * « Diffusions » (docs/reporting.md). The table is created when the first release is recorded
 * (like the statements' tables of version 3); a workbook that already has a table of that name —
 * made by hand, or by an earlier build — gains the columns it lacks, empty, at its right. Nothing
 * of the facilitator's is renamed or moved. Self-contained: the headers are written here, as
 * version 5 defines them.
 */
import { normalizeLabel } from "../../text";
import type { SchemaEdit, WorkbookShape } from "./schema-edit";

/** The table of version 5 and its headers. */
export const V5_RELEASES = {
  name: "Diffusions",
  headers: ["Destinataire", "Public", "Bilans remis", "Période", "Date de référence", "Cases cachées", "Empreinte des chiffres"],
} as const;

/**
 * The columns an existing « Diffusions » table lacks (accents and case ignored), as edits.
 *
 * @example
 * migrateV4ToV5({ tables: [{ name: "Diffusions", sheet: "Diffusions", headers: ["Destinataire", "Période"] }], sheets: ["Diffusions"] })
 * // => [{ kind: "addColumn", table: "Diffusions", header: "Public" }, …]
 */
export function migrateV4ToV5(shape: WorkbookShape): SchemaEdit[] {
  const table = shape.tables.find((candidate) => normalizeLabel(candidate.name) === normalizeLabel(V5_RELEASES.name));
  if (!table) return [];
  const present = new Set(table.headers.map((header) => normalizeLabel(String(header ?? ""))));
  return V5_RELEASES.headers
    .filter((header) => !present.has(normalizeLabel(header)))
    .map((header): SchemaEdit => ({ kind: "addColumn", table: table.name, header }));
}
