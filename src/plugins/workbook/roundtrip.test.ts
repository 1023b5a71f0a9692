/**
 * The result of `clauses run`, opened in a real spreadsheet application (LibreOffice Calc, headless):
 * the values it reads back are the ones the add-in computed, with the formats the add-in gave them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { dayFromIso } from "../../../domain";
import { openInLibreOffice, shownNumber } from "../../../test/support/libreoffice";
import { coveragePlugin, totalsPlugin } from "../../../test/support/pipeline-plugins";
import { runCli } from "../../../test/support/run-cli";
import { DEMO_XLSX_PATH } from "../../demo/demo-xlsx";
import { demoHours, demoMarkets } from "../../demo/territory";
import { workbookFiles } from "../../cli/workbook-files";
import { nationalPack, plugins } from "../../composition/root";
import type { CommandContext } from "../types";
import { runCommand } from "./cli-run";

jest.setTimeout(180_000);

const DEMO = path.join(__dirname, "..", "..", "..", DEMO_XLSX_PATH);

/** Rows of a sheet as records keyed by the header row. */
function recordsOf(rows: string[][] | undefined): Record<string, string>[] {
  const [header = [], ...body] = rows ?? [];
  return body.filter((row) => row.some(Boolean)).map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;
}

describe("a result opened in LibreOffice Calc", () => {
  it("shows the steps' tables with the totals they computed, and the facilitator's tables intact", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-roundtrip-"));
    const out = path.join(dir, "resultat.xlsx");
    const output: string[] = [];
    const context: CommandContext = {
      values: { out, policy: "EDF" },
      positionals: [DEMO],
      readJson: async () => ({}),
      readBytes: async (file) => new Uint8Array(readFileSync(file)),
      writeBytes: async (file, bytes) => writeFileSync(file, bytes),
      stdout: (text) => output.push(text),
      stderr: (text) => output.push(text),
      pack: nationalPack(),
      today: dayFromIso("2026-11-26"),
      plugins,
      workbooks: workbookFiles,
    };
    expect(await runCommand(async () => [totalsPlugin, coveragePlugin]).run(context)).toBe(0);
    expect(JSON.parse(output.join("")).written).toEqual([
      { table: "Bilans", rows: 6 },
      { table: "Ventilation", rows: 3 },
    ]);

    const sheets = openInLibreOffice(out);
    const bilans = recordsOf(sheets["Bilans"]);
    const figure = (scope: string, indicator: string) =>
      bilans.find((row) => row["Périmètre"] === scope && row["Indicateur"] === indicator)?.["Valeur"];
    expect([figure("BTP-RIVIERE", "Heures réalisées"), figure("BTP-RIVIERE", "Heures dues")]).toEqual(["1220", "1300"]);
    expect([figure("PROPRETE-VR", "Heures réalisées"), figure("PROPRETE-VR", "Heures dues")]).toEqual(["350", "450"]);
    expect([figure("JARDINS-VAL", "Heures réalisées"), figure("JARDINS-VAL", "Heures dues")]).toEqual(["196", "250"]);
    expect(bilans.every((row) => row["Paquet de règles"] === "national@2026.11.1")).toBe(true);

    const ventilation = recordsOf(sheets["Ventilation"]);
    expect(ventilation.map((row) => [row["Marché"], shownNumber(row["Heures"]), row["Règle de ventilation"]])).toEqual([
      ["BTP-RIVIERE", 1220, "EDF"],
      ["PROPRETE-VR", 350, "EDF"],
      ["JARDINS-VAL", 196, "EDF"],
    ]);
    expect(ventilation[0]?.["Heures"]).toBe("1,220.00"); // the hours format, #,##0.00

    const hours = recordsOf(sheets["Heures"]);
    expect(hours).toHaveLength(demoHours.length);
    expect(sum(hours.map((row) => shownNumber(row["Heures"])))).toBe(1766);
    expect(hours[0]).toMatchObject({ Participant: "P001", Entreprise: "BTP-RIVIERE", Début: "01/01/2026", Fin: "31/01/2026" });
    const markets = recordsOf(sheets["Marchés"]);
    expect(markets.map((row) => row["Marché"])).toEqual(demoMarkets.map((market) => market.id));
    expect(sum(markets.map((row) => shownNumber(row["Heures dues"])))).toBe(2000);
    expect(markets[0]).toMatchObject({ "Montant HT": "1,440,000 €", "Part MO": "50.0%", Début: "05/01/2026", Mutualisé: "Oui" });
  });

  it("opens what the real command wrote on the demo workbook (child process)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clauses-roundtrip-"));
    const out = path.join(dir, "resultat.xlsx");
    expect(runCli(["run", DEMO, "--out", out]).code).toBe(0);
    const sheets = openInLibreOffice(out);
    expect(Object.keys(sheets)).toEqual(
      expect.arrayContaining(["Acheteurs", "Entreprises", "Marchés", "Participants", "Heures", "Ancien suivi"]),
    );
    expect(sum(recordsOf(sheets["Heures"]).map((row) => shownNumber(row["Heures"])))).toBe(1766);
    expect(recordsOf(sheets["Entreprises"]).map((row) => row["SIRET"])).toEqual(["99900100100018", "99900200900010", "99900300700013"]);
  });
});
