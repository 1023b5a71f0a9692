/**
 * The preview's .xlsx reader, in a Web Worker: exceljs parses a 100 000-line workbook in seconds,
 * which on the page's thread froze the preview (one task of 4 s). Here the page stays responsive;
 * what comes back is the workbook's plain contents (tables, plain sheets, settings), which the
 * page puts in memory. Nothing leaves the browser: the bytes come from the file the facilitator picked.
 */
import { contentsOf } from "../workbook/copy-to-memory";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";

self.onmessage = (event: MessageEvent<{ bytes: ArrayBuffer }>) => {
  XlsxWorkbook.load(new Uint8Array(event.data.bytes))
    .then(contentsOf)
    .then(
      (contents) => self.postMessage({ ok: true, contents }),
      (error: unknown) => self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
};
