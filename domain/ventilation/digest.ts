/**
 * The digest of a ventilation request: `digestOf({ lines, markets, windows })` (SHA-256 of the
 * canonical JSON, keys sorted), written here line by line so a territory of a million lines is
 * hashed without building a replacer-driven JSON of it. Equal data give equal digests whatever
 * produced them (a JSON file, the workbook's tables); the policy and spread are recorded beside it.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import type { HourLineInput, MarketInput, WindowInput } from "./input";

export interface DigestedRequest {
  markets: readonly MarketInput[];
  lines: readonly HourLineInput[];
  windows: readonly WindowInput[];
}

const LINES_PER_CHUNK = 4096;

/**
 * Emits the canonical JSON of a request in chunks (their concatenation is `canonicalJson({ lines, markets, windows })`).
 *
 * @example
 * const parts: string[] = [];
 * canonicalRequestChunks({ markets: [], lines: [], windows: [] }, (chunk) => parts.push(chunk));
 * parts.join("") // => '{"lines":[],"markets":[],"windows":[]}'
 */
export function canonicalRequestChunks(request: DigestedRequest, emit: (chunk: string) => void): void {
  emit('{"lines":[');
  emitList(request.lines, canonicalLine, emit);
  emit('],"markets":[');
  emitList(request.markets, canonicalMarket, emit);
  emit('],"windows":[');
  emitList(request.windows, canonicalWindow, emit);
  emit("]}");
}

/**
 * `sha256:` and the hex digest of the canonical request.
 *
 * @example
 * requestDigest({ markets: [], lines: [], windows: [] }) === digestOf({ lines: [], markets: [], windows: [] }) // => true
 */
export function requestDigest(request: DigestedRequest): string {
  return `sha256:${bytesToHex(sha256(canonicalRequestBytes(request)))}`;
}

/**
 * The canonical JSON of a request as UTF-8 bytes (`utf8ToBytes` of the chunks' concatenation),
 * written straight into one buffer: a million lines give one 130 MB buffer to hash, not a string of
 * that size, then its copy as bytes, then the hash's own copy.
 *
 * @example
 * new TextDecoder().decode(canonicalRequestBytes({ markets: [], lines: [], windows: [] })) // => '{"lines":[],"markets":[],"windows":[]}'
 */
export function canonicalRequestBytes(request: DigestedRequest): Uint8Array<ArrayBuffer> {
  const out = new ByteWriter(request.lines.length * 140 + request.markets.length * 160 + 64);
  out.ascii('{"lines":[');
  request.lines.forEach((line, index) => {
    if (index > 0) out.byte(44);
    writeLine(out, line);
  });
  out.ascii('],"markets":[');
  request.markets.forEach((market, index) => {
    if (index > 0) out.byte(44);
    writeMarket(out, market);
  });
  out.ascii('],"windows":[');
  out.raw(utf8ToBytes(request.windows.map(canonicalWindow).join(",")));
  out.ascii("]}");
  return out.bytes.subarray(0, out.length);
}

