/**
 * Benchmark of the bilans (`npm run bench:reporting -- [LINES…]`): on generated territories
 * (the ventilation benchmark's, with buyers, modes and contract types added), the time to build
 * the base (ventilation with the line-by-month detail), the bilans of each grouping, and the
 * protection of a release (every grouping masked together). Prints one JSON line per size, then
 * the share of people cells hidden on the demo territory (2026, and January–June) — masks decided
 * grouping by grouping (frozen in test/fixtures), linked tables with elimination only, and linked
 * tables with witnesses (the protection in force).
 */
import fixture from "../../test/fixtures/grouping-masks-2026-11.json";
import { demoTerritoryJson } from "../../src/demo/territory-json";
import { dayFromIso, DomainError } from "../../domain";
import {
  baseFromJson,
  buildBilans,
  earlierRelease,
  releaseProtection,
  releaseRecord,
  reportView,
  scopeKey,
  type Grouping,
  type ReportView,
} from "../../domain/reporting";
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

/** A refusal (a release too large to be protected together, with `BENCH_WITHHOLD=0`) is a result too: printed, with the time it took to decide. */
function refusedOr<T>(run: () => T): T | { refused: string } {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError && error.code.startsWith("reporting.release.")) return { refused: error.code };
    throw error;
  }
}

// BENCH_BUDGET=steps overrides the protection's budget (to measure what a larger one would cost).
// BENCH_WITHHOLD=0 refuses such a release instead of giving it withheld (the behaviour before the fallback).
const budget = {
  ...(process.env["BENCH_BUDGET"] ? { budget: Number(process.env["BENCH_BUDGET"]) } : {}),
  ...(process.env["BENCH_WITHHOLD"] === "0" ? { withhold: false } : {}),
};
const pack = nationalPack();
for (const size of (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["10000", "100000"]).map(Number)) {
  const input = territory(size);
  const [base, baseMs] = timed(() => baseFromJson(input, pack, dayFromIso("2026-11-26")));
  const bilans: Record<string, number> = {};
  for (const grouping of ["buyer", "contract", "company", "year"] as Grouping[])
    bilans[grouping] = timed(() => buildBilans(base, pack, grouping, null))[1];
  const set = buildBilans(base, pack, "buyer", null);
  const [protection, masksMs] = timed(() => refusedOr(() => releaseProtection(set, [], budget)));
  if ("refused" in protection) {
    console.log(JSON.stringify({ lines: size, contracts: base.contracts.length, refused: protection.refused, masksMs }));
    continue;
  }
  if (protection.withheld && !protection.families) {
    // Given without its people figures (withheld.ts, the ladder's last step): the time it took to decide.
    console.log(JSON.stringify({ lines: size, contracts: base.contracts.length, step: 3, withheld: protection.withheld, masksMs }));
    continue;
  }
  console.log(
    JSON.stringify({
      lines: size,
      contracts: base.contracts.length,
      // The ladder's step: 1 the whole release, 2 its outcomes left out (why step 1 failed in `withheld`).
      step: protection.families ? 2 : 1,
      ...(protection.withheld ? { withheld: protection.withheld, families: protection.families } : {}),
      shares: base.shares.length,
      baseMs,
      bilansMs: bilans,
      peopleCellsHidden: protection.counts.hidden,
      peopleCells: protection.counts.cells,
      masksMs,
      steps: protection.counts.steps,
      // The heap after the protection (its index of people's moves is the largest structure it builds).
      heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
    }),
  );
}

/** Published people cells of views (each distinct cell once) and how many are hidden. */
function share(views: readonly ReportView[]): { hidden: number; cells: number } {
  const cells = new Map<string, boolean>();
  for (const view of views)
    for (const bilan of [view.total, ...view.bilans]) {
      const scope = `${bilan.scope.kind}:${bilan.scope.id ?? ""}:${bilan.period?.from ?? ""}`;
      const add = (name: string, count: number | string) => cells.set(`${scope}|${name}`, typeof count === "string");
      add("people", bilan.participants.total);
      add("employment", bilan.employmentContracts.total);
      const people = bilan.participants as unknown as Record<string, unknown>;
      for (const name of ["sex", "ageBand", "qpv", "exit", "after6Months"])
        for (const part of (people[name] as { code: string; count: number | string }[] | undefined) ?? [])
          add(`${name}.${part.code}`, part.count);
      if (people["dynamicExits"] !== undefined) add("dynamic", people["dynamicExits"] as number | string);
      for (const part of (bilan.employmentContracts as { byType?: { code: string; count: number | string }[] }).byType ?? [])
        add(`employment.${part.code}`, part.count);
      for (const row of bilan.contracts) add(`contract.${row.id}`, row.participants);
    }
  return { hidden: [...cells.values()].filter(Boolean).length, cells: cells.size };
}

const demo = baseFromJson(demoTerritoryJson(), pack, dayFromIso("2026-11-26"));
const percent = (part: { hidden: number; cells: number }) =>
  `${part.hidden} / ${part.cells} (${(Math.round((1000 * part.hidden) / part.cells) / 10).toLocaleString("fr-FR")} %)`;
const before = share((fixture as unknown as { demo: { view: ReportView }[] }).demo.map((held) => held.view));
for (const period of [
  { from: "2026-01", to: "2026-12" },
  { from: "2026-01", to: "2026-06" },
]) {
  const sets = (["buyer", "contract", "company", "year"] as Grouping[]).map((grouping) => buildBilans(demo, pack, grouping, period));
  const hidden = (method: "elimination" | "witnesses") => {
    const [linked, ms] = timed(() => releaseProtection(sets[0] as (typeof sets)[number], [], { method }));
    return `${percent(share(sets.map((set) => reportView(set, "buyer", linked))))} en ${ms} ms`;
  };
  const grouped = period.to === "2026-12" ? `regroupement par regroupement ${percent(before)} ; ` : "";
  console.log(
    `Démo ${period.from}:${period.to}, cases de personnes masquées (toutes les vues acheteur) : ${grouped}liées, élimination seule ${hidden("elimination")} ; liées, témoins ${hidden("witnesses")}`,
  );
}

/** Every bilan of every grouping: what a recipient may hold. */
function scopesOf(sets: readonly ReturnType<typeof buildBilans>[]): string[] {
  return sets.flatMap((set) => [set.total, ...set.bilans].map((bilan, index) => scopeKey(bilan, index === 0 ? null : set.grouping)));
}

// January–June, then January–December protected with it (the demo's withheld case, docs/reporting.md).
{
  const sets = (period: { from: string; to: string }) =>
    (["buyer", "contract", "company", "year"] as Grouping[]).map((grouping) => buildBilans(demo, pack, grouping, period));
  const half = sets({ from: "2026-01", to: "2026-06" });
  const first = releaseProtection(half[0] as (typeof half)[number]);
  const record = releaseRecord(reportView(half[0] as (typeof half)[number], "buyer", first), "buyer:buyer", scopesOf(half), first.masks);
  const year = sets({ from: "2026-01", to: "2026-12" });
  const [second, ms] = timed(() => releaseProtection(year[0] as (typeof year)[number], [earlierRelease(record)], budget));
  console.log(
    `Démo janvier–décembre après janvier–juin : ${second.withheld ? (second.families ? `sans sorties (${second.withheld})` : `sans effectifs (${second.withheld})`) : "protégée"}, cases de personnes masquées ${percent(share(year.map((set) => reportView(set, "buyer", second))))} en ${ms} ms`,
  );
}
