/**
 * `npx clauses <command> [options]`: the core on JSON and .xlsx files, for batch work and for
 * anyone without Excel. Commands come from the plugins' registry. Exit codes: 0 done, 2 bad input
 * or bad usage (a French message on stderr names what to fix), 1 unexpected failure.
 *
 * This is the only place of the CLI that touches Node: files, stdin, stdout, exit code.
 */
import { spawnSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { applyTerritoryPack, errorsOf, todayDay, type RulePack } from "../../domain";
import { installNationalPack, nationalPack, plugins, ruleSections } from "../composition/root";
import type { CommandContext, CommandDefinition } from "../plugins/types";
import { UsageError } from "../plugin-kit/cli/arguments";
import { argumentError, invalidJson, moreErrors, notAnObject, unreadableFile } from "./errors";
import { OutputFiles } from "./output-files";
import { workbookFiles } from "./workbook-files";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Progress of long reads and writes, one line at a time (absent: none shown). */
  progress?: (text: string) => void;
}

/**
 * Where progress goes: a terminal's stderr, each line written over the last; nothing when stderr is
 * not a terminal (a pipe, a file, a test), so logs and stdout's JSON stay clean.
 *
 * @example
 * progressSink(process.stderr)?.("lecture : 10 000 lignes sur 200 000")
 */
export function progressSink(stream: { isTTY?: boolean; write: (text: string) => unknown }): ((text: string) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (text) => void stream.write(`\r${text}\x1b[K`);
}

const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: progressSink(process.stderr),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

/** Errors listed on stderr; the others are counted. */
const MAX_ERRORS_SHOWN = 200;

const GLOBAL_OPTIONS = { rules: { type: "string" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } } as const;

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
  let outputs: OutputFiles | null = null;
  let printed = "";
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
    outputs = new OutputFiles({ force: values.force === true });
    // stdout (the JSON result) is held until the files are in place: it never announces a file that is not there.
    let progressShown = false;
    const progress = io.progress;
    const buffered: Io = {
      ...io,
      stdout: (text) => void (printed += text),
      progress: progress && ((text) => ((progressShown = true), progress(text))),
    };
    const context = await contextFor(values as CommandContext["values"], positionals, buffered, outputs);
    // The last progress line is ended, so what stderr says next starts on a line of its own.
    const code = await command.run(context).finally(() => progressShown && io.stderr("\n"));
    if (code === 0) await outputs.commit();
    else await outputs.abort();
    io.stdout(printed);
    return code;
  } catch (error) {
    await outputs?.abort();
    io.stdout(printed);
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
    "Options communes : --rules PAQUET.json (paquet de règles de votre territoire), --force (remplace un fichier résultat existant), --help.",
    "Codes de sortie : 0 terminé, 2 entrée ou commande invalide (message sur stderr), 1 erreur inattendue.",
    "",
  ].join("\n");
}

async function contextFor(values: CommandContext["values"], positionals: string[], io: Io, outputs: OutputFiles): Promise<CommandContext> {
  const readText = async (path: string) => {
    outputs.noteInput(path);
    return path === "-" ? io.readStdin() : readInputFile(path);
  };
  const readJson = async (path: string) => parseJson(await readText(path), path);
  const pack = typeof values.rules === "string" ? await territoryPack(await readJson(values.rules)) : nationalPack();
  return {
    values,
    positionals,
    readJson,
    readBytes: async (path) => {
      outputs.noteInput(path);
      return new Uint8Array(await readFile(path));
    },
    readChunks: (path) => {
      outputs.noteInput(path);
      return readChunks(path);
    },
    writeBytes: (path, bytes) => outputs.write(path, bytes),
    updateBytes: (path, bytes) => outputs.update(path, bytes),
    convertToPdf,
    stdout: io.stdout,
    stderr: io.stderr,
    progress: io.progress,
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
    throw unreadableFile(path);
  }
}

/** JSON text, a leading byte-order mark accepted (Notepad saves UTF-8 with one). */
function parseJson(text: string, path: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw invalidJson(path, (error as Error).message);
  }
  // Every input of the CLI is an object (or a list): `null`, a number or a string is refused here, by name.
  if (value === null || typeof value !== "object") throw notAnObject(path, value);
  return value;
}

async function territoryPack(json: unknown): Promise<RulePack> {
  return applyTerritoryPack(nationalPack(), json, ruleSections());
}

function report(error: unknown, io: Io): number {
  const errors = errorsOf(error);
  if (errors.length > 0) {
    // The first ones, and how many more: a file of thousands of bad rows stays readable.
    const counted = errors.find((found) => found.code === "input.truncated");
    const located = errors.filter((found) => found !== counted);
    const shown = located.slice(0, MAX_ERRORS_SHOWN).map((found) => found.message);
    if (counted) shown.push(counted.message);
    else if (located.length > MAX_ERRORS_SHOWN) shown.push(moreErrors(located.length - MAX_ERRORS_SHOWN));
    io.stderr(`${shown.join("\n")}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`${error.message}\n`);
    return 2;
  }
  if ((error as { code?: string })?.code?.startsWith?.("ERR_PARSE_ARGS")) {
    io.stderr(`${argumentError(error as { code: string; message: string }).message}\n`);
    return 2;
  }
  io.stderr(`Erreur inattendue : ${(error as Error)?.message ?? String(error)}\n`);
  return 1;
}