/** A growing byte buffer, written ASCII-fast (JSON strings with anything to escape or beyond ASCII go through `JSON.stringify`). */
class ByteWriter {
  bytes: Uint8Array<ArrayBuffer>;
  length = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }

  private room(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(Math.floor(this.bytes.length * 1.5), this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  byte(value: number): void {
    this.room(1);
    this.bytes[this.length++] = value;
  }

  /** Text known to be printable ASCII (keys, numbers). */
  ascii(text: string): void {
    this.room(text.length);
    const { bytes } = this;
    let at = this.length;
    for (let index = 0; index < text.length; index += 1) bytes[at++] = text.charCodeAt(index);
    this.length = at;
  }

  raw(chunk: Uint8Array): void {
    this.room(chunk.length);
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** `JSON.stringify(value)`, as bytes. */
  string(value: string): void {
    this.room(value.length + 2);
    const { bytes } = this;
    let at = this.length;
    bytes[at++] = 34;
    for (let index = 0; index < value.length; index += 1) {
      const code = value.charCodeAt(index);
      if (code < 0x20 || code > 0x7e || code === 34 || code === 92) {
        this.raw(utf8ToBytes(JSON.stringify(value)));
        return;
      }
      bytes[at++] = code;
    }
    bytes[at++] = 34;
    this.length = at;
  }

  number(value: number): void {
    this.ascii(number(value));
  }
}

/** `canonicalLine`, as bytes. */
function writeLine(out: ByteWriter, line: HourLineInput): void {
  if (line.amountInvoiced === undefined) out.ascii('{"company":');
  else {
    out.ascii('{"amountInvoiced":');
    out.number(line.amountInvoiced);
    out.ascii(',"company":');
  }
  out.string(line.company);
  if (line.contractType !== undefined) {
    out.ascii(',"contractType":');
    out.string(line.contractType);
  }
  if (line.employer !== undefined) {
    out.ascii(',"employer":');
    out.string(line.employer);
  }
  out.ascii(',"end":');
  out.string(line.end);
  if (line.hours !== undefined) {
    out.ascii(',"hours":');
    out.number(line.hours);
  }
  if (line.market !== undefined) {
    out.ascii(',"market":');
    out.string(line.market);
  }
  if (line.mode !== undefined) {
    out.ascii(',"mode":');
    out.string(line.mode);
  }
  if (line.participant !== undefined) {
    out.ascii(',"participant":');
    out.string(line.participant);
  }
  out.ascii(',"start":');
  out.string(line.start);
  out.byte(125);
}

/** `canonicalMarket`, as bytes. */
function writeMarket(out: ByteWriter, market: MarketInput): void {
  if (market.buyer === undefined) out.ascii('{"company":');
  else {
    out.ascii('{"buyer":');
    out.string(market.buyer);
    out.ascii(',"company":');
  }
  out.string(market.company);
  out.ascii(',"end":');
  out.string(market.end);
  if (market.hourlyCost !== undefined) {
    out.ascii(',"hourlyCost":');
    out.number(market.hourlyCost);
  }
  out.ascii(',"id":');
  out.string(market.id);
  if (market.label !== undefined) {
    out.ascii(',"label":');
    out.string(market.label);
  }
  if (market.labourShare !== undefined) {
    out.ascii(',"labourShare":');
    out.number(market.labourShare);
  }
  out.ascii(',"obligation":');
  out.number(market.obligation);
  out.ascii(market.pooled ? ',"pooled":true,"start":' : ',"pooled":false,"start":');
  out.string(market.start);
  out.byte(125);
}

function emitList<T>(items: readonly T[], write: (item: T) => string, emit: (chunk: string) => void): void {
  for (let from = 0; from < items.length; from += LINES_PER_CHUNK) {
    const parts: string[] = [];
    for (let index = from; index < Math.min(items.length, from + LINES_PER_CHUNK); index += 1) parts.push(write(items[index] as T));
    emit((from > 0 ? "," : "") + parts.join(","));
  }
}

/** Characters JSON escapes (quote, backslash, controls, lone surrogates); other strings are written as they are. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify` of a string, without its cost for the ids and dates that need no escaping. */
const text = (value: string) => (NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`);
/** `JSON.stringify` of a number: finite numbers print as String() does. */
const number = (value: number) => (Number.isFinite(value) ? String(value) : "null");

function canonicalLine(line: HourLineInput): string {
  // Every field, keys in alphabetical order: the mode and contract type choose a counting rule, the
  // amount invoiced is converted, the employer is what the bilans report (two inputs that differ in
  // any of them never share a digest).
  let out = line.amountInvoiced === undefined ? "{" : `{"amountInvoiced":${number(line.amountInvoiced)},`;
  out += `"company":${text(line.company)}`;
  if (line.contractType !== undefined) out += `,"contractType":${text(line.contractType)}`;
  if (line.employer !== undefined) out += `,"employer":${text(line.employer)}`;
  out += `,"end":${text(line.end)}`;
  if (line.hours !== undefined) out += `,"hours":${number(line.hours)}`;
  if (line.market !== undefined) out += `,"market":${text(line.market)}`;
  if (line.mode !== undefined) out += `,"mode":${text(line.mode)}`;
  if (line.participant !== undefined) out += `,"participant":${text(line.participant)}`;
  return `${out},"start":${text(line.start)}}`;
}

function canonicalMarket(market: MarketInput): string {
  // Every field, keys in alphabetical order: the contract's own conversion (labour share, hourly
  // cost) changes the hours of its sub-contracted amounts; the buyer and label are what the bilans group and name.
  let out = market.buyer === undefined ? "{" : `{"buyer":${text(market.buyer)},`;
  out += `"company":${text(market.company)},"end":${text(market.end)}`;
  if (market.hourlyCost !== undefined) out += `,"hourlyCost":${number(market.hourlyCost)}`;
  out += `,"id":${text(market.id)}`;
  if (market.label !== undefined) out += `,"label":${text(market.label)}`;
  if (market.labourShare !== undefined) out += `,"labourShare":${number(market.labourShare)}`;
  return `${out},"obligation":${number(market.obligation)},"pooled":${market.pooled ? "true" : "false"},"start":${text(market.start)}}`;
}

function canonicalWindow(window: WindowInput): string {
  const parts: string[] = [];
  if (window.from !== undefined) parts.push(`"from":${text(window.from)}`);
  parts.push(`"participant":${text(window.participant)}`);
  if (window.reason !== undefined) parts.push(`"reason":${text(window.reason)}`);
  if (window.until !== undefined) parts.push(`"until":${text(window.until)}`);
  return `{${parts.join(",")}}`;
}
