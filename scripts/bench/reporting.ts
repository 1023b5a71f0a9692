/**
 * Benchmark of the bilans (`npm run bench:reporting -- [LINES…]`): on generated territories
 * (the ventilation benchmark's, with buyers, modes and contract types added), the time to build
 * the base (ventilation with the line-by-month detail), the bilans of each grouping, and the masks
 * of the buyers' export. Prints one JSON line per size.
 */
import { dayFromIso } from "../../domain";
import { baseFromJson, buildBilans, setMasks, type Grouping } from "../../domain/reporting";
import { nationalPack } from "../../src/composition/root";
import { generateTerritory } from "./territory";

const BUYERS = 8;

function territory(lines: number) {
  const generated = generateTerritory(lines);
  return {
    markets: generated.markets.map((market, index) => ({ ...market, buyer: `B${(index % BUYERS) + 1}` })),
    lines: generated.lines.map((line, index) => ({
      ...line,
      mode: index % 3 ? "embauche-directe" : "mise-a-disposition",
      contractType: index % 2 ? "CDD" : "CDI",
    })),
    windows: generated.windows,
  };
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, Math.round(performance.now() - start)];
}

const pack = nationalPack();
for (const size of (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["10000", "100000"]).map(Number)) {
  const input = territory(size);
  const [base, baseMs] = timed(() => baseFromJson(input, pack, dayFromIso("2026-11-26")));
  const bilans: Record<string, number> = {};
  for (const grouping of ["buyer", "contract", "company", "year"] as Grouping[])
    bilans[grouping] = timed(() => buildBilans(base, pack, grouping, null))[1];
  const set = buildBilans(base, pack, "buyer", null);
  const [masks, masksMs] = timed(() => setMasks(set, 5));
  console.log(
    JSON.stringify({
      lines: size,
      contracts: base.contracts.length,
      shares: base.shares.length,
      baseMs,
      bilansMs: bilans,
      buyerMasks: masks.size,
      masksMs,
    }),
  );
}
