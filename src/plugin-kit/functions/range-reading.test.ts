/**
 * Ranges read as Excel users give them, through every function: each misreading the issue found
 * (a figure computed on a guessed column, a text number taken, an error value read as a word)
 * now gives #VALUE! naming the column or cell, or the right figure. Each of these gave a wrong
 * number before (noted beside it).
 */
import { encodeTable, hoursTable, marketsTable, participantsTable, type Cell } from "../../../domain";
import { demoHours, demoMarkets, demoParticipants } from "../../demo/territory";
import { socialConditionRequired } from "../../plugins/drafting/functions";
import { eligibility } from "../../plugins/eligibility/functions";
import { participantCount, realisationRate } from "../../plugins/reporting/functions";
import { fte, hours as sizingHours } from "../../plugins/sizing/functions";
import { hoursExcess, hoursVentilate } from "../../plugins/ventilation/functions";
import { excelErrorOf } from "../../../test/support/excel-error";

const Marches = encodeTable(marketsTable, demoMarkets); // Marchés[#Tout]
const Heures = encodeTable(hoursTable, demoHours); // Heures[#Tout]
const Participants = encodeTable(participantsTable, demoParticipants);
const data = (range: Cell[][]) => range.slice(1); // …[#Données]
const columns = (range: Cell[][], from: number, to: number) => range.map((row) => row.slice(from, to));
const without = (range: Cell[][], header: string) => {
  const index = (range[0] as Cell[]).indexOf(header);
  return range.map((row) => row.filter((_, column) => column !== index));
};
const at = (...parameterAddresses: string[]) => ({ parameterAddresses }) as unknown as CustomFunctions.Invocation;
const none = null as never;
/** An error value as Excel passes it to a function that accepts errors. */
const divByZero = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);

describe("a table argument without header row", () => {
  it("HOURS_VENTILATE on Heures given as 3 columns: #VALUE! naming the missing columns (was 0 direct and 0 ventilated for every contract)", () => {
    const narrow = columns(data(Heures), 0, 3);
    const error = excelErrorOf(() => hoursVentilate(data(Marches), narrow, none, [["M1"]], none, at("Marchés!A2:Q6", "Heures!A2:C54")));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(
      "Heures : la plage a 3 colonnes et pas de ligne d'en-tête ; il manque « Mode », « Type de contrat », « Début », « Fin », « Heures », « Marché »",
    );
    expect(excelErrorOf(() => hoursVentilate(data(Marches), narrow, none, none)).code).toBe("#VALUE!");
    // The whole table, header or not, gives M1's 600 h.
    expect(hoursVentilate(data(Marches), data(Heures), none, [["M1"]])).toEqual([[600]]);
    expect(hoursVentilate(Marches, Heures, none, [["M1"]])).toEqual([[600]]);
  });

  it("REALISATION_RATE on a narrow Heures: #VALUE! (was 0); the whole table gives 1", () => {
    expect(excelErrorOf(() => realisationRate(data(Marches), columns(data(Heures), 0, 3), [["M1"]], none)).code).toBe("#VALUE!");
    expect(realisationRate(data(Marches), data(Heures), [["M1"]], none)).toEqual([[1]]);
  });

  it("PARTICIPANTS on a narrow Heures: #VALUE! (was 0); the whole table gives 7", () => {
    expect(excelErrorOf(() => participantCount(columns(data(Heures), 0, 3), none, none, none)).message).toContain(
      "Heures : la plage a 3 colonnes",
    );
    expect(participantCount(data(Heures), none, none, none)).toEqual([[7]]);
  });

  it("ELIGIBILITY on a row cut to two columns: #VALUE! (was NON_ELIGIBLE); the whole row says DELD", () => {
    const row = data(Participants)[1] as Cell[];
    expect(eligibility([row], none)).toEqual([["DELD"]]);
    const error = excelErrorOf(() => eligibility([row.slice(0, 2)], none));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("la plage a 2 colonnes et pas de ligne d'en-tête ; il manque « Date de naissance »");
  });

  it("a range wider than the table, without header, is refused too (its columns cannot be told apart)", () => {
    const wider = data(Heures).map((row) => [...row, "note"]);
    expect(excelErrorOf(() => hoursVentilate(data(Marches), wider, none, [["M1"]])).message).toContain(
      "on ne sait pas lesquelles sont en trop",
    );
  });
});

