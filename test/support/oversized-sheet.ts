/**
 * The demo workbook with one more sheet of 400 000 rows (about 30 MB of XML, highly compressible:
 * the zip stays small, the memory estimate is made on the uncompressed size), to test the refusal
 * of a workbook too large to open.
 */
import JSZip from "jszip";

/**
 * `bytes` (an .xlsx) with `xl/worksheets/sheet99.xml` of 400 000 one-cell rows added.
 *
 * @example
 * await XlsxWorkbook.load(await withOversizedSheet(demo)) // rejects: « ce classeur est trop grand pour être ouvert ici »
 */
export async function withOversizedSheet(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const row = (index: number) => `<row r="${index + 2}"><c r="A${index + 2}" t="inlineStr"><is><t>P1</t></is></c></row>`;
  zip.file(
    "xl/worksheets/sheet99.xml",
    `<worksheet><sheetData>${Array.from({ length: 400_000 }, (_, index) => row(index)).join("")}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
