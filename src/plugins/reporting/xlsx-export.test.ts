/**
 * The buyer's .xlsx: the figures of its bilan, read back with exceljs; never the internal view.
 */
import { Workbook } from "exceljs";
import { dayFromIso } from "../../../domain";
import { baseFromJson, buildBilans, reportView } from "../../../domain/reporting";
import { demoTerritoryJson } from "../../demo/territory-json";
import { nationalPack } from "../../composition/root";
import { bilanWorkbook, exportName } from "./xlsx-export";

const pack = nationalPack();
const set = buildBilans(baseFromJson(demoTerritoryJson(), pack, dayFromIso("2026-11-26")), pack, "buyer", null);

async function rows(bytes: Uint8Array, sheet: string): Promise<unknown[][]> {
  const book = new Workbook();
  await book.xlsx.load(bytes as never);
  const out: unknown[][] = [];
  book.getWorksheet(sheet)?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("the buyer's workbook", () => {
  it("holds its bilan's figures, counts as published, and the same figures as a table", async () => {
    const view = reportView(set, "buyer");
    const bilan = await rows(await bilanWorkbook(view, 2), "Bilan");
    const row = (label: string) => bilan.find((cells) => cells[0] === label);
    expect(bilan[0]).toEqual(["Bilan de la clause sociale — DEPT-VAL"]);
    expect(row("Heures dues")).toEqual(["Heures dues", 550]);
    expect(row("Heures réalisées")).toEqual(["Heures réalisées", 403.1]);
    expect(row("Participants (personnes distinctes)")).toEqual(["Participants (personnes distinctes)", view.bilans[2]?.participants.total]);
    expect(row("Sortie — Sortie positive")).toEqual(["Sortie — Sortie positive", "< 5"]);
    const data = await rows(await bilanWorkbook(view, 2), "Données");
    expect(data[0]).toEqual(["Périmètre", "Indicateur", "Valeur", "Unité", "Période", "Paquet de règles", "Source", "Diffusion"]);
    expect(data.find((cells) => cells[1] === "Heures réalisées")?.slice(0, 4)).toEqual([
      "Acheteur DEPT-VAL",
      "Heures réalisées",
      403.1,
      "h",
    ]);
    expect(exportName(view.bilans[2]!, "xlsx")).toBe("bilan-acheteur-DEPT-VAL.xlsx");
  });

  it("is refused for the facilitator's view", async () => {
    await expect(bilanWorkbook(reportView(set, "facilitator"), 0)).rejects.toThrow(
      "La vue interne contient des données personnelles : seuls les bilans pour un acheteur ou une entreprise s'exportent",
    );
  });
});
