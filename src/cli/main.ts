/**
 * `npx clauses <command> [options]`: the core on JSON and .xlsx files, for batch work and for
 * anyone without Excel. Commands come from the plugins' registry. Exit codes: 0 done, 2 bad input
 * or bad usage (a French message on stderr names what to fix), 1 unexpected failure.
 *
 * This is the only place of the CLI that touches Node: files, stdin, stdout, exit code.
 */
import { spawnSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { applyTerritoryPack, errorsOf, todayDay, type RulePack } from "../../domain";
import { installNationalPack, nationalPack, plugins, ruleSections } from "../composition/root";
import type { CommandContext, CommandDefinition } from "../plugins/types";
import { UsageError } from "../plugin-kit/cli/arguments";
import { workbookFiles } from "./workbook-files";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

const GLOBAL_OPTIONS = { rules: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

/**
 * Runs one command line and returns the exit code (never throws).
 *
 * @example
 * await main(["size", "--input", "lots.json"]) // prints the sizing as JSON, returns 0
 */
export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  installNationalPack();
  const [name, ...rest] = argv;
  const commands = availableCommands();
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help(await loadAll(commands)));
    return name ? 0 : 2;
  }
  const load = commands.get(name);
  if (!load) {
    io.stderr(`Commande inconnue « ${name} ». Commandes : ${[...commands.keys()].join(", ")} (clauses --help).\n`);
    return 2;
  }
  const command = await load();
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout(`${command.summary}\nUsage : ${command.usage}\n`);
      return 0;
    }
    const context = await contextFor(values as CommandContext["values"], positionals, io);
    return await command.run(context);
  } catch (error) {
    return report(error, io);
  }
}

function availableCommands(): Map<string, () => Promise<CommandDefinition>> {
  return new Map(plugins.flatMap((plugin) => Object.entries(plugin.commands ?? {})));
}

async function loadAll(commands: Map<string, () => Promise<CommandDefinition>>): Promise<[string, CommandDefinition][]> {
  return Promise.all([...commands].map(async ([name, load]) => [name, await load()] as [string, CommandDefinition]));
}

function help(commands: readonly [string, CommandDefinition][]): string {
  const lines = commands.map(([name, command]) => `  ${name.padEnd(12)} ${command.summary}`);
  return [
    "clauses : le complément Excel du facilitateur de la clause sociale, en ligne de commande.",
    "",
    "Commandes :",
    ...lines,
    "",
    "Options communes : --rules PAQUET.json (paquet de règles de votre territoire), --help.",
    "Codes de sortie : 0 terminé, 2 entrée ou commande invalide (message sur stderr), 1 erreur inattendue.",
    "",
  ].join("\n");
}

async function contextFor(values: CommandContext["values"], positionals: string[], io: Io): Promise<CommandContext> {
  const readText = async (path: string) => (path === "-" ? io.readStdin() : readInputFile(path));
  const readJson = async (path: string) => parseJson(await readText(path), path);
  const pack = typeof values.rules === "string" ? await territoryPack(await readJson(values.rules)) : nationalPack();
  return {
    values,
    positionals,
    readJson,
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    readChunks,
    writeBytes: async (path, bytes) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
    },
    convertToPdf,
    stdout: io.stdout,
    stderr: io.stderr,
    pack,
    today: todayDay(),
    plugins,
    workbooks: workbookFiles,
  };
}

/**
 * An .xlsx converted by LibreOffice (headless, a private profile per call so parallel runs never
 * share one). A French usage error when LibreOffice is not installed.
 */
async function convertToPdf(xlsx: Uint8Array): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), "clauses-pdf-"));
  try {
    const input = join(work, "bilan.xlsx");
    await writeFile(input, xlsx);
    const profile = pathToFileURL(join(work, "profile")).href;
    const run = spawnSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, input],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    if (run.error) throw new UsageError("le PDF demande LibreOffice (commande soffice), absent de cette machine : utilisez --format xlsx");
    try {
      return new Uint8Array(await readFile(join(work, "bilan.pdf")));
    } catch {
      throw new UsageError(`LibreOffice n'a pas produit le PDF (${run.stderr.trim() || "sans message"})`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A file as a stream of 1 MB chunks; a French usage error when it cannot be opened. */
async function* readChunks(path: string): AsyncIterable<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR") {
      throw new UsageError(`impossible de lire le fichier « ${path} » (vérifiez le chemin)`);
    }
    throw error;
  } finally {
    stream.destroy();
  }
}

async function readInputFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new UsageError(`impossible de lire le fichier « ${path} » (vérifiez le chemin)`);
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = path === "-" ? "l'entrée standard" : `« ${path} »`;
    throw new UsageError(`${where} n'est pas du JSON valide (${(error as Error).message})`);
  }
}

async function territoryPack(json: unknown): Promise<RulePack> {
  return applyTerritoryPack(nationalPack(), json, ruleSections());
}

function report(error: unknown, io: Io): number {
  const errors = errorsOf(error);
  if (errors.length > 0) {
    io.stderr(`${errors.map((found) => found.message).join("\n")}\n`);
    return 2;
  }
  if (error instanceof UsageError || (error as { code?: string })?.code?.startsWith?.("ERR_PARSE_ARGS")) {
    io.stderr(`${(error as Error).message}\n`);
    return 2;
  }
  io.stderr(`Erreur inattendue : ${(error as Error)?.message ?? String(error)}\n`);
  return 1;
}
