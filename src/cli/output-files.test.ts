/**
 * The files the CLI writes (issue 17): an input is never written over, whatever the path used to
 * name it; existing files and folders are refused; a command that fails leaves nothing behind.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { digestOf } from "../../domain";
import { DEMO_XLSX_PATH } from "../demo/demo-xlsx";
import { demoTerritoryJson } from "../demo/territory-json";
import { memoryIo } from "../../test/support/memory-io";
import { main } from "./main";
import { OutputFiles } from "./output-files";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const digest = (file: string) => digestOf(readFileSync(file).toString("base64"));

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "clauses-out-"));
  copyFileSync(path.join(ROOT, DEMO_XLSX_PATH), path.join(dir, "wb.xlsx"));
  writeFileSync(path.join(dir, "t.json"), JSON.stringify(demoTerritoryJson()));
  return dir;
}

async function cli(args: string[], cwd?: string, stdin = "") {
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const io = memoryIo(stdin);
    const code = await main(args, io);
    return { code, out: io.out, err: io.err };
  } finally {
    process.chdir(before);
  }
}

describe("the input can be destroyed (defect: --out compared as text only)", () => {
  it("refuses --out naming the input by its absolute path, through .., or through a symlink, and leaves it unchanged", async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, "sub"));
    symlinkSync(path.join(dir, "wb.xlsx"), path.join(dir, "lien.xlsx"));
    const before = digest(path.join(dir, "wb.xlsx"));
    for (const [input, out] of [
      ["wb.xlsx", path.join(dir, "wb.xlsx")],
      ["wb.xlsx", "sub/../wb.xlsx"],
      ["wb.xlsx", "lien.xlsx"],
      ["lien.xlsx", "wb.xlsx"],
    ] as const) {
      const result = await cli(["run", input, "--out", out, "--force"], dir);
      expect([result.code, result.out]).toEqual([2, ""]);
      expect(result.err).toContain("désigne le fichier d'entrée");
    }
    expect(digest(path.join(dir, "wb.xlsx"))).toBe(before);
  });

  it("refuses retention --purge --out ./t.json (it replaced the only copy with purged data)", async () => {
    const dir = workspace();
    const before = digest(path.join(dir, "t.json"));
    const result = await cli(["retention", "--input", "t.json", "--years", "1", "--purge", "--out", "./t.json", "--force"], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain("désigne le fichier d'entrée « t.json »");
    expect(digest(path.join(dir, "t.json"))).toBe(before);
  });
});

describe("existing outputs", () => {
  it("refuses an existing output file unless --force, and --out naming a folder (exit 1 before)", async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "out.xlsx"), "précieux");
    mkdirSync(path.join(dir, "dossier"));
    const refused = await cli(["run", "wb.xlsx", "--out", "out.xlsx"], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/« out\.xlsx » existe déjà : .*--force/);
    expect(readFileSync(path.join(dir, "out.xlsx"), "utf8")).toBe("précieux");
    const folder = await cli(["run", "wb.xlsx", "--out", "dossier", "--force"], dir);
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/« dossier » est un dossier/);
    const forced = await cli(["run", "wb.xlsx", "--out", "out.xlsx", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, "out.xlsx")).subarray(0, 2).toString()).toBe("PK");
    // No temporary file left beside the result.
    expect(readdirSync(dir).filter((name) => name.includes("clauses-tmp"))).toEqual([]);
  });
});

describe("exports: a multi-file export that fails midway left 1 of 3 files", () => {
  it("leaves no file when the second PDF fails (fake LibreOffice that converts once, then fails)", () => {
    const dir = workspace();
    const bin = path.join(dir, "bin");
    mkdirSync(bin);
    // Converts the first file (a tiny PDF), fails from the second on, as LibreOffice crashing would.
    writeFileSync(
      path.join(bin, "soffice"),
      [
        "#!/bin/sh",
        'count="$(cat "$COUNTER" 2>/dev/null || echo 0)"; echo $((count + 1)) > "$COUNTER"',
        '[ "$count" -ge 1 ] && { echo "crash" >&2; exit 1; }',
        'for last; do :; done; out=""; prev=""',
        'for arg; do [ "$prev" = "--outdir" ] && out="$arg"; prev="$arg"; done',
        'printf "%%PDF-1.4" > "$out/$(basename "$last" .xlsx).pdf"',
      ].join("\n"),
    );
    chmodSync(path.join(bin, "soffice"), 0o755);
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "clauses.js"), "report", "--input", "t.json", "--by", "buyer", "--out", "bilans", "--format", "pdf"],
      { cwd: dir, encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, COUNTER: path.join(dir, "count") } },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/LibreOffice n'a pas produit le PDF/);
    expect(existsSync(path.join(dir, "bilans"))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes("clauses-tmp"))).toEqual([]);
  });

  it("refuses buyers VILLE-VR and VILLE VR that map to one file name, naming both, and writes nothing", async () => {
    const dir = workspace();
    const territory = demoTerritoryJson() as { markets: { buyer: string }[] };
    for (const market of territory.markets) if (market.buyer === "HABITAT-SUD") market.buyer = "VILLE VR";
    writeFileSync(path.join(dir, "t.json"), JSON.stringify(territory));
    const result = await cli(["report", "--input", "t.json", "--by", "buyer", "--out", "bilans"], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain("« VILLE-VR » et « VILLE VR » donneraient le même fichier « bilan-acheteur-VILLE-VR.xlsx »");
    expect(existsSync(path.join(dir, "bilans"))).toBe(false);
  });
});

describe("OutputFiles", () => {
  it("puts files of a new folder in place at the commit only, and leaves nothing on abort", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-out-"));
    const outputs = new OutputFiles({ force: false });
    await outputs.write(path.join(dir, "a", "b", "1.xlsx"), new Uint8Array([1]));
    await outputs.write(path.join(dir, "a", "b", "2.xlsx"), new Uint8Array([2]));
    expect(existsSync(path.join(dir, "a"))).toBe(false);
    await outputs.abort();
    expect(readdirSync(dir)).toEqual([]);
    const again = new OutputFiles({ force: false });
    await again.write(path.join(dir, "a", "b", "1.xlsx"), new Uint8Array([1]));
    await again.write(path.join(dir, "c.xlsx"), new Uint8Array([3]));
    await again.commit();
    expect(readdirSync(path.join(dir, "a", "b"))).toEqual(["1.xlsx"]);
    expect(readdirSync(dir).sort()).toEqual(["a", "c.xlsx"]);
  });

  it("refuses a path written twice by one command", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-out-"));
    const outputs = new OutputFiles({ force: true });
    await outputs.write(path.join(dir, "x.xlsx"), new Uint8Array([1]));
    await expect(outputs.write(path.join(dir, ".", "x.xlsx"), new Uint8Array([2]))).rejects.toThrow(/serait écrit deux fois/);
  });
});

describe("bad inputs of the CLI refused with exit 2", () => {
  it("accepts a JSON file saved with a UTF-8 byte-order mark (Notepad)", async () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, "lots.json"),
      `\uFEFF${JSON.stringify({ method: "per-amount", eurosPerHour: 2000, lots: [{ id: "A", amount: 2000 }] })}`,
    );
    const result = await cli(["size", "--input", "lots.json"], dir);
    expect([result.code, result.err]).toEqual([0, ""]);
  });

  it("refuses null input, --years huge or negative, in French", async () => {
    const cases: [string[], string, RegExp][] = [
      [["size", "--input", "-"], "null", /un objet JSON/],
      [["retention", "--input", "-", "--years", "999999999999999999999"], "{}", /--years : un nombre entier d'années, de 1 à 100/],
      [["retention", "--input", "-", "--years", "-1"], "{}", /--years : la valeur commence par un tiret/],
      [["retention", "--input", "-", "--years=-1"], "{}", /--years : un nombre entier d'années/],
    ];
    for (const [args, stdin, message] of cases) {
      const result = await cli(args, undefined, stdin);
      expect([result.code, result.err]).toEqual([2, expect.stringMatching(message)]);
      expect(result.err).not.toMatch(/ambiguous|Cannot read/);
    }
  });
});
