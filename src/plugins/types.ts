/**
 * What a capability (plugin) declares, in one object: its task-pane panel, its custom functions'
 * French names, the workbook tables it reads and writes, its rule-pack section and its CLI
 * commands. The shell (navigation, function metadata, CLI, rule packs) is built from the registry
 * of these objects, so adding a capability is adding a folder and one registry line.
 */
import type { Day, DecodedRow, DomainError, RulePack, RuleSection, TableDef, TableRecord } from "../../domain";
import type { WorkbookPort } from "../workbook/port";

/**
 * The rule packs as a panel sees them: the workbook's pack, the pack in force (synchronously, for
 * rendering) and its changes, the sections a pack can have, and the facilitator's two actions.
 * Implemented by the shell (`src/rules/rules-service.ts`), wired by the composition root.
 */
export interface RulesPort {
  /** The workbook's pack (territory over national, or national), put in force for the functions too. */
  current(): Promise<RulePack>;
  /** Validates a territory pack (throws `ValidationFailed`) and, only when valid, stores it in the workbook. */
  importTerritoryPack(json: unknown): Promise<RulePack>;
  /** The pack a territory file would put in force, validated in full, nothing stored (throws `ValidationFailed`). */
  previewTerritoryPack(json: unknown): RulePack;
  /** Goes back to the national pack. */
  resetToNational(): Promise<RulePack>;
  /** The pack in force now (the national pack until the workbook's is loaded). */
  active(): RulePack;
  /** Calls `listener` whenever another pack is put in force; returns the unsubscribe function. */
  onChange(listener: (pack: RulePack) => void): () => void;
  /** Every section a pack can have (the core's, then the plugins'). */
  sections(): readonly RuleSection[];
}

/** What a panel receives by injection: it never reaches Office.js itself. */
export interface Services {
  workbook: WorkbookPort;
  rules: RulesPort;
  /** Today in Paris; injected so tests and the preview can fix it. */
  today: () => Day;
}

/** The props of every panel. */
export interface PanelProps {
  services: Services;
}

/**
 * A panel module, loaded on demand (`() => import("./SizingPanel")`). The component type is left
 * opaque here so the plugin contract (and with it the registry, the CLI and the functions bundle)
 * never loads React; the task pane turns it into a component.
 */
export type PanelLoader = () => Promise<{ default: (props: PanelProps) => unknown }>;

/** A workbook held in memory that the CLI reads from and writes to a file (.xlsx). */
export interface FileWorkbook extends WorkbookPort {
  /** What was read in a way the facilitator should know about (merged cells, formulas without a value), in French. */
  readonly warnings?: readonly string[];
  toBytes(): Promise<Uint8Array>;
}

/** What the shell lends the workbook commands: .xlsx files, the pipeline and the pack stored in a workbook. */
export interface WorkbookFiles {
  /**
   * Opens .xlsx bytes (throws a French `DomainError` when they are not a workbook). With
   * `largeSheets`, sheets of much XML are read by streaming and carried to the output as they were
   * (bounded memory; writing to them is refused: for commands that only read the facilitator's
   * tables, `clauses run`); `progress` receives French progress lines (a terminal only).
   */
  open(bytes: Uint8Array, options?: { largeSheets?: boolean; progress?: (text: string) => void }): Promise<FileWorkbook>;
  /** A new, empty workbook. */
  create(): Promise<FileWorkbook>;
  /** The rule pack stored in a workbook (territory over national), or the national pack. */
  packOf(workbook: WorkbookPort): Promise<RulePack>;
  /** Runs every step of the given plugins on a workbook and writes what they produce, all or nothing. */
  runPipeline(request: PipelineRequest): Promise<PipelineReport>;
}

export interface PipelineRequest {
  workbook: WorkbookPort;
  plugins: readonly PluginDefinition[];
  pack: RulePack;
  today: Day;
  /** Options of the run (`policy`…), recorded in the report. */
  options?: Readonly<Record<string, string | undefined>>;
}

export type StepStatus = "done" | "failed" | "skipped";

export interface PipelineReport {
  ok: boolean;
  /** The rule pack of the run (`national@2026.11.1`). */
  rulePack: string;
  options: Readonly<Record<string, string | undefined>>;
  /** Tables read and checked, with their number of rows. */
  read: { table: string; rows: number }[];
  steps: { plugin: string; status: StepStatus; errors: number }[];
  /** Tables written, with their number of rows (empty when the run failed). */
  written: { table: string; rows: number }[];
  errors: DomainError[];
  /** Each step's result, by plugin id. */
  results: Record<string, unknown>;
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
   * Rewrites a file the command keeps up to date by design (the releases register: read, then
   * completed), staged and renamed at the end like every output; absent where a face has none.
   */
  updateBytes?: (path: string, bytes: Uint8Array) => Promise<void>;
  /**
   * Converts an .xlsx to PDF with LibreOffice when this machine has it (`soffice`); absent
   * otherwise (tests, machines without it): commands then say PDF is not available here.
   */
  convertToPdf?: (xlsx: Uint8Array) => Promise<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Where long reads and writes say how far they are (« lecture : 120 000 lignes sur 200 000 »):
   * stderr when it is a terminal, absent otherwise (stdout stays the JSON result).
   */
  progress?: (text: string) => void;
  /** The national pack, or the territory pack given with `--rules FILE`. */
  pack: RulePack;
  today: Day;
  /** Every registered plugin (the composition root's), for commands that run them all (`clauses run`). */
  plugins: readonly PluginDefinition[];
  /** .xlsx files and the pipeline, lent by the shell (loaded only by the commands that use them). */
  workbooks: WorkbookFiles;
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
  /** The panel, loaded on demand: `panel: () => import("./SizingPanel")`. */
  panel?: PanelLoader;
  commands?: Record<string, () => Promise<CommandDefinition>>;
  /** The plugin's part of the whole-workbook pipeline, if any. */
  pipeline?: PipelineStep;
  /**
   * Work the panel will need, started by the task pane once a workbook is open (off the page's
   * thread, where there are workers), one plugin after the other in the registry's order: the panel
   * then finds it done. Never writes; never rejects (a failure is the panel's to say).
   */
  prepare?: (services: Services) => Promise<void>;
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
