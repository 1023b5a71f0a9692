/**
 * One measurement, in its own process (so its peak memory is its own):
 *   generate N FILE            writes a territory of N lines to FILE
 *   cli COMMAND FILE [ARGS…]   runs `clauses COMMAND --input FILE` in process and times it
 *   parse FILE                 times reading FILE and JSON.parse of it (the floor of any command on it)
 *   column CONTRACTS LINES     times a calculated column: CONTRACTS calls of =CLAUSES.HOURS_VENTILATE
 * Prints one line of JSON.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { encodeTable, hoursTable, marketsTable } from "../../domain";
import { main, type Io } from "../../src/cli/main";
import { generateTerritory } from "./territory";

const MB = 1024 * 1024;

async function run(): Promise<unknown> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === "generate") {
    const territory = generateTerritory(Number(args[0]));
    writeFileSync(args[1] as string, JSON.stringify(territory));
    return {
      markets: territory.markets.length,
      lines: territory.lines.length,
      companies: new Set(territory.markets.map((m) => m.company)).size,
    };
  }
  if (mode === "cli") return cli(args[0] as string, args[1] as string, args.slice(2));
  if (mode === "parse") {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const parsed = JSON.parse(readFileSync(args[0] as string, "utf8")) as { lines?: unknown[] };
    const ms = performance.now() - started;
    return { code: 0, ms, cpuMs: cpuMsSince(cpu), lines: parsed.lines?.length ?? 0, peakMB: process.resourceUsage().maxRSS / 1024 };
  }
  if (mode === "column") return column(Number(args[0]), Number(args[1]));
  throw new Error(`mode inconnu ${mode}`);
}

/** CPU time of the process (every thread: the garbage collector's and the hash's too) since `from`, in ms: less moved than wall time by the others' load on a shared machine. */
function cpuMsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

async function cli(command: string, file: string, extra: string[]) {
  let outputBytes = 0;
  let errors = "";
  const io: Io = {
    stdout: (text) => void (outputBytes += text.length),
    stderr: (text) => void (errors += text),
    readStdin: async () => "",
  };
  // Load the command's modules first: the measure is the command's work, not TypeScript compilation.
  await main([command, "--help"], { ...io, stdout: () => undefined });
  const baseline = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const code = await main([command, "--input", file, ...extra], io);
  const ms = performance.now() - started;
  return {
    command,
    code,
    ms,
    cpuMs: cpuMsSince(cpu),
    peakMB: process.resourceUsage().maxRSS / 1024,
    baselineMB: baseline / MB,
    outputBytes,
    errors: errors.slice(0, 500),
  };
}

async function column(contracts: number, lines: number) {
  installCustomFunctionsStub();
  // As the functions bundle's entry does: the pack in force is the national one until a workbook's is loaded.
  (await import("../../src/composition/root")).installNationalPack();
  const { hoursVentilate } = await import("../../src/plugins/ventilation/functions");
  // The contracts of a territory large enough to have them all, and its first `lines` lines (which
  // reach every company: lines are dealt to companies in turn).
  const territory = generateTerritory(Math.max(lines, contracts * 50));
  const marches = encodeTable(marketsTable, territory.markets.slice(0, contracts)).slice(1);
  const heures = encodeTable(hoursTable, territory.lines.slice(0, lines)).slice(1);
  const ids = territory.markets.slice(0, contracts).map((market) => market.id);
  // Excel hands every call arrays of its own: the calls after the first get a copy (made here,
  // outside the timing), so the memo compares cell by cell and never matches by identity.
  const [marchesAgain, heuresAgain] = [copy(marches), copy(heures)];
  const invocation = {
    parameterAddresses: [`Marchés!A2:Q${marches.length + 1}`, `Heures!A2:I${heures.length + 1}`],
  } as unknown as CustomFunctions.Invocation;
  const started = performance.now();
  hoursVentilate(marches, heures, undefined, [[ids[0]]], undefined, invocation);
  const first = performance.now() - started;
  // One recalculation: the calls of a calculated column, in one task, with the addresses Excel gives.
  let again = performance.now();
  for (const id of ids.slice(1)) hoursVentilate(marchesAgain, heuresAgain, undefined, [[id]], undefined, invocation);
  const withAddresses = performance.now() - again;
  // Without addresses (the preview, or a host that does not give them): every call compares the
  // cells with the input kept (a third copy, so that no comparison is settled by identity).
  hoursVentilate(marchesAgain, heuresAgain, undefined, [[ids[0]]]);
  const [marchesThird, heuresThird] = [copy(marches), copy(heures)];
  again = performance.now();
  for (const id of ids.slice(1)) hoursVentilate(marchesThird, heuresThird, undefined, [[id]]);
  const withoutAddresses = performance.now() - again;
  const { ventilationMemoStats } = await import("../../src/plugins/ventilation/functions");
  return {
    contracts: marches.length,
    lines: heures.length,
    calls: ids.length,
    firstMs: first,
    withAddressesMs: withAddresses,
    withoutAddressesMs: withoutAddresses,
    memo: ventilationMemoStats(),
  };
}

/** A deep copy with strings of its own, as Excel's deserialised arguments are. */
function copy(rows: unknown[][]): unknown[][] {
  return JSON.parse(JSON.stringify(rows)) as unknown[][];
}

function installCustomFunctionsStub(): void {
  class CustomFunctionError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: () => undefined,
  };
}

run().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
