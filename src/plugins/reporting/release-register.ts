/**
 * The pane's releases: an export (download or print) of a buyer's or a company's bilan is protected
 * together with every release already recorded in the workbook's « Diffusions » table (read through
 * the port), then recorded there — in one call of the port, before the file leaves — so that the
 * next release, from the pane or the CLI, is protected with it. A release that cannot be recorded
 * does not leave.
 */
import { decodeTable, ValidationFailed } from "../../../domain";
import {
  earlierRelease,
  releaseProtection,
  releaseRecord,
  releaseRow,
  releasesOfRows,
  releasesTable,
  reportView,
  scopeKey,
  type Audience,
  type BilanSet,
  type ReleaseRecord,
  type ReportView,
} from "../../../domain/reporting";
import type { WorkbookPort } from "../../workbook/port";

/**
 * The releases recorded in the workbook (none when it has no « Diffusions » table).
 *
 * @example
 * await recordedReleases(workbook) // => [{ recipient: "buyer:buyer:VILLE-VR", period: …, hidden: { … } }, …]
 * @throws ValidationFailed (a cell of Diffusions unreadable), reporting.register.invalid
 */
export async function recordedReleases(workbook: WorkbookPort): Promise<ReleaseRecord[]> {
  const snapshot = await workbook.readTable(releasesTable);
  if (snapshot === null) return [];
  const decoded = decodeTable(releasesTable, [snapshot.headers, ...snapshot.rows]);
  if (decoded.errors.length > 0) throw new ValidationFailed(decoded.errors);
  return releasesOfRows(
    decoded.rows.map((row) => row.values),
    releasesTable.name,
  );
}

/**
 * Protects the export of one bilan of `set` (index −1: the set's total) with every release
 * recorded, records it, and gives the view to send.
 *
 * @example
 * const view = await releaseFromPane(services.workbook, set, "buyer", 0); // Diffusions has one row more
 * @throws reporting.release.tooLarge, reporting.release.locked, reporting.register.rowTooLong, reporting.register.invalid
 */
export async function releaseFromPane(workbook: WorkbookPort, set: BilanSet, audience: Audience, index: number): Promise<ReportView> {
  const bilan = set.bilans[index] ?? set.total;
  const scope = scopeKey(bilan, index < 0 || set.bilans[index] === undefined ? null : set.grouping);
  return recordedRelease(workbook, set, audience, `${audience}:${scope}`, [scope]);
}

/**
 * Protects a release (the bilans `scopes` of `set`, to `recipient`) with every release recorded in
 * the workbook, and records it there in one append (the pane's exports, `clauses report` on a workbook).
 *
 * @example
 * const view = await recordedRelease(workbook, set, "buyer", "buyer:buyer", ["territory:", "buyer:VILLE-VR"]);
 * @throws reporting.release.tooLarge, reporting.release.locked, reporting.register.rowTooLong, reporting.register.invalid
 */
export async function recordedRelease(
  workbook: WorkbookPort,
  set: BilanSet,
  audience: Audience,
  recipient: string,
  scopes: readonly string[],
): Promise<ReportView> {
  const earlier = await recordedReleases(workbook);
  const protection = releaseProtection(set, earlier.map(earlierRelease));
  const view = reportView(set, audience, protection);
  await workbook.appendRecords(releasesTable, [releaseRow(releaseRecord(view, recipient, scopes, protection.masks))]);
  return view;
}
