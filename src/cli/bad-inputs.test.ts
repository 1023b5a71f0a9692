/**
 * Bad inputs that were not refused cleanly (issue 17): each is refused with exit 2, a French message
 * naming the field (or sheet and cell), and nothing on stdout.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { demoTerritoryJson } from "../demo/territory-json";
import { memoryIo } from "../../test/support/memory-io";
import { main } from "./main";
import { SETTINGS_SHEET } from "../workbook/settings-sheet";

jest.setTimeout(60_000);

async function cli(args: string[], input?: unknown) {
  const io = memoryIo(input === undefined ? "" : JSON.stringify(input));
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

type Territory = {
  markets: Record<string, unknown>[];
  lines: Record<string, unknown>[];
  people: Record<string, unknown>[];
};

const territory = (): Territory => demoTerritoryJson() as unknown as Territory;

describe("bad input that is not refused cleanly", () => {
  it("amount: 1e308 printed « hours: null » with exit 0", async () => {
    const result = await cli(["size", "--input", "-"], { method: "per-amount", eurosPerHour: 2000, lots: [{ id: "A", amount: 1e308 }] });
    expect([result.code, result.out]).toEqual([2, ""]);
    expect(result.err).toBe("lots[0].amount : nombre hors limites (reçu « 1e+308 ») : au plus 1 000 000 000 000 000 en valeur absolue\n");
  });

  it("1,000,000 hours in one month were accepted from JSON (the workbook path caps 24 h a day)", async () => {
    const input = territory();
    input.lines[0]!.hours = 1_000_000;
    const result = await cli(["ventilate", "--input", "-"], input);
    expect(result.code).toBe(2);
    expect(result.err).toContain("lines[0].hours : 1000000 h sur 31 jours : plus de 24 h par jour (faute de frappe ?)");
  });

  it("a participant id in lines that matches nobody made not-countable hours countable", async () => {
    const input = territory();
    input.lines[0]!.participant = "P-INCONNU";
    // `report` (the bilans) accepted it with exit 0 before: it is refused like the ventilation and the workbook path refuse it.
    for (const command of ["ventilate", "validate", "report"]) {
      const result = await cli([command, "--input", "-"], input);
      expect([command, result.code]).toEqual([command, 2]);
      expect(result.err).toContain("lines[0].participant : participant « P-INCONNU » inconnu");
    }
  });

  it("retention without --purge skipped the checks of markets and lines", async () => {
    const input = territory();
    input.markets[0]!.end = "2026-02-30";
    const result = await cli(["retention", "--input", "-", "--years", "1"], input);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/markets\[0\]\.end/);
  });

  it("a birth date in 1800 counted as « SENIOR », and jobSeekerSince in 2099 was accepted", async () => {
    const input = territory();
    input.people[0]!.birthDate = "1800-05-10";
    input.people[1]!.jobSeekerSince = "2099-01-01";
    const result = await cli(["eligibility", "--input", "-"], { people: input.people });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/people\[0\]\.birthDate.*antérieure à 1900/);
    expect(result.err).toMatch(/people\[1\]\.jobSeekerSince.*l'inscription comme demandeur d'emploi est dans le futur/);
  });

  it("a school-leaving date after the reference date was accepted (exit 0 before), like jobSeekerSince in 2099", async () => {
    const input = territory();
    input.people[0]!.schoolLeftDate = "2099-07-01";
    for (const command of ["eligibility", "report"]) {
      const result = await cli([command, "--input", "-"], command === "eligibility" ? { people: input.people } : input);
      expect([command, result.code]).toEqual([command, 2]);
      expect(result.err).toMatch(/people\[0\]\.schoolLeftDate.*la sortie scolaire est dans le futur/);
    }
  });
});

describe("error lists", () => {
  it("keep the first 200 errors and count the others", async () => {
    const lots = Array.from({ length: 1_000 }, (_, index) => ({ id: String(index), amount: "cent" }));
    const result = await cli(["size", "--input", "-"], { method: "per-amount", eurosPerHour: 2000, lots });
    const lines = result.err.trim().split("\n");
    expect(result.code).toBe(2);
    expect(lines).toHaveLength(201);
    expect(lines[0]).toMatch(/^lots\[0\]\.amount/);
    expect(lines[200]).toBe("… et 800 autres erreurs (corrigez les premières, puis relancez)");
  });

  it("a JSON of hundreds of thousands of bad items ran out of memory (exit 134)", async () => {
    const lots = Array.from({ length: 300_000 }, (_, index) => ({ id: String(index), amount: "cent" }));
    const result = await cli(["size", "--input", "-"], { method: "per-amount", eurosPerHour: 2000, lots });
    const lines = result.err.trim().split("\n");
    expect(result.code).toBe(2);
    expect(lines).toHaveLength(201);
    expect(lines[200]).toBe("… et 299 800 autres erreurs (corrigez les premières, puis relancez)");
  });
});

describe("exit 1 instead of 2", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "clauses-bad-"));

  it("for a zip without a workbook", async () => {
    const zip = new JSZip();
    zip.file("lisez-moi.txt", "pas un classeur");
    const file = path.join(dir, "vide.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
    const result = await cli(["run", file, "--out", path.join(dir, "r.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/n'est pas un classeur Excel \.xlsx lisible/);
  });

  it("for a settings cell that is not JSON, naming the cell", async () => {
    const book = new Workbook();
    book.addWorksheet("Feuil1").getCell("A1").value = "x";
    const settings = book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    settings.addRow(["Clé", "Valeur (JSON)"]);
    settings.addRow(["clauses.schemaVersion", "1"]);
    settings.addRow(["clauses.territoryPack", "{pas du json"]);
    const file = path.join(dir, "reglages.xlsx");
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
    const result = await cli(["run", file, "--out", path.join(dir, "r2.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /Le réglage « clauses\.territoryPack » \(feuille « Clauses \(paramètres\) », cellule B3\) n'est pas du JSON valide/,
    );
  });
});
