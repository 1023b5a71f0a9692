/**
 * The mapping file of `clauses import` (map.json): the target table and the corrections to the
 * proposed mapping, the way the wizard's facilitator would make them.
 *
 * ```json
 * { "table": "Heures", "sheet": "Suivi 2025", "dateOrder": "dmy",
 *   "columns": { "Salarié": "participant", "Nb heures": "Heures", "Commentaire": null } }
 * ```
 * `columns` maps a header of the sheet to a standard column (its key, French header or a synonym) or
 * to null (not imported); headers it does not list keep the proposed mapping.
 */
import { z } from "zod";
import { ValidationFailed, type DomainError } from "../errors";
import { mappingSourceMissing, mappingTargetUnknown, tableUnknown } from "./errors";
import { parseOrThrow } from "../validation";
import { matchHeader, type Cell, type TableDef } from "../workbook";
import { normalizeLabel } from "../text";
import { importableTables, proposeMapping, sourceHeaders, type ColumnMapping } from "./mapping";

export const mappingFileSchema = z
  .object({
    table: z.string().min(1),
    sheet: z.string().min(1).optional(),
    range: z.string().min(1).optional(),
    headerRow: z.number().int().positive().optional(),
    dateOrder: z.enum(["dmy", "mdy"]).optional(),
    columns: z.record(z.string(), z.string().nullable()).optional(),
  })
  .strict();

export type MappingFile = z.output<typeof mappingFileSchema>;

/**
 * Validates a mapping file (every problem reported, in French, with its field).
 *
 * @example
 * parseMappingFile({ table: "Heures", columns: { "Nb heures": "hours" } }) // => the file, typed
 */
export function parseMappingFile(json: unknown): MappingFile {
  return parseOrThrow(mappingFileSchema, json);
}

/**
 * The importable table a mapping file names (by table name, sheet title, accents and case ignored).
 *
 * @example
 * tableNamed("heures") // => hoursTable
 */
export function tableNamed(name: string): TableDef {
  const wanted = normalizeLabel(name);
  const table = importableTables.find(
    (candidate) => normalizeLabel(candidate.name) === wanted || normalizeLabel(candidate.sheet) === wanted,
  );
  if (table) return table;
  const known = importableTables.map((candidate) => candidate.name).join(", ");
  throw new ValidationFailed([tableUnknown(name, known)]);
}

/**
 * The mapping the file describes over the sheet's header row: the proposal, corrected by `columns`.
 *
 * @example
 * mappingFromFile(hoursTable, ["Salarié", "Nb heures", "Commentaire"], { "Commentaire": null, "Salarié": "participant" })
 * // => ["participant", "hours", null]
 */
export function mappingFromFile(table: TableDef, header: readonly Cell[], columns: MappingFile["columns"] = {}): ColumnMapping {
  const mapping = proposeMapping(table, header);
  const names = sourceHeaders(header).map(normalizeLabel);
  const errors: DomainError[] = [];
  for (const [source, target] of Object.entries(columns)) {
    const field = `columns.${source}`;
    const position = names.indexOf(normalizeLabel(source));
    if (position < 0) {
      errors.push(mappingSourceMissing(source, field));
      continue;
    }
    if (target === null) {
      mapping[position] = null;
      continue;
    }
    const column = matchHeader(table, target);
    if (!column) {
      const expected = table.columns.map((candidate) => candidate.key).join(", ");
      errors.push(mappingTargetUnknown(table.sheet, target, expected, field));
      continue;
    }
    // The facilitator's choice wins: another column proposed for the same target is dropped.
    for (let index = 0; index < mapping.length; index += 1) if (mapping[index] === column.key) mapping[index] = null;
    mapping[position] = column.key;
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return mapping;
}
