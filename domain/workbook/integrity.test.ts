import { decodeTable, type DecodedRow } from "./codec";
import { checkRows, checkWorkbook, keyIndex, uncheckedReferences, type TablesByName } from "./integrity";
import { buyersTable, companiesTable, hoursTable, marketsTable, participantsTable } from "./tables";

function rows(table: Parameters<typeof decodeTable>[0], cells: unknown[][]): DecodedRow[] {
  const result = decodeTable(table, cells);
  expect(result.errors).toEqual([]);
  return result.rows;
}

const workbook: TablesByName = {
  Acheteurs: rows(buyersTable, [
    ["Acheteur", "Nom"],
    ["VILLE", "Ville de Valrivière"],
  ]),
  Entreprises: rows(companiesTable, [
    ["Entreprise", "Raison sociale"],
    ["BTP-RIVIERE", "BTP Rivière SAS"],
    ["PROPRE", "Propreté"],
  ]),
  Participants: rows(participantsTable, [["Participant"], ["P001"]]),
  Marchés: rows(marketsTable, [
    ["Marché", "Acheteur", "Entreprise", "Début", "Fin"],
    ["M1", "VILLE", "BTP-RIVIERE", "2026-01-05", "2026-06-30"],
  ]),
};

describe("references between tables", () => {
  it("accepts rows whose company, participant and contract exist", () => {
    const hours = rows(hoursTable, [
      ["Participant", "Entreprise", "Début", "Fin", "Heures", "Marché"],
      ["P001", "BTP-RIVIERE", "2026-01-05", "2026-01-31", 35, "M1"],
    ]);
    expect(checkRows(hoursTable, hours, keyIndex(workbook))).toEqual([]);
  });

  it("names the unknown company, participant and contract, and suggests the id that was meant", () => {
    const hours = rows(hoursTable, [
      ["Participant", "Entreprise", "Début", "Fin", "Heures", "Marché"],
      ["P009", "btp riviere", "2026-01-05", "2026-01-31", 35, "M9"],
      ["P001", "BTP Rivière SAS", "2026-01-05", "2026-01-31", 35, ""],
      ["P001", "SCOP", "2026-01-05", "2026-01-31", 35, ""],
    ]);
    expect(checkRows(hoursTable, hours, keyIndex(workbook)).map((error) => error.message)).toEqual([
      "Heures, ligne 2, colonne « Participant » : participant « P009 » inconnu : il n'est pas dans le tableau Participants",
      "Heures, ligne 2, colonne « Entreprise » : entreprise « btp riviere » inconnue : elle n'est pas dans le tableau Entreprises (vouliez-vous dire « BTP-RIVIERE » ?)",
      "Heures, ligne 2, colonne « Marché » : marché « M9 » inconnu : il n'est pas dans le tableau Marchés",
      "Heures, ligne 3, colonne « Entreprise » : entreprise « BTP Rivière SAS » inconnue : elle n'est pas dans le tableau Entreprises (vouliez-vous dire « BTP-RIVIERE » ?)",
      "Heures, ligne 4, colonne « Entreprise » : entreprise « SCOP » inconnue : elle n'est pas dans le tableau Entreprises",
    ]);
  });

  it("does not reject a reference to a table the workbook does not have, and says it went unchecked", () => {
    const markets = rows(marketsTable, [
      ["Marché", "Acheteur", "Entreprise"],
      ["M2", "DEPT", "BTP-RIVIERE"],
    ]);
    const keys = keyIndex({ Entreprises: workbook.Entreprises! });
    expect(checkRows(marketsTable, markets, keys)).toEqual([]);
    expect(uncheckedReferences(marketsTable, markets, keys)).toEqual(["Acheteurs"]);
    expect(uncheckedReferences(marketsTable, markets, keyIndex(workbook))).toEqual([]);
  });
});

describe("periods and hour lines", () => {
  it("refuses an end before the start, at the end column", () => {
    const hours = rows(hoursTable, [
      ["Entreprise", "Début", "Fin", "Heures"],
      ["PROPRE", "2026-02-05", "2026-01-30", 10],
      ["PROPRE", "2026-02-05", "2026-02-05", 7],
    ]);
    expect(checkRows(hoursTable, hours, keyIndex(workbook)).map((error) => error.message)).toEqual([
      "Heures, ligne 2, colonne « Fin » : la fin (30/01/2026) précède le début (05/02/2026)",
    ]);
  });

  it("refuses more than 24 hours a day over the period (3500 typed for 35)", () => {
    const hours = rows(hoursTable, [
      ["Entreprise", "Début", "Fin", "Heures"],
      ["PROPRE", "2026-02-01", "2026-02-28", 672],
      ["PROPRE", "2026-02-01", "2026-02-28", 3500],
      ["PROPRE", "2026-03-02", "2026-03-02", 25],
    ]);
    expect(checkRows(hoursTable, hours, keyIndex(workbook)).map((error) => error.message)).toEqual([
      "Heures, ligne 3, colonne « Heures » : 3500 h sur 28 jours : plus de 24 h par jour (faute de frappe ?)",
      "Heures, ligne 4, colonne « Heures » : 25 h sur 1 jour : plus de 24 h par jour (faute de frappe ?)",
    ]);
  });

  it("refuses hours booked on another company's contract", () => {
    const hours = rows(hoursTable, [
      ["Entreprise", "Début", "Fin", "Heures", "Marché"],
      ["PROPRE", "2026-02-01", "2026-02-28", 35, "M1"],
    ]);
    expect(checkRows(hoursTable, hours, keyIndex(workbook)).map((error) => error.message)).toEqual([
      "Heures, ligne 2, colonne « Marché » : le marché « M1 » est celui de « BTP-RIVIERE », pas de « PROPRE »",
    ]);
  });

  it("checks every user table of a workbook at once", () => {
    const broken = {
      ...workbook,
      Marchés: rows(marketsTable, [
        ["Marché", "Acheteur", "Début", "Fin"],
        ["M1", "NOBODY", "2026-03-01", "2026-02-01"],
      ]),
    };
    expect(checkWorkbook(broken).map((error) => error.message)).toEqual([
      "Marchés, ligne 2, colonne « Acheteur » : acheteur « NOBODY » inconnu : il n'est pas dans le tableau Acheteurs",
      "Marchés, ligne 2, colonne « Fin » : la fin (01/02/2026) précède le début (01/03/2026)",
    ]);
    expect(checkWorkbook(workbook)).toEqual([]);
  });
});

describe("negative numbers", () => {
  it("are refused in columns that cannot be negative, never read as positive", () => {
    const result = decodeTable(hoursTable, [
      ["Entreprise", "Début", "Fin", "Heures"],
      ["PROPRE", "2026-02-01", "2026-02-28", -7],
      ["PROPRE", "2026-02-01", "2026-02-28", "-3,5"],
      ["PROPRE", "2026-02-01", "2026-02-28", 0],
    ]);
    expect(result.errors.map((error) => error.message)).toEqual([
      "Heures, ligne 2, colonne « Heures » : « -7 » : doit être positif ou nul",
      "Heures, ligne 3, colonne « Heures » : « -3,5 » : doit être positif ou nul",
    ]);
  });
});
