/**
 * Large sheets of an .xlsx file in bounded memory (Node only: the CLI's `clauses run`).
 *
 * exceljs builds every cell of a workbook as an object (about 40 bytes of memory per byte of sheet
 * XML): 200 000 Heures rows took 2.8 GB. Here a sheet whose XML is large is split from the rest:
 * - its cells are read by streaming (exceljs's `stream.xlsx.WorkbookReader`) into the core's cells,
 *   once, and kept compact;
 * - exceljs opens the rest of the package with that sheet's `<sheetData>` left empty: its table,
 *   columns, merges, views and validations stay in exceljs's model as before, so every write of the
 *   adapter (the add-in's tables, settings, the checks of the cells beside a table) works unchanged;
 * - on writing, exceljs writes that light model with the original file's styles and shared strings
 *   first and in their order (so the original cells' `s` and shared-string indices stay valid), and the
 *   sheet's original `<sheetData>` bytes are put back in place of the empty one. The facilitator's
 *   rows are copied as they were, never rebuilt.
 *
 * A large sheet is only read: writing to it (an import into it, a migration that renames its headers)
 * is refused with `xlsx.sheet.streamed`, and `clauses run` opens an old-layout workbook whole instead.
 * Sheets this cannot carry safely (hyperlinks or comments on their cells, a namespace prefix, cell
 * metadata) are opened whole, as before.
 */
import JSZip from "jszip";
import { Readable } from "node:stream";
import { SaxesParser } from "saxes";
import { stream, type CellValue, type Workbook, type Worksheet } from "exceljs";
import { formatRangeAddress, type Cell } from "../../domain";
import { cellFromXlsx } from "./xlsx-cells";
import { streamedSheetNotCopied } from "./errors";
import { SETTINGS_SHEET } from "./xlsx-settings";
import type { LargeSheets, SplitPackage, StreamedCells } from "./xlsx-workbook";

/** exceljs internals used to write with the original styles and shared strings (no public hook exists). */
const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform");
const SharedStringsXform = require("exceljs/lib/xlsx/xform/strings/shared-strings-xform");
const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform");
const WorksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform");

/** Where the `<sheetData>` element of a sheet part lies, in bytes. */
interface Bounds {
  start: number;
  end: number;
}

interface LargePart {
  name: string;
  path: string;
  number: number;
  xml: Buffer;
  bounds: Bounds;
}

/** Rows read between two progress reports. */
const PROGRESS_EVERY = 10_000;

/**
 * Streams the sheets of more than `threshold` bytes of XML.
 *
 * @example
 * await XlsxWorkbook.load(bytes, { large: largeSheets({ threshold: 4e6, progress: (text) => process.stderr.write(text) }) });
 */
export function largeSheets(options: {
  threshold: number;
  progress?: (done: number, total: number | undefined, phase: "read" | "write") => void;
}): LargeSheets {
  return {
    split: async (bytes) => {
      let zip: JSZip;
      try {
        zip = await JSZip.loadAsync(bytes);
      } catch {
        return undefined;
      }
      const parts = await largeParts(zip, options.threshold);
      if (parts.length === 0) return undefined;
      for (const part of parts) {
        zip.file(
          part.path,
          Buffer.concat([part.xml.subarray(0, part.bounds.start), Buffer.from("<sheetData/>"), part.xml.subarray(part.bounds.end)]),
        );
      }
      const light = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
      const cells = await streamCells(bytes, parts, options.progress);
      return new Split(bytes, light, parts, cells, options.progress);
    },
  };
}

class Split implements SplitPackage {
  readonly streamedBytes: number;
  constructor(
    private readonly original: Uint8Array,
    readonly light: Uint8Array,
    private readonly parts: readonly LargePart[],
    readonly cells: Map<string, StreamedCells>,
    private readonly progress?: (done: number, total: number | undefined, phase: "read" | "write") => void,
  ) {
    this.streamedBytes = parts.reduce((total, part) => total + part.xml.length, 0);
  }

