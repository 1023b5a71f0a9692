/**
 * The layering holds: no file of src/ or domain/ imports itself back through others (type-only and
 * dynamic imports included). The checker is also tried on a small circle, to show it can fail.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
// The same checker `npm test` runs from the command line.
const { findCycles } = require("../../scripts/check/import-cycles") as {
  findCycles: (roots: string[]) => { files: number; cycles: string[][] };
};

const root = path.join(__dirname, "..", "..");

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cycles-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("import cycles", () => {
  it("finds none in src/ and domain/", () => {
    const { files, cycles } = findCycles([path.join(root, "src"), path.join(root, "domain")]);
    expect(files).toBeGreaterThan(100);
    expect(cycles.map((cycle) => cycle.map((file) => path.relative(root, file)))).toEqual([]);
  });

  it("finds a circle closed by a type-only import", () => {
    const dir = folderWith({
      "a.ts": 'import { b } from "./b";\nexport const a = b;\n',
      "b.ts": 'import type { A } from "./sub/c";\nexport const b: A = 1;\n',
      "sub/c.ts": 'export type { a as A } from "../a";\n',
    });
    expect(findCycles([dir]).cycles.map((cycle) => cycle.map((file) => path.relative(dir, file)))).toEqual([["a.ts", "b.ts", "sub/c.ts"]]);
  });

  it("finds a circle closed by a dynamic import, and ignores tests", () => {
    const dir = folderWith({
      "a.ts": 'export const load = () => import("./b");\n',
      "b.ts": 'import { load } from "./a";\nexport const b = load;\n',
      "c.ts": 'import { d } from "./d.test";\nexport const c = d;\n',
      "d.test.ts": 'import { c } from "./c";\nexport const d = c;\n',
    });
    expect(findCycles([dir]).cycles.map((cycle) => cycle.map((file) => path.relative(dir, file)))).toEqual([["a.ts", "b.ts"]]);
  });
});
