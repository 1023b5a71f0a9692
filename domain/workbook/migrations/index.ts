/**
 * Workbook schema versions and forward migrations. The version is stored in the workbook (setting
 * `clauses.schemaVersion`); each migration takes a layout of version N to version N + 1 as a list of
 * edits, so the pane can show them and ask before rewriting anything of the facilitator's.
 */
import { migrationMissing, versionUnreadable } from "../errors";
import { normalizeLabel } from "../../text";
import { standardTables, WORKBOOK_SCHEMA_VERSION } from "../tables";
import { applyEdits, type SchemaEdit, type WorkbookShape } from "./schema-edit";
import { V0_TABLES } from "./v0-layout";
import { migrateV0ToV1 } from "./v0-to-v1";
import { migrateV1ToV2 } from "./v1-to-v2";
import { migrateV2ToV3 } from "./v2-to-v3";
import { migrateV3ToV4 } from "./v3-to-v4";
import { migrateV4ToV5 } from "./v4-to-v5";

export * from "./schema-edit";
export { V0_TABLES } from "./v0-layout";
export { migrateV0ToV1 } from "./v0-to-v1";
export { migrateV1ToV2, V2_COLUMNS } from "./v1-to-v2";
export { migrateV2ToV3, V3_COLUMNS } from "./v2-to-v3";
export { migrateV3ToV4, V4_COLUMNS } from "./v3-to-v4";
export { migrateV4ToV5, V5_RELEASES } from "./v4-to-v5";

export interface Migration {
  from: number;
  /** What changes, in French. */
  label: string;
  plan(shape: WorkbookShape): SchemaEdit[];
}

/** Every migration, in order: `MIGRATIONS[n]` takes version n to n + 1. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 0, label: "tableaux et en-têtes en anglais → tableaux standard en français", plan: migrateV0ToV1 },
  {
    from: 1,
    label: "colonnes des données essentielles (SIRET des acheteurs, CPV et nature des marchés) et des souhaits des participants",
    plan: migrateV1ToV2,
  },
  { from: 2, label: "relevés d'heures des entreprises : provenance des lignes d'heures, contact des entreprises", plan: migrateV2ToV3 },
  { from: 3, label: "colonne « Montant facturé HT » des heures (sous-traitance convertie en heures)", plan: migrateV3ToV4 },
  { from: 4, label: "registre des diffusions « Diffusions » (bilans remis aux acheteurs et aux entreprises)", plan: migrateV4ToV5 },
];

/**
 * Chains the migrations from `from` to `to` (default: the current version).
 *
 * @example
 * planMigration(shapeOfAV0Workbook, 0) // => { edits: [...], shape: <the layout in version 1> }
 */
export function planMigration(
  shape: WorkbookShape,
  from: number,
  to = WORKBOOK_SCHEMA_VERSION,
): { edits: SchemaEdit[]; shape: WorkbookShape } {
  let current = shape;
  const edits: SchemaEdit[] = [];
  for (let version = from; version < to; version += 1) {
    const migration = MIGRATIONS[version];
    if (!migration) throw migrationMissing(version);
    const step = migration.plan(current);
    edits.push(...step);
    current = applyEdits(current, step);
  }
  return { edits, shape: current };
}

export type SchemaState = "current" | "unversioned" | "outdated" | "newer" | "empty";

export interface SchemaStatus {
  state: SchemaState;
  /** Version read from the workbook's settings, when there is one. */
  stored?: number;
  /** Version the layout is in (stored, or inferred when nothing is stored). */
  version: number;
  /** Edits that bring the workbook to the current version (empty when nothing needs rewriting). */
  edits: SchemaEdit[];
}

/**
 * Where a workbook stands: up to date, laid out as today but not marked so (`unversioned`), in an
 * older layout (`outdated`, with the edits to apply), written by a newer add-in (`newer`), or holding
 * none of the add-in's tables (`empty`).
 *
 * @example
 * schemaStatus(shape, undefined) // => { state: "outdated", version: 0, edits: [...] } for English tables
 * schemaStatus(shape, 1) // => { state: "current", stored: 1, version: 1, edits: [] }
 */
export function schemaStatus(shape: WorkbookShape, stored: unknown): SchemaStatus {
  if (stored !== undefined && (typeof stored !== "number" || !Number.isInteger(stored) || stored < 0)) {
    throw versionUnreadable(stored);
  }
  if (stored !== undefined && stored > WORKBOOK_SCHEMA_VERSION) {
    return { state: "newer", stored, version: stored, edits: [] };
  }
  if (stored !== undefined) {
    const { edits } = planMigration(shape, stored);
    const state = edits.length > 0 ? "outdated" : stored < WORKBOOK_SCHEMA_VERSION ? "unversioned" : "current";
    return { state, stored, version: stored, edits };
  }
  if (!holdsAddinTables(shape)) return { state: "empty", version: WORKBOOK_SCHEMA_VERSION, edits: [] };
  const { edits } = planMigration(shape, 0);
  return edits.length > 0 ? { state: "outdated", version: 0, edits } : { state: "unversioned", version: WORKBOOK_SCHEMA_VERSION, edits };
}

/**
 * Why the add-in will not write to a workbook of a newer schema (a `DomainError` reason, lower case).
 *
 * @example
 * newerSchemaMessage(2) // => "ce classeur a été enregistré par une version plus récente du complément (schéma 2 ; celle-ci connaît le schéma 1) : …"
 */
export function newerSchemaMessage(version: number): string {
  return `ce classeur a été enregistré par une version plus récente du complément (schéma ${version} ; celle-ci connaît le schéma ${WORKBOOK_SCHEMA_VERSION}) : mettez le complément à jour avant d'y écrire`;
}

function holdsAddinTables(shape: WorkbookShape): boolean {
  const known = new Set(standardTables.flatMap((table) => [table.name, ...(V0_TABLES[table.name]?.names ?? [])]).map(normalizeLabel));
  return shape.tables.some((table) => known.has(normalizeLabel(table.name)));
}
