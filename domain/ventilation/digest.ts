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
 * `sha256:` and the hex digest of the canonical request, hashed chunk by chunk.
 *
 * @example
 * requestDigest({ markets: [], lines: [], windows: [] }) === digestOf({ lines: [], markets: [], windows: [] }) // => true
 */
export function requestDigest(request: DigestedRequest): string {
  const hash = sha256.create();
  canonicalRequestChunks(request, (chunk) => hash.update(utf8ToBytes(chunk)));
  return `sha256:${bytesToHex(hash.digest())}`;
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
