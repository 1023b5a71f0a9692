/**
 * The pane's releases: an export (download or print) of a buyer's or a company's bilan is protected
 * together with every release already recorded in the workbook's « Diffusions » table (read through
 * the port), then recorded there — in one call of the port, before the file leaves — so that the
 * next release, from the pane or the CLI, is protected with it. A release that cannot be recorded
 * does not leave.
 */
import { decodeTable, DomainError, ValidationFailed, type TableRecord } from "../../../domain";
import {
  earlierRelease,
  releaseProtection,
  releaseRecord,
  releaseRow,
  releasesOfRows,
  releasesTable,
  reportView,
  scopeKey,
  withheldInstead,
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

/** A release protected and the register row that records it (appended before the file leaves). */
export interface ProtectedRelease {
  view: ReportView;
  row: TableRecord;
}

/**
 * Protects the export of one bilan of `set` (index −1: the set's total) with the releases recorded
 * earlier, and gives the view to send and its register row. Pure: the Bilans engine runs it where
 * the set is (a Web Worker), the panel reads `earlier` and appends `row` through the port.
 *
 * @example
 * const { view, row } = paneRelease(set, "buyer", 0, await recordedReleases(workbook));
 * @throws reporting.register.rowTooLong (a release that cannot be protected is not refused: it leaves withheld, see the view's `withheld`)
 */
export function paneRelease(set: BilanSet, audience: Audience, index: number, earlier: readonly ReleaseRecord[]): ProtectedRelease {
  const bilan = set.bilans[index] ?? set.total;
  const scope = scopeKey(bilan, index < 0 || set.bilans[index] === undefined ? null : set.grouping);
  return protectedRelease(set, audience, `${audience}:${scope}`, [scope], earlier);
}

/**
 * Protects a release (the bilans `scopes` of `set`, to `recipient`) with the releases recorded
 * earlier, and gives its register row.
 *
 * @example
 * const { view, row } = protectedRelease(set, "buyer", "buyer:buyer", ["territory:", "buyer:VILLE-VR"], earlier);
 * @throws reporting.register.rowTooLong (a release that cannot be protected is not refused: it leaves withheld, see the view's `withheld`; one left without its outcomes whose row would not fit leaves withheld whole)
 */
export function protectedRelease(
  set: BilanSet,
  audience: Audience,
  recipient: string,
  scopes: readonly string[],
  earlier: readonly ReleaseRecord[],
): ProtectedRelease {
  const protection = releaseProtection(set, earlier.map(earlierRelease));
  const view = reportView(set, audience, protection);
  try {
    return { view, row: releaseRow(releaseRecord(view, recipient, scopes, protection.masks)) };
  } catch (error) {
    // Left without its outcomes, a large release may list more hidden cells than « Diffusions » holds:
    // it then leaves withheld whole, as before the ladder (its record `{"*": "withheld"}` fits).
    if (!(error instanceof DomainError) || error.code !== "reporting.register.rowTooLong" || !protection.families) throw error;
    const withheld = withheldInstead(set, protection);
    const whole = reportView(set, audience, withheld);
    return { view: whole, row: releaseRow(releaseRecord(whole, recipient, scopes, withheld.masks)) };
  }
}

/**
 * Protects a release with every release recorded in the workbook, and records it there in one
 * append (`clauses report` on a workbook).
 *
 * @example
 * const view = await recordedRelease(workbook, set, "buyer", "buyer:buyer", ["territory:", "buyer:VILLE-VR"]);
 * @throws reporting.register.rowTooLong, reporting.register.invalid (a release that cannot be protected is not refused: it is withheld)
 */
export async function recordedRelease(
  workbook: WorkbookPort,
  set: BilanSet,
  audience: Audience,
  recipient: string,
  scopes: readonly string[],
): Promise<ReportView> {
  const { view, row } = protectedRelease(set, audience, recipient, scopes, await recordedReleases(workbook));
  await workbook.appendRecords(releasesTable, [row]);
  return view;
}