  async write(book: Workbook, sheets: ReadonlyMap<Worksheet, string>): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(this.original);
    const seeds = {
      styles: await zip.file("xl/styles.xml")?.async("nodebuffer"),
      strings: await zip.file("xl/sharedStrings.xml")?.async("nodebuffer"),
    };
    const styles = await seededStyles(seeds.styles);
    const strings = await seededStrings(seeds.strings);
    const xlsx = book.xlsx as unknown as { prepareModel: (model: unknown, options: unknown) => void };
    xlsx.prepareModel = (model, options) => prepareSeeded(model as PrepModel, options as object, styles, strings);
    const written = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    for (const [sheet, name] of sheets) {
      const part = this.parts.find((candidate) => candidate.name === name)!;
      const path = `xl/worksheets/sheet${sheet.id}.xml`;
      let xml = await written.file(path)!.async("nodebuffer");
      // The light part's dimension covers no row: the original's is put back (exceljs's part is small).
      const dimension = dimensionOf(part.xml, part.bounds);
      const light = /<dimension\b[^>]*\/>/.exec(xml.subarray(0, 4096).toString("latin1"))?.[0];
      if (dimension && light) xml = Buffer.from(xml.toString("utf8").replace(light, dimension), "utf8");
      const empty = xml.indexOf("<sheetData/>");
      if (empty < 0) throw streamedSheetNotCopied(name);
      written.file(
        path,
        Buffer.concat([
          xml.subarray(0, empty),
          part.xml.subarray(part.bounds.start, part.bounds.end),
          xml.subarray(empty + "<sheetData/>".length),
        ]),
      );
    }
    return written.generateAsync(
      { type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 }, streamFiles: true },
      (meta) => this.progress?.(Math.round(meta.percent), 100, "write"),
    );
  }
}

/** The sheet parts worth streaming, by sheet name (a sheet this cannot carry safely is left whole). */
async function largeParts(zip: JSZip, threshold: number): Promise<LargePart[]> {
  if (zip.file("xl/metadata.xml")) return []; // cell metadata (dynamic arrays) exceljs drops: opened whole
  const sheets = await sheetPaths(zip);
  const parts: LargePart[] = [];
  for (const [name, path] of sheets) {
    const match = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(path);
    const file = zip.file(path);
    if (!match || !file || name === SETTINGS_SHEET || uncompressedSize(file) < threshold) continue;
    const xml = await file.async("nodebuffer");
    const bounds = sheetDataBounds(xml);
    if (!bounds || cellBoundParts(xml.subarray(bounds.end)) || foreignPrefixes(xml, bounds)) continue;
    parts.push({ name, path, number: Number(match[1]), xml, bounds });
  }
  return parts;
}

/** Sheet name → part path, from the workbook part and its relationships (read with an XML parser). */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  const found = new Map<string, string>();
  if (!workbook || !rels) return found;
  const targets = new Map<string, string>();
  for (const attributes of elements(rels, "Relationship")) targets.set(attributes.Id ?? "", attributes.Target ?? "");
  for (const attributes of elements(workbook, "sheet")) {
    const id = Object.entries(attributes).find(([key]) => key === "r:id" || key.endsWith(":id"))?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (!attributes.name || !target) continue;
    found.set(attributes.name, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return found;
}

/** The attributes of every element of a local name in a small XML part. */
function elements(xml: string, local: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (node) => {
    if (node.name === local || node.name.endsWith(`:${local}`)) found.push(node.attributes as Record<string, string>);
  });
  parser.write(xml).close();
  return found;
}

/**
 * The byte range of the `<sheetData>…</sheetData>` element. Markup characters are escaped in text and
 * attribute values, so `<sheetData` and `</sheetData>` occur only as the element's own tags. A prefixed
 * element (`<x:sheetData>`) is not split: its rows would lose their namespace in exceljs's part.
 */
export function sheetDataBounds(xml: Buffer): Bounds | null {
  const start = xml.indexOf("<sheetData");
  const close = xml.lastIndexOf("</sheetData>");
  if (start < 0 || close < start || xml.indexOf(":sheetData") >= 0) return null;
  const next = xml[start + "<sheetData".length];
  if (next !== 0x3e && next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) return null; // « <sheetData/> » is already empty
  return { start, end: close + "</sheetData>".length };
}

/** The namespace prefixes exceljs declares on the sheets it writes. */
const EXCELJS_PREFIXES = new Set(["r", "mc", "x14ac"]);

/**
 * Whether the rows use a namespace prefix the original sheet declares and exceljs's part would not
 * (`xr:`…): copied into exceljs's part they would be unbound, and the file unreadable.
 */
