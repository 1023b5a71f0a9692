import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Workbook } from "exceljs";
import { decodeTable, hoursTable } from "../../../domain";
import { FORM_SHEET, formLayout, statementsTable, type SealedForm } from "../../../domain/statements";
import { renderPane } from "../../../test/support/render-pane";
import { demoWorkbook } from "../../demo/demo-workbook";
import { demoHours } from "../../demo/territory";
import type { MemoryWorkbook } from "../../workbook/memory-workbook";
import * as download from "../../plugin-kit/ui/download";
import { IDENTITY_SHEET } from "./form-xlsx";

async function rows(workbook: MemoryWorkbook, table: typeof hoursTable | typeof statementsTable) {
  const snapshot = (await workbook.readTable(table))!;
  return decodeTable(table, [snapshot.headers, ...snapshot.rows]).rows.map((row) => row.values);
}

/** The company fills its form: one line, signed. */
async function filled(bytes: Uint8Array, hours: number): Promise<Uint8Array> {
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const model = JSON.parse(String(book.getWorksheet(IDENTITY_SHEET)!.getCell(1, 1).value)) as SealedForm;
  const layout = formLayout(model);
  const sheet = book.getWorksheet(FORM_SHEET)!;
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  [
    "Sonia Lefèvre",
    null,
    null,
    "M4 — Nettoyage des bâtiments communaux",
    "Embauche directe",
    "CDD",
    day("2026-10-01"),
    day("2026-10-30"),
    hours,
  ].forEach((value, column) => (sheet.getCell(layout.firstLine, column + 1).value = value));
  sheet.getCell(layout.signatory, 2).value = "Claire Roux";
  sheet.getCell(layout.signedOn, 2).value = day("2026-11-03");
  return new Uint8Array(await book.xlsx.writeBuffer());
}

jest.setTimeout(60_000);

describe("the « Relevés » panel", () => {
  it("generates the month's forms, collects a filled one after a dry run, in one batch, and lists who is late", async () => {
    const downloads: { name: string; bytes: Uint8Array }[] = [];
    jest.spyOn(download, "downloadFile").mockImplementation((bytes, name) => void downloads.push({ name, bytes }));
    const workbook = demoWorkbook();
    renderPane(workbook, "2026-11-26");
    await userEvent.click(await screen.findByRole("tab", { name: "Relevés" }));
    expect(await screen.findByLabelText("Mois du relevé")).toHaveValue("2026-10");
    const late = await screen.findByRole("list", { name: "Relevés en retard" });
    expect(
      within(late)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining("BTP Rivière SAS : attendu le 10/11/2026 (16 jour(s) de retard)"),
      expect.stringContaining("Propreté Valrivière : attendu le 10/11/2026 (16 jour(s) de retard)"),
      expect.stringContaining("Jardins du Val : attendu le 10/11/2026"),
    ]);
    expect(late).toHaveTextContent("Relevé d'heures d'insertion d'octobre 2026 : en attente");
    expect(within(late).getAllByRole("link")[1]).toHaveAttribute(
      "href",
      expect.stringMatching(/^mailto:direction@proprete-vr\.example\?subject=/),
    );

    await userEvent.click(screen.getByRole("checkbox", { name: "BTP Rivière SAS (BTP-RIVIERE)" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Jardins du Val (JARDINS-VAL)" }));
    await userEvent.click(screen.getByRole("button", { name: "Générer et télécharger" }));
    expect(await screen.findByLabelText("Relevés générés", {}, { timeout: 15_000 })).toHaveTextContent("releve-PROPRETE-VR-2026-10.xlsx");
    expect(downloads.map((file) => file.name)).toEqual(["releve-PROPRETE-VR-2026-10.xlsx"]);
    expect(await rows(workbook, statementsTable)).toEqual([
      expect.objectContaining({ company: "PROPRETE-VR", period: "2026-10", sentOn: "2026-11-26", status: "envoyé" }),
    ]);

    const file = new File([(await filled(downloads[0]!.bytes, 120)) as BlobPart], "retour-proprete.xlsx");
    await userEvent.upload(screen.getByLabelText("Relevés remplis (.xlsx)"), file);
    await userEvent.click(screen.getByRole("button", { name: "Vérifier (essai à blanc)" }));
    expect(await screen.findByLabelText("Bilan de la vérification", {}, { timeout: 15_000 })).toHaveTextContent(
      "1 relevé(s) accepté(s) (1 lignes)",
    );
    expect(await rows(workbook, hoursTable)).toHaveLength(demoHours.length);
    const writes = workbook.writes;
    await userEvent.click(screen.getByRole("button", { name: "Écrire dans le classeur" }));
    expect(await screen.findByLabelText("Collecte écrite", {}, { timeout: 15_000 })).toHaveTextContent(
      "1 lignes écrites dans Heures (1 relevés).",
    );
    expect(workbook.writes).toBe(writes + 1);
    const hours = await rows(workbook, hoursTable);
    expect(hours.at(-1)).toMatchObject({
      participant: "P005",
      market: "M4",
      hours: 120,
      statement: "PROPRETE-VR 2026-10",
      statementVersion: 1,
      receivedOn: "2026-11-26",
    });
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Relevés en retard" })).getAllByRole("listitem")).toHaveLength(2));
  });
});
