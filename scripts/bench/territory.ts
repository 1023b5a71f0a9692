/**
 * Generated territories for the benchmark: `lines` hour lines, about one contract per 50 lines and
 * one company per 7 contracts, seeded so every run measures the same data. Companies hold
 * overlapping contracts over two to three years; their lines are months, weeks or odd periods,
 * some direct, some before or after every contract (out of period), some of participants whose
 * countable window starts late (not countable).
 */
import { isoFromDay, dayFromIso } from "../../domain";
import type { HourLineInput, MarketInput, WindowInput } from "../../domain/ventilation";

export interface Territory {
  markets: MarketInput[];
  lines: HourLineInput[];
  windows: WindowInput[];
}

const ORIGIN = dayFromIso("2025-01-01");
const PARTICIPANTS_PER_COMPANY = 24;

/**
 * @example
 * generateTerritory(10_000).markets.length // => 200
 */
export function generateTerritory(lines: number, seed = 20261126): Territory {
  const random = mulberry32(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const contractCount = Math.max(1, Math.round(lines / 50));
  const companyCount = Math.max(1, Math.ceil(contractCount / 7));
  const markets: MarketInput[] = [];
  const spans: { start: number; end: number; contracts: MarketInput[] }[] = [];
  for (let company = 0; company < companyCount; company += 1) {
    const start = ORIGIN + between(0, 365);
    spans.push({ start, end: start, contracts: [] });
  }
  for (let index = 0; index < contractCount; index += 1) {
    const company = index % companyCount;
    const span = spans[company]!;
    const start = span.start + between(0, 540);
    const end = start + between(90, 720);
    const market = {
      id: `M${index + 1}`,
      company: `E${company + 1}`,
      start: isoFromDay(start),
      end: isoFromDay(end),
      obligation: between(20, 200) * 10,
      pooled: random() < 0.9,
    };
    markets.push(market);
    span.contracts.push(market);
    span.end = Math.max(span.end, end);
  }
  const out: HourLineInput[] = [];
  for (let index = 0; index < lines; index += 1) {
    const company = index % companyCount;
    const span = spans[company]!;
    const start = span.start - 60 + between(0, span.end - span.start + 120);
    const shape = random();
    const length = shape < 0.6 ? 30 : shape < 0.9 ? 6 : between(0, 60);
    const line: HourLineInput = {
      company: `E${company + 1}`,
      start: isoFromDay(start),
      end: isoFromDay(start + length),
      hours: Math.round((length + 1) * (3 + random() * 4) * 2) / 2,
      participant: `P${company + 1}-${between(1, PARTICIPANTS_PER_COMPANY)}`,
    };
    if (random() < 0.15 && span.contracts.length > 0) line.market = span.contracts[between(0, span.contracts.length - 1)]!.id;
    out.push(line);
  }
  const windows: WindowInput[] = [];
  for (let company = 0; company < companyCount; company += 1) {
    // Two participants per company become countable only some months into their work.
    for (const participant of [1, 2])
      windows.push({ participant: `P${company + 1}-${participant}`, from: isoFromDay(spans[company]!.start + between(60, 240)) });
  }
  return { markets, lines: out, windows };
}

/** A small seeded generator (mulberry32): the same seed gives the same territory. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