function foreignPrefixes(xml: Buffer, bounds: Bounds): boolean {
  const head = xml.subarray(0, Math.min(bounds.start, 64 * 1024)).toString("utf8");
  const declared = [...head.matchAll(/\bxmlns:([A-Za-z_][\w.-]*)\s*=/g)].map((match) => match[1]!);
  const rows = xml.subarray(bounds.start, bounds.end);
  return declared.some((prefix) => !EXCELJS_PREFIXES.has(prefix) && rows.indexOf(` ${prefix}:`) >= 0);
}

/** The original sheet's `<dimension ref="A1:M200001"/>` (exceljs's light part says A1:A1), or null. */
function dimensionOf(xml: Buffer, bounds: Bounds): string | null {
  const head = xml.subarray(0, Math.min(bounds.start, 64 * 1024)).toString("utf8");
  return /<dimension\b[^>]*\/>/.exec(head)?.[0] ?? null;
}

/** Hyperlinks and comments are attached to cells by exceljs: a sheet holding some is opened whole. */
function cellBoundParts(tail: Buffer): boolean {
  return tail.indexOf("<hyperlinks") >= 0 || tail.indexOf("<legacyDrawing") >= 0;
}

function uncompressedSize(file: JSZip.JSZipObject): number {
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

/** The cells of the large sheets, read by streaming as the core reads them. */
async function streamCells(
  bytes: Uint8Array,
  parts: readonly LargePart[],
  progress?: (done: number, total: number | undefined, phase: "read" | "write") => void,
): Promise<Map<string, StreamedCells>> {
  const byNumber = new Map(parts.map((part) => [String(part.number), part]));
  const found = new Map<string, StreamedCells>();
  const reader = new stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    sharedStrings: "cache",
    worksheets: "emit",
    styles: "ignore",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let read = 0;
  const total = parts.reduce((sum, part) => sum + (rowsDeclared(part) ?? 0), 0) || undefined;
  for await (const sheet of reader) {
    const part = byNumber.get(String((sheet as unknown as { id: string | number }).id));
    const cells: StreamedCells = { rows: [], uncomputed: [] };
    for await (const row of sheet) {
      if (!part) continue;
      cells.rows[row.number - 1] = rowCells(row.values as CellValue[], row.number, cells.uncomputed);
      read += 1;
      if (read % PROGRESS_EVERY === 0) progress?.(read, total, "read");
    }
    if (part) found.set(part.name, cells);
  }
  if (read >= PROGRESS_EVERY) progress?.(read, total, "read");
  return found;
}

/** A row's cells (0-based), formulas without a cached result named by their address. */
function rowCells(values: readonly CellValue[], row: number, uncomputed: string[]): Cell[] {
  const cells: Cell[] = new Array<Cell>(Math.max(values.length - 1, 0)).fill(null);
  for (let column = 1; column < values.length; column += 1) {
    const value = values[column];
    if (value === undefined || value === null) continue;
    if (typeof value === "object" && ("formula" in value || "sharedFormula" in value) && (value as { result?: unknown }).result == null) {
      uncomputed.push(formatRangeAddress({ top: row, left: column, bottom: row, right: column }));
    }
    cells[column - 1] = cellFromXlsx(value);
  }
  return cells;
}

/** The rows a sheet part says it spans (its `<dimension ref="A1:I200001">`), for the progress shown. */
function rowsDeclared(part: LargePart): number | undefined {
  const head = part.xml.subarray(0, part.bounds.start).toString("latin1");
  const match = /<dimension\b[^>]*\bref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(head);
  return match ? Number(match[1]) : undefined;
}

/** exceljs's style manager holding the original file's fonts, fills, borders, formats and cell styles first, at their indices. */
async function seededStyles(xml: Buffer | undefined): Promise<unknown> {
  const writer = new StylesXform(true);
  if (!xml) return writer;
  const parsed = new StylesXform();
  await parsed.parseStream(Readable.from([xml]));
  const model = parsed.model as Record<string, unknown[] | undefined>;
  writer.model = { styles: [], numFmts: [], fonts: [], borders: [], fills: [], dxfs: [] };
  writer.initIndex();
  writer.weakMap = new WeakMap();
  const seed = (list: string[], index: Record<string, number>, xml: string) => {
    index[xml] ??= list.length;
    list.push(xml);
  };
  for (const font of model.fonts ?? []) seed(writer.model.fonts, writer.index.font, writer.map.font.toXml(font));
  for (const fill of model.fills ?? []) seed(writer.model.fills, writer.index.fill, writer.map.fill.toXml(fill));
  for (const border of model.borders ?? []) seed(writer.model.borders, writer.index.border, writer.map.border.toXml(border));
  let nextFormat = 164;
  for (const format of (model.numFmts ?? []) as { id: number; formatCode: string }[]) {
    writer.model.numFmts.push(writer.map.numFmt.toXml(format));
    writer.index.numFmt[format.formatCode] ??= format.id;
    nextFormat = Math.max(nextFormat, format.id + 1);
  }
  // As exceljs writes every style: attached to the one cell style it writes (xfId 0).
  for (const style of (model.styles ?? []) as Record<string, unknown>[])
    seed(writer.model.styles, writer.index.style, writer.map.style.toXml({ ...style, xfId: 0 }));
  if (writer.model.styles.length === 0) writer._addStyle({ numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 });
  // New formats numbered after the file's own (exceljs counts from 164 + how many it holds).
  writer._addNumFmtStr = function addFormat(this: typeof writer, formatCode: string): number {
    const builtIn = NumFmtXform.getDefaultFmtId(formatCode);
    if (builtIn !== undefined) return builtIn;
    const known = this.index.numFmt[formatCode];
    if (known !== undefined) return known;
    const id = nextFormat++;
    this.index.numFmt[formatCode] = id;
    this.model.numFmts.push(this.map.numFmt.toXml({ id, formatCode }));
    return id;
  };
  return writer;
}

const NumFmtXform = require("exceljs/lib/xlsx/xform/style/numfmt-xform");

/** exceljs's shared strings holding the original file's strings first, at their indices. */
async function seededStrings(xml: Buffer | undefined): Promise<unknown> {
  if (!xml) return new SharedStringsXform();
  const parsed = new SharedStringsXform();
  await parsed.parseStream(Readable.from([xml]));
  const values = [...(parsed.model.values as unknown[])];
  // The references the original cells make (the root's `count`), to which exceljs adds its own.
  const count = Number(/<sst\b[^>]*\bcount="(\d+)"/.exec(xml.subarray(0, 1024).toString("latin1"))?.[1] ?? values.length);
  const writer = new SharedStringsXform({ values, count });
  values.forEach((value, index) => {
    if (typeof value === "string") writer.hash[value] ??= index;
    else writer.rich[writer.sharedStringXform.toXml(value)] ??= index;
  });
  return writer;
}

interface PrepModel {
  [key: string]: unknown;
  creator?: string;
  lastModifiedBy?: string;
  created?: Date;
  modified?: Date;
  properties: { date1904?: boolean };
  media: unknown;
  worksheets: { tables: { target?: string; id?: number }[] }[];
}

/** exceljs's `XLSX.prepareModel` (4.4.0), with the seeded styles and shared strings in place of new ones. */
function prepareSeeded(model: PrepModel, _options: object, styles: unknown, strings: unknown): void {
  model.creator = model.creator || "ExcelJS";
  model.lastModifiedBy = model.lastModifiedBy || "ExcelJS";
  model.created = model.created || new Date();
  model.modified = model.modified || new Date();
  model.useSharedStrings = true;
  model.useStyles = true;
  model.sharedStrings = strings;
  model.styles = styles;
  const workbookXform = new WorkbookXform();
  const worksheetXform = new WorksheetXform();
  workbookXform.prepare(model);
  const worksheetOptions = {
    sharedStrings: model.sharedStrings,
    styles: model.styles,
    date1904: model.properties.date1904,
    drawingsCount: 0,
    media: model.media,
    drawings: (model.drawings = []),
    commentRefs: (model.commentRefs = []),
  };
  let tableCount = 0;
  const tables: unknown[] = (model.tables = []);
  for (const worksheet of model.worksheets) {
    for (const table of worksheet.tables) {
      tableCount += 1;
      table.target = `table${tableCount}.xml`;
      table.id = tableCount;
      tables.push(table);
    }
    worksheetXform.prepare(worksheet, worksheetOptions);
  }
}
