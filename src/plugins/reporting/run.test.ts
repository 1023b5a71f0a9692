/**
 * `clauses run` on the demo workbook writes the Bilans table (the bilans' pipeline step), which
 * LibreOffice opens with the figures of the pane and of `clauses report`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_XLSX_PATH } from "../../demo/demo-xlsx";
import { openInLibreOffice } from "../../../test/support/libreoffice";
import { runCli } from "../../../test/support/run-cli";

jest.setTimeout(120_000);

describe("clauses run and the Bilans table", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "clauses-run-bilans-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("writes the territory's, buyers', companies', contracts' and years' bilans after eligibility and ventilation", () => {
    const out = path.join(folder, "resultat.xlsx");
    const run = runCli(["run", path.join(__dirname, "..", "..", "..", DEMO_XLSX_PATH), "--out", out]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const report = JSON.parse(run.stdout) as { steps: { plugin: string; status: string }[]; written: { table: string; rows: number }[] };
    expect(report.steps.map((step) => [step.plugin, step.status])).toEqual([
      ["eligibility", "done"],
      ["ventilation", "done"],
      ["reporting", "done"],
    ]);
    expect(report.written.find((write) => write.table === "Bilans")?.rows).toBeGreaterThan(500);
    const bilans = openInLibreOffice(out)["Bilans"] as string[][];
    const value = (scope: string, indicator: string) => bilans.find((row) => row[0] === scope && row[1] === indicator)?.[2];
    expect(bilans[0]?.slice(0, 3)).toEqual(["Périmètre", "Indicateur", "Valeur"]);
    expect(value("Territoire", "Heures réalisées")).toBe("1753.1");
    expect(value("Acheteur Ville de Valrivière", "Heures réalisées")).toBe("950");
    expect(value("Acheteur Ville de Valrivière", "Participants")).toBe("5");
    expect(value("Marché M3 — Collège du Val, maçonnerie", "Taux de réalisation")).toBe("69.03");
  });
});