describe("a table argument with its header row (Heures[#Tout])", () => {
  it("lacking a column the computation needs: #VALUE! naming it, never a figure", () => {
    expect(excelErrorOf(() => hoursVentilate(Marches, without(Heures, "Début"), none, [["M1"]])).message).toContain(
      "la colonne « Début » est absente",
    );
    // « Heures dues » is not required by the table, but the ventilation cannot do without it (was 0 due, everything excess).
    expect(excelErrorOf(() => hoursVentilate(without(Marches, "Heures dues"), Heures, none, [["M1"]])).message).toBe(
      "Marchés : la colonne « Heures dues » est absente de la plage (requise pour ce calcul)",
    );
    expect(excelErrorOf(() => realisationRate(without(Marches, "Fin"), Heures, [["M1"]], none)).message).toContain(
      "la colonne « Fin » est absente de la plage",
    );
  });

  it("in any column order, with the facilitator's own columns: read by name", () => {
    const reordered = Heures.map((row) => [...row].reverse().concat(["ma note"]));
    expect(hoursVentilate(Marches, reordered, none, [["M3"]])).toEqual([[207.0968]]);
  });
});

describe("numbers stored as text: refused by every function", () => {
  it("inside a table range: #VALUE! naming the cell (was read as a number)", () => {
    const texted = data(Heures).map((row, index) => (index === 0 ? row.map((cell, column) => (column === 7 ? String(cell) : cell)) : row));
    expect(
      excelErrorOf(() => hoursVentilate(data(Marches), texted, none, [["M1"]], none, at("Marchés!A2:Q6", "Heures!A2:I54"))).message,
    ).toBe(
      "Heures, ligne 2, colonne « Heures » : « 34 » est un nombre enregistré comme texte : convertissez la cellule en nombre (Excel l'ignore dans ses propres sommes)",
    );
  });

  it("SOCIAL_CONDITION_REQUIRED refuses « 300000 » as HOURS and FTE do (was TRUE)", () => {
    expect(socialConditionRequired([[300_000]], [["collectivite"]], [["supplies"]], [["2026-09-01"]], none)).toEqual([[true]]);
    expect(
      excelErrorOf(() => socialConditionRequired([["300000"]], [["collectivite"]], [["supplies"]], [["2026-09-01"]], none)).message,
    ).toBe(
      "valeur estimée : « 300000 » est un nombre enregistré comme texte : convertissez la cellule en nombre (Excel l'ignore dans ses propres sommes)",
    );
    expect(excelErrorOf(() => sizingHours([["1000000"]], [[0.5]], none, none)).message).toContain(
      "« 1000000 » est un nombre enregistré comme texte",
    );
    expect(excelErrorOf(() => fte([["1600"]], none)).message).toContain("« 1600 » est un nombre enregistré comme texte");
  });
});

describe("error values passed in", () => {
  it("a scalar argument: #VALUE! naming the argument (was « reçu un objet » / « métier inconnu « Error » »)", () => {
    expect(excelErrorOf(() => sizingHours([[divByZero]], [[0.5]], none, none)).message).toBe(
      "montant : la cellule contient l'erreur #DIV/0! : corrigez-la d'abord",
    );
    expect(excelErrorOf(() => sizingHours([[1_000_000]], [[divByZero]], none, none)).message).toBe(
      "part de main-d'œuvre ou métier : la cellule contient l'erreur #DIV/0! : corrigez-la d'abord",
    );
    expect(sizingHours([[1_000_000], [divByZero]], [[0.5]], none, none)[1]?.[0]).toMatchObject({
      message: "montant (ligne 2, colonne 1 de la plage) : la cellule contient l'erreur #DIV/0! : corrigez-la d'abord",
    });
    expect(excelErrorOf(() => hoursExcess(Marches, Heures, [[divByZero]], none)).message).toContain(
      "entreprise : la cellule contient l'erreur",
    );
  });

  it("a cell of a table range: #VALUE! naming the table, row and column", () => {
    const broken = data(Heures).map((row, index) => (index === 2 ? row.map((cell, column) => (column === 7 ? divByZero : cell)) : row));
    expect(
      excelErrorOf(() => hoursVentilate(data(Marches), broken as Cell[][], none, [["M1"]], none, at("Marchés!A2:Q6", "Heures!A2:I60")))
        .message,
    ).toBe("Heures, ligne 4, colonne « Heures » : la cellule contient l'erreur #DIV/0! : corrigez-la d'abord");
    // As Office.js reads an error cell (the pane, `clauses run` on Excel): the same refusal.
    const literal = data(Heures).map((row, index) => (index === 2 ? row.map((cell, column) => (column === 7 ? "#N/A" : cell)) : row));
    expect(excelErrorOf(() => hoursVentilate(data(Marches), literal, none, [["M1"]])).message).toContain("l'erreur #N/A");
  });
});

describe("a spilled result follows the orientation of the range it answers", () => {
  it("HOURS_EXCESS given companies in a row spills a row per figure (was a column)", () => {
    const column = hoursExcess(Marches, Heures, [["BTP-RIVIERE"], ["PROPRETE-VR"]], none);
    const row = hoursExcess(Marches, Heures, [["BTP-RIVIERE", "PROPRETE-VR"]], none);
    expect(row).toEqual([column.map((pair) => pair[0]), column.map((pair) => pair[1])]);
    expect(hoursVentilate(Marches, Heures, none, [["M1", "M3"]])).toEqual([[600, 207.0968]]);
  });
});
