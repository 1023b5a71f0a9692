/**
 * Runs the real `clauses` command (bin/clauses.js) in a child process, as a user would.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const BIN = path.join(__dirname, "..", "..", "bin", "clauses.js");

/**
 * @example
 * const { code, stdout } = runCli(["size", "--input", "-"], JSON.stringify(input));
 */
export function runCli(args: readonly string[], stdin?: string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
