/**
 * Migration from version 0 (English tables and headers, see `v0-layout.ts`) to version 1 (the
 * standard tables with French headers of `tables.ts`).
 */
import { normalizeLabel } from "../../text";
import { standardTables } from "../tables";
import type { SchemaEdit, TableShape, WorkbookShape } from "./schema-edit";
import { V0_TABLES, type V0Table } from "./v0-layout";

/**
 * The edits that bring a version 0 layout to version 1: each table found under its English name is
 * renamed (and its sheet, when the sheet bore the table's name), and each English header whose French
 * header is not already there is renamed. The facilitator's own columns are left as they are.
 *
 * @example
 * migrateV0ToV1({ tables: [{ name: "Hours", sheet: "Hours", headers: ["Company", "Start", "End", "Hours", "Notes"] }], sheets: ["Hours"] })
 * // => [renameHeader Company → Entreprise, Start → Début, End → Fin, Hours → Heures, renameTable Hours → Heures, renameSheet Hours → Heures]
 */
export function migrateV0ToV1(shape: WorkbookShape): SchemaEdit[] {
  const edits: SchemaEdit[] = [];
  const takenTables = new Set(shape.tables.map((table) => normalizeLabel(table.name)));
  const takenSheets = new Set(shape.sheets.map(normalizeLabel));
  for (const target of standardTables) {
    const old = V0_TABLES[target.name];
    const found = old && findTable(shape.tables, target.name, old);
    if (!old || !found) continue;
    edits.push(...headerEdits(found, old));
    if (found.name === target.name) continue;
    if (takenTables.has(normalizeLabel(target.name))) continue; // both exist: leave the old one to the facilitator
    edits.push({ kind: "renameTable", table: found.name, to: target.name });
    if (normalizeLabel(found.sheet) === normalizeLabel(found.name) && !takenSheets.has(normalizeLabel(target.sheet))) {
      edits.push({ kind: "renameSheet", sheet: found.sheet, to: target.sheet });
    }
  }
  return edits;
}

/** The table under its version 1 name, else under one of its version 0 names. */
function findTable(tables: readonly TableShape[], name: string, old: V0Table): TableShape | undefined {
  const byName = (wanted: string) => tables.find((table) => normalizeLabel(table.name) === normalizeLabel(wanted));
  return byName(name) ?? old.names.map(byName).find(Boolean);
}

function headerEdits(table: TableShape, old: V0Table): SchemaEdit[] {
  const present = new Set(table.headers.map((header) => normalizeLabel(String(header ?? ""))));
  const renames = new Map(Object.entries(old.headers).map(([from, to]) => [normalizeLabel(from), to]));
  const edits: SchemaEdit[] = [];
  for (const header of table.headers) {
    if (typeof header !== "string") continue;
    const to = renames.get(normalizeLabel(header));
    if (!to || to === header || present.has(normalizeLabel(to))) continue;
    edits.push({ kind: "renameHeader", table: table.name, from: header, to });
    present.add(normalizeLabel(to));
  }
  return edits;
}
