/**
 * The workbook's schema version, through the port: where the workbook stands, and bringing it to the
 * current version. The pane calls `upgradeSchema` only after the facilitator confirmed the edits; the
 * CLI applies them to the copy it writes to `--out`.
 */
import { newerSchemaMessage, schemaNewer, schemaOutdated, schemaStatus, WORKBOOK_SCHEMA_VERSION, type SchemaStatus } from "../../../domain";
import { SETTINGS, shapeOf, type WorkbookPort } from "../../workbook/port";

/**
 * Where a workbook stands (see `schemaStatus`).
 *
 * @example
 * await readSchemaStatus(workbook) // => { state: "current", stored: 1, version: 1, edits: [] }
 */
export async function readSchemaStatus(workbook: WorkbookPort): Promise<SchemaStatus> {
  const [outline, stored] = await Promise.all([workbook.outline(), workbook.readSetting<unknown>(SETTINGS.schemaVersion)]);
  return schemaStatus(shapeOf(outline), stored);
}

/**
 * Applies the edits of a status (one batch), then records the current version.
 *
 * @example
 * await upgradeSchema(workbook, status); // after the facilitator said yes
 */
export async function upgradeSchema(workbook: WorkbookPort, status: SchemaStatus): Promise<void> {
  refuseNewer(status);
  if (status.edits.length > 0) await workbook.applySchemaEdits(status.edits);
  await workbook.writeSetting(SETTINGS.schemaVersion, WORKBOOK_SCHEMA_VERSION);
}

/**
 * Before the add-in writes to a workbook: refuses a newer or not yet migrated one, and records the
 * version of one that has none (an empty or unmarked workbook is already in the current layout).
 *
 * @example
 * await prepareForWriting(workbook); // then write
 */
export async function prepareForWriting(workbook: WorkbookPort): Promise<void> {
  const status = await readSchemaStatus(workbook);
  refuseNewer(status);
  if (status.state === "outdated") {
    throw schemaOutdated();
  }
  if (status.stored !== WORKBOOK_SCHEMA_VERSION) await workbook.writeSetting(SETTINGS.schemaVersion, WORKBOOK_SCHEMA_VERSION);
}

function refuseNewer(status: SchemaStatus): void {
  if (status.state === "newer") throw schemaNewer(newerSchemaMessage(status.version));
}
