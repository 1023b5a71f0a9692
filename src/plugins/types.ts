/**
 * What a capability (plugin) declares, in one object: its task-pane panel, its custom functions'
 * French names, the workbook tables it reads and writes, its rule-pack section and its CLI
 * commands. The shell (navigation, function metadata, CLI, rule packs) is built from the registry
 * of these objects, so adding a capability is adding a folder and one registry line.
 */
import type { ComponentType, LazyExoticComponent } from "react";
import type { Day, DecodedRow, DomainError, RulePack, RuleSection, TableDef, TableRecord } from "../../domain";
import type { WorkbookPort } from "../workbook/port";
import type { RulesService } from "../rules/rules-service";

/** What a panel receives by injection: it never reaches Office.js itself. */
export interface Services {
  workbook: WorkbookPort;
  rules: RulesService;
  /** Today in Paris; injected so tests and the preview can fix it. */
  today: () => Day;
}

/** What the CLI gives a command: parsed arguments and I/O, so commands stay free of Node APIs. */
export interface CommandContext {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** Reads a JSON document from a path, or from stdin when the path is `-`. */
  readJson: (path: string) => Promise<unknown>;
  readBytes: (path: string) => Promise<Uint8Array>;
  /** Reads a file chunk by chunk (a 1 GB DECP file is never held whole in memory). */
  readChunks?: (path: string) => AsyncIterable<Uint8Array>;
  /** Writes a file, creating its folder when missing (`--out DIR`). */
  writeBytes: (path: string, bytes: Uint8Array) => Promise<void>;
  /**
   * Converts an .xlsx to PDF with LibreOffice when this machine has it (`soffice`); absent
   * otherwise (tests, machines without it): commands then say PDF is not available here.
   */
  convertToPdf?: (xlsx: Uint8Array) => Promise<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The national pack, or the territory pack given with `--rules FILE`. */
  pack: RulePack;
  today: Day;
}

export interface CommandDefinition {
  /** One line, French, for `clauses --help`. */
  summary: string;
  /** Usage line(s), French. */
  usage: string;
  options: Record<string, { type: "string" | "boolean"; short?: string }>;
  /** Returns the exit code: 0 done, 2 bad input, 1 failure. */
  run: (context: CommandContext) => Promise<number>;
}

/**
 * A plugin's step in the whole-workbook pipeline (`clauses run WORKBOOK.xlsx`, « Tout recalculer »):
 * it reads the standard tables (already decoded, every row located), uses the results of the steps
 * it comes after, and returns its own result plus the add-in-owned tables to write. The runner
 * writes every table of every step in one batch, or nothing if any step reports errors.
 */
export interface PipelineStep {
  /** Ids of the plugins whose results this step reads. */
  after?: readonly string[];
  run(input: PipelineInput): PipelineOutput | Promise<PipelineOutput>;
}

export interface PipelineInput {
  /** Decoded rows of each standard table present in the workbook, by table name (e.g. « Marchés »). */
  tables: Readonly<Record<string, readonly DecodedRow[]>>;
  pack: RulePack;
  today: Day;
  /** Options of the run (e.g. `policy`), as given on the command line or in the pane. */
  options: Readonly<Record<string, string | undefined>>;
  /** Results of earlier steps, by plugin id. */
  results: Readonly<Record<string, unknown>>;
}

export interface PipelineOutput {
  result?: unknown;
  write?: readonly { table: TableDef; records: readonly TableRecord[] }[];
  /** Problems found in the workbook's rows (located by table, row and column). */
  errors?: readonly DomainError[];
}

/** French metadata for one custom function (the build derives functions-fr.json from these). */
export interface FunctionTranslation {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
  result?: string;
}

export interface PluginDefinition {
  id: string;
  /** Navigation label, French (a verb: « Dimensionner »). */
  title: string;
  /** One sentence, French, under the panel's title. */
  summary: string;
  rules?: RuleSection;
  tables: { reads: readonly TableDef[]; writes: readonly TableDef[] };
  /** Custom function ids defined in the plugin's `functions.ts`. */
  functions?: readonly string[];
  panel?: LazyExoticComponent<ComponentType<{ services: Services }>>;
  commands?: Record<string, () => Promise<CommandDefinition>>;
  /** The plugin's part of the whole-workbook pipeline, if any. */
  pipeline?: PipelineStep;
}

/**
 * Declares a plugin (an identity that checks the shape).
 *
 * @example
 * export const sizingPlugin = definePlugin({ id: "sizing", title: "Dimensionner", … });
 */
export function definePlugin(plugin: PluginDefinition): PluginDefinition {
  return plugin;
}
