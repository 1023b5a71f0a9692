#!/usr/bin/env node
/**
 * Import cycles among the TypeScript files of the given folders (default: src and domain). Type-only
 * and dynamic imports count: they are layering too. Prints the cycles found and exits 1 when there
 * is one; `npm test` runs it (and test/unit/import-cycles.test.ts calls `findCycles`).
 *
 * Usage: node scripts/check/import-cycles.js [FOLDER…]
 */
const fs = require("node:fs");
const path = require("node:path");

// `import … from "x"`, `export … from "x"` (type-only included) and `import("x")`.
const IMPORT = /(?:^|\s)(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gs;
const SKIPPED = /\.(test|e2e)\.tsx?$|\.d\.ts$/;

function sourceFiles(root) {
  const found = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") found.push(...sourceFiles(full));
    } else if (/\.tsx?$/.test(entry.name) && !SKIPPED.test(entry.name)) found.push(path.normalize(full));
  }
  return found;
}

function resolve(from, spec, known) {
  if (!spec.startsWith(".")) return undefined;
  const base = path.normalize(path.join(path.dirname(from), spec));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((candidate) => known.has(candidate));
}

/** The import graph: each file to the files it imports. */
function importGraph(roots) {
  const files = roots.flatMap((root) => sourceFiles(root));
  const known = new Set(files);
  const graph = new Map(files.map((file) => [file, new Set()]));
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(file, match[1] ?? match[2], known);
      if (target && target !== file) graph.get(file).add(target);
    }
  }
  return graph;
}

/**
 * The strongly connected components of more than one file (Tarjan's algorithm, iterative so deep
 * graphs do not overflow the stack), largest first.
 *
 * @example
 * findCycles(["src", "domain"]) // => [] when the layering holds
 */
function findCycles(roots) {
  const graph = importGraph(roots);
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const cycles = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [[start, [...graph.get(start)], 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, next] = frame;
      if (frame[2] < next.length) {
        const target = next[frame[2]++];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push([target, [...graph.get(target)], 0]);
        } else if (onStack.has(target)) low.set(node, Math.min(low.get(node), index.get(target)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1) cycles.push(component.sort());
      }
    }
  }
  return { files: graph.size, cycles: cycles.sort((a, b) => b.length - a.length) };
}

module.exports = { findCycles };

if (require.main === module) {
  const roots = process.argv.slice(2);
  const { files, cycles } = findCycles(roots.length > 0 ? roots : ["src", "domain"]);
  if (cycles.length === 0) {
    console.log(`no import cycle among ${files} files`);
  } else {
    console.error(`${cycles.length} import cycle(s) among ${files} files:`);
    for (const cycle of cycles) console.error(`  ${cycle.length} files: ${cycle.join(", ")}`);
    process.exitCode = 1;
  }
}
