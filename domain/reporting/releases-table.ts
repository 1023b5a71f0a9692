/**
 * The register of releases in the facilitator's workbook: the add-in's table « Diffusions », one
 * row per export to someone outside the guichet (pane download or print, `clauses report
 * --audience buyer|company` on a workbook). The same content as the `--register` JSON file: it
 * holds no person (cell keys name months, contracts and categories; the digest is of the figures
 * sent), and the next release to anyone is protected together with every row of it.
 */
import type { TableRecord } from "../workbook/codec";
import { defineTable } from "../workbook/table-def";
import { releaseRowTooLong } from "./errors";
import { readRegister, type ReleaseRecord } from "./register";

export const releasesTable = defineTable({
  name: "Diffusions",
  sheet: "Diffusions",
  owner: "addin",
  columns: [
    { key: "recipient", header: "Destinataire", type: "text", width: 22 },
    { key: "audience", header: "Public", type: "text", width: 10 },
    { key: "scopes", header: "Bilans remis", type: "text", width: 34 },
    { key: "period", header: "Période", type: "text", width: 16 },
    { key: "reference", header: "Date de référence", type: "text", width: 14 },
    // The masks of the whole protected release, as JSON (keys such as `2026-01:2026-12|M5|sex.F`).
    { key: "hidden", header: "Cases cachées", type: "text", width: 40 },
    { key: "digest", header: "Empreinte des chiffres", type: "text", width: 24 },
  ],
});

/** Excel keeps at most this many characters in a cell: a longer row would be cut, so it is refused. */
export const CELL_LIMIT = 32_767;

/**
 * The row of a release in « Diffusions ».
 *
 * @throws reporting.register.rowTooLong when the hidden cells do not fit in one Excel cell
 * @example
 * releaseRow(record) // => { recipient: "buyer:VILLE-VR", audience: "buyer", scopes: "territory:; buyer:VILLE-VR", period: "2026-01:2026-12", … }
 */
export function releaseRow(record: ReleaseRecord): TableRecord {
  const hidden = JSON.stringify(record.hidden);
  if (hidden.length > CELL_LIMIT) throw releaseRowTooLong(Object.keys(record.hidden).length, CELL_LIMIT);
  return {
    recipient: record.recipient,
    audience: record.audience,
    scopes: record.scopes.join("; "),
    period: record.period ? `${record.period.from}:${record.period.to}` : "",
    reference: record.reference,
    hidden,
    digest: record.digest,
  };
}

/**
 * The releases of « Diffusions » rows (decoded records, in order), checked like the JSON register.
 *
 * @example
 * releasesOfRows([releaseRow(record)], "Diffusions") // => [record]
 * @throws reporting.register.invalid
 */
export function releasesOfRows(rows: readonly Readonly<Record<string, unknown>>[], where: string): ReleaseRecord[] {
  const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
  const releases = rows.map((row, index) => {
    const period = text(row["period"]);
    let hidden: unknown = null;
    try {
      hidden = JSON.parse(text(row["hidden"]) || "{}");
    } catch {
      hidden = `ligne ${index + 2} : « Cases cachées » illisible`;
    }
    return {
      recipient: text(row["recipient"]),
      audience: text(row["audience"]),
      scopes: text(row["scopes"]) === "" ? [] : text(row["scopes"]).split("; "),
      period: period === "" ? null : { from: period.slice(0, 7), to: period.slice(8) },
      reference: text(row["reference"]),
      hidden,
      digest: text(row["digest"]),
    };
  });
  return readRegister({ releases }, where);
}
