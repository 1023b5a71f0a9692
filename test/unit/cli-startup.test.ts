/**
 * The CLI starts without React: the registry it reads holds panel loaders, never panels, and the
 * command modules load the heavy libraries (exceljs, docx) only when a command needs them. Checked
 * in a child process, from Node's module cache, on the bundle (build/cli/clauses.cjs) and on the
 * sources (tsx), the two ways bin/clauses.js runs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

jest.setTimeout(120_000);

const root = path.join(__dirname, "..", "..");
const BIN = path.join(root, "bin", "clauses.js");
const PRELOAD = path.join(root, "test", "support", "loaded-modules.js");

/** The packages (node_modules/<name>) a Node process loaded, and its exit code. */
function packagesLoaded(args: string[], env: Record<string, string> = {}, input?: string): { code: number | null; packages: string[] } {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "cli-startup-")), "modules.json");
  const run = spawnSync(process.execPath, ["-r", PRELOAD, ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, ...env, LOADED_MODULES_OUT: out },
  });
  const files = JSON.parse(readFileSync(out, "utf8")) as string[];
  const packages = files.flatMap((file) => {
    const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file.split(/node_modules[\\/](?=.*node_modules)/).pop() ?? "");
    return match ? [match[1]!.replace(/\\/g, "/")] : [];
  });
  return { code: run.status, packages: [...new Set(packages)].sort() };
}

const UI = /^(react|react-dom|scheduler|@fluentui\/.*|@griffel\/.*)$/;

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], { cwd: root, encoding: "utf8" });
  expect(build.stderr).toBe("");
});

describe("the CLI's start", () => {
  it("is seen loading React when something does load it (the check can fail)", () => {
    expect(packagesLoaded(["-e", 'require("react")']).packages).toContain("react");
  });

  it.each([
    ["the bundle", {}],
    ["the sources", { CLAUSES_FROM_SOURCES: "1" }],
  ])("loads no React, Fluent UI, exceljs nor docx for --help, from %s", (_, env) => {
    const { code, packages } = packagesLoaded([BIN, "--help"], env);
    expect(code).toBe(0);
    expect(packages.filter((name) => UI.test(name) || name === "exceljs" || name === "docx")).toEqual([]);
  });

  it("loads no React for a command on a JSON file (size)", () => {
    const lot = JSON.stringify({ lots: [{ id: "1", amount: 500000, labourShare: 0.5 }] });
    const { code, packages } = packagesLoaded([BIN, "size", "--input", "-"], {}, lot);
    expect(code).toBe(0);
    expect(packages.filter((name) => UI.test(name))).toEqual([]);
  });
});
