import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../test/support/run-cli";
import { main } from "./main";
import { memoryIo } from "../../test/support/memory-io";
import { territoryPack } from "../../test/support/territory-pack";

const contractInput = {
  method: "labour-cost",
  hourlyCost: 30,
  insertionRate: 0.05,
  rounding: "nearest",
  lots: [
    { id: "1", amount: 1000000, labourShare: 0.5 },
    { id: "2", amount: 300000, trade: "peinture" },
  ],
};

describe("clauses size (in process)", () => {
  it("prints the sizing contract as JSON", async () => {
    const io = memoryIo(JSON.stringify(contractInput));
    expect(await main(["size", "--input", "-"], io)).toBe(0);
    const output = JSON.parse(io.out);
    expect(output).toMatchObject({ method: "labour-cost", totalHours: 1183, fte: 0.74, rulePack: expect.stringMatching(/^national@/) });
    expect(output.lots.map(({ id, exactHours, hours }: Record<string, unknown>) => ({ id, exactHours, hours }))).toEqual([
      { id: "1", exactHours: 833.33, hours: 833 },
      { id: "2", exactHours: 350, hours: 350 },
    ]);
    expect(io.err).toBe("");
  });

  it("sizes with the per-amount method", async () => {
    const io = memoryIo(JSON.stringify({ method: "per-amount", eurosPerHour: 2000, lots: [{ id: "AC", amount: 500000 }] }));
    expect(await main(["size", "--input", "-"], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ method: "per-amount", totalHours: 250, lots: [{ id: "AC", hours: 250 }] });
  });

  it("exits with 2 and names the field at fault, in French", async () => {
    const io = memoryIo(
      JSON.stringify({
        lots: [
          { id: "1", amount: 1000 },
          { id: "2", amount: "cent", labourShare: 0.5 },
        ],
      }),
    );
    expect(await main(["size", "--input", "-"], io)).toBe(2);
    expect(io.err).toBe(
      "lots[1].amount : doit être un nombre (reçu « cent »)\nlots[0].labourShare : indiquez la part de main-d'œuvre (labourShare) ou un métier (trade)\n",
    );
    expect(io.out).toBe("");
  });

  it("exits with 2 on unreadable JSON, a missing file, an unknown option or command", async () => {
    const cases: [string[], string, RegExp][] = [
      [["size", "--input", "-"], "{oops", /l'entrée standard n'est pas du JSON valide/],
      [["size", "--input", "/nowhere/lots.json"], "", /impossible de lire le fichier « \/nowhere\/lots\.json »/],
      [["size"], "", /indiquez le fichier d'entrée avec --input/],
      [["size", "--inptu", "x"], "", /option inconnue « --inptu »/],
      [["sizes"], "", /Commande inconnue « sizes »/],
    ];
    for (const [args, stdin, message] of cases) {
      const io = memoryIo(stdin);
      expect(await main(args, io)).toBe(2);
      expect(io.err).toMatch(message);
    }
  });

  it("uses a territory pack given with --rules", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-"));
    const rules = path.join(dir, "territoire.json");
    writeFileSync(
      rules,
      JSON.stringify(
        territoryPack({ sizing: { trades: [{ code: "nettoyage", labourShare: 0.8, source: "Grille PLIE Sud", confirmed: true }] } }),
      ),
    );
    const io = memoryIo(JSON.stringify({ insertionRate: 0.05, hourlyCost: 30, lots: [{ id: "1", amount: 600000, trade: "nettoyage" }] }));
    expect(await main(["size", "--input", "-", "--rules", rules], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ totalHours: 800, rulePack: expect.stringMatching(/^plie-sud@1\+national@/) });
  });
});

describe("the clauses command (child process)", () => {
  it("reads a file and exits 0, or names the bad field and exits 2", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-"));
    const file = path.join(dir, "lots.json");
    writeFileSync(file, JSON.stringify(contractInput));
    const ok = runCli(["size", "--input", file]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).totalHours).toBe(1183);
    const bad = runCli(["size", "--input", "-"], JSON.stringify({ lots: [{ id: "1", amount: -1, labourShare: 0.5 }] }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("lots[0].amount : doit être positif ou nul (reçu « -1 »)\n");
  });
});
