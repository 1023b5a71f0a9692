/**
 * Every file a command writes goes through one `OutputFiles`: nothing reaches its final name before
 * the command has finished without error, and a file that was read is never written over.
 *
 * - Each output is compared with every file the command read by what it *is* (device and inode,
 *   after symlinks; then by resolved real path), so `$PWD/wb.xlsx`, `../dir/wb.xlsx`, a symlink, a
 *   hard link or another case on a case-insensitive disk are all seen as the input.
 * - An existing output is refused unless `--force`; a folder is always refused.
 * - Bytes go to a temporary file beside the target (same folder, so the final rename is atomic),
 *   or, when the target's folder does not exist yet, into a temporary folder beside the first
 *   missing folder, renamed into place at the end: a multi-file export into a new folder appears
 *   whole or not at all.
 */
import { randomBytes } from "node:crypto";
import { mkdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { outputExists, outputFailed, outputIsFolder, outputIsInput, outputTwice } from "./errors";

interface Staged {
  /** The path as the user wrote it (for messages). */
  shown: string;
  target: string;
  /** Where the bytes are until the commit (inside `folder.temp` when the folder is new). */
  temp: string;
  folder: NewFolder | null;
}

/** A folder that does not exist yet: its files are written in `temp`, renamed to `target` at the end. */
interface NewFolder {
  target: string;
  temp: string;
}

export class OutputFiles {
  private readonly inputs = new Map<string, string>();
  private readonly staged = new Map<string, Staged>();
  private readonly folders = new Map<string, NewFolder>();

  /**
   * @example
   * const outputs = new OutputFiles({ force: false });
   */
  constructor(private readonly options: { force: boolean }) {}

  /**
   * Records a file the command read (checked against every output).
   *
   * @example
   * outputs.noteInput("classeur.xlsx");
   */
  noteInput(path: string): void {
    if (path !== "-") this.inputs.set(resolve(path), path);
  }

  /**
   * Writes `bytes` for `path` in a temporary place (see the module comment).
   *
   * @throws UsageError when the path is an input, a folder, an existing file without --force, or written twice
   * @example
   * await outputs.write("bilans/acheteur.xlsx", bytes);
   */
  async write(path: string, bytes: Uint8Array): Promise<void> {
    const target = await canonical(path);
    if (this.staged.has(key(target))) throw outputTwice(path);
    await this.checkTarget(path, target);
    const folder = await this.newFolderFor(dirname(target));
    const temp = folder
      ? join(folder.temp, relative(folder.target, target))
      : join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.clauses-tmp`);
    try {
      await mkdir(dirname(temp), { recursive: true });
      await writeFile(temp, bytes, { flag: "wx" });
    } catch (error) {
      throw outputFailed(path, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
    this.staged.set(key(target), { shown: path, target, temp, folder });
  }

  /**
   * Moves every staged file to its name (new folders at once), after checking once more that no
   * output is an input.
   *
   * @throws UsageError as `write` does, or when a rename fails (what was moved is removed again)
   * @example
   * await outputs.commit();
   */
  async commit(): Promise<void> {
    for (const staged of this.staged.values()) await this.checkTarget(staged.shown, staged.target);
    const moved: string[] = [];
    try {
      for (const folder of this.folders.values()) {
        await rename(folder.temp, folder.target);
        moved.push(folder.target);
      }
      for (const staged of this.staged.values()) {
        if (staged.folder) continue;
        await rename(staged.temp, staged.target);
        moved.push(staged.target);
      }
    } catch (error) {
      await Promise.all(moved.map((path) => rm(path, { recursive: true, force: true })));
      await this.abort();
      throw outputFailed([...this.staged.values()][0]?.shown ?? "", (error as NodeJS.ErrnoException).code ?? String(error));
    }
    this.staged.clear();
    this.folders.clear();
  }

  /**
   * Removes every temporary file and folder (the command failed: nothing is written).
   *
   * @example
   * await outputs.abort();
   */
  async abort(): Promise<void> {
    const temps = [...[...this.staged.values()].filter((staged) => !staged.folder).map((staged) => staged.temp)];
    temps.push(...[...this.folders.values()].map((folder) => folder.temp));
    await Promise.all(temps.map((path) => rm(path, { recursive: true, force: true })));
    this.staged.clear();
    this.folders.clear();
  }

  private async checkTarget(shown: string, target: string): Promise<void> {
    const found = await statOrNull(target);
    for (const [input, inputShown] of this.inputs) {
      if (key(await canonical(input)) === key(target)) throw outputIsInput(shown, inputShown);
      const read = await statOrNull(input);
      if (found && read && found.dev === read.dev && found.ino === read.ino) throw outputIsInput(shown, inputShown);
    }
    if (found?.isDirectory()) throw outputIsFolder(shown);
    if (found && !this.options.force) throw outputExists(shown);
  }

  /** The new folder (to create at the commit) that holds `folder`, or null when `folder` exists. */
  private async newFolderFor(folder: string): Promise<NewFolder | null> {
    let missing: string | null = null;
    for (let at = folder; ; at = dirname(at)) {
      const found = await statOrNull(at);
      if (found) {
        if (!found.isDirectory()) throw outputFailed(at, "ce n'est pas un dossier");
        break;
      }
      missing = at;
      if (dirname(at) === at) break;
    }
    if (!missing) return null;
    const known = [...this.folders.values()].find((entry) => missing === entry.target || !relative(entry.target, missing).startsWith(".."));
    if (known) return known;
    const entry = {
      target: missing,
      temp: join(dirname(missing), `.${basename(missing)}.${process.pid}-${randomBytes(4).toString("hex")}.clauses-tmp`),
    };
    this.folders.set(missing, entry);
    return entry;
  }
}

/** The absolute path with every existing part resolved (symlinks, `..`), the rest kept as written. */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  const rest: string[] = [];
  for (let at = absolute; ; at = dirname(at)) {
    try {
      return join(await realpath(at), ...rest.reverse());
    } catch {
      if (dirname(at) === at) return absolute;
      rest.push(basename(at));
    }
  }
}

/** Paths compared without case where the disk ignores it (macOS, Windows). */
function key(path: string): string {
  return process.platform === "darwin" || process.platform === "win32" ? path.toLowerCase() : path;
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}
