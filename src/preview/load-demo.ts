/**
 * The preview's workbook: assets/demo-territoire.xlsx, inlined in the bundle (no request of any kind),
 * parsed by the .xlsx adapter in the browser and held in memory — or a facilitator's own .xlsx,
 * chosen with the file picker: read in memory only (the file on disk is never written; what the
 * pane writes stays in the tab and is gone when it closes).
 */
import demoXlsx from "../../assets/demo-territoire.xlsx";
import { copyToMemory, type MemoryContents } from "../workbook/copy-to-memory";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { workbookNotRead } from "./errors";

/**
 * The bytes of a base64 `data:` URL.
 *
 * @example
 * bytesOfDataUrl("data:application/octet-stream;base64,UEs=") // => Uint8Array [80, 75]
 */
export function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(",") + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * @example
 * const workbook = await loadDemoWorkbook();
 */
export async function loadDemoWorkbook(): Promise<MemoryWorkbook> {
  return loadXlsxBytes(bytesOfDataUrl(demoXlsx));
}

/**
 * Any .xlsx, from its bytes, copied into memory.
 *
 * @example
 * const workbook = await loadXlsxBytes(new Uint8Array(await file.arrayBuffer()));
 */
export async function loadXlsxBytes(bytes: Uint8Array): Promise<MemoryWorkbook> {
  if (typeof Worker !== "undefined") {
    const { tables, settings, sheets } = await contentsInWorker(bytes);
    return new MemoryWorkbook(tables, settings, sheets);
  }
  // exceljs is large: it loads with the workbook, in its own chunk, not with the pane.
  const { XlsxWorkbook } = await import("../workbook/xlsx-workbook");
  return copyToMemory(await XlsxWorkbook.load(bytes));
}

/** Parsed off the page's thread (`xlsx.worker.ts`): one worker per file, ended once it has answered. */
function contentsInWorker(bytes: Uint8Array): Promise<MemoryContents> {
  const worker = new Worker(new URL("./xlsx.worker.ts", import.meta.url));
  const copy = bytes.slice().buffer;
  return new Promise<MemoryContents>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ok: true; contents: MemoryContents } | { ok: false; message: string }>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.contents);
      else reject(workbookNotRead(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(workbookNotRead(event.message));
    };
    worker.postMessage({ bytes: copy }, [copy]);
  });
}

/**
 * A file the facilitator picked (never uploaded: read by the browser, in memory).
 *
 * @example
 * input.onchange = async () => setWorkbook(await loadXlsxFile(input.files[0]));
 */
export async function loadXlsxFile(file: Blob): Promise<MemoryWorkbook> {
  return loadXlsxBytes(new Uint8Array(await file.arrayBuffer()));
}
