/**
 * The sizing functions called exactly as Excel calls them: ranges as 2-D arrays, a single cell as
 * [[value]], omitted optional arguments as null, errors as CustomFunctions.Error (stubbed in Jest).
 */
import { fte, hours, labourShare } from "./functions";
import { excelErrorOf } from "../../../test/support/excel-error";

describe("=CLAUSES.HOURS", () => {
  it("sizes one cell with every argument given", () => {
    expect(hours([[1_000_000]], [[0.5]], [[0.05]], [[30]])).toEqual([[833]]);
  });

  it("takes the rule pack's rate and cost when the optional arguments are omitted (null)", () => {
    expect(hours([[600_000]], [[0.5]], null as never, null as never)).toEqual([[500]]);
  });

  it("accepts a trade name instead of a labour share", () => {
    expect(hours([[300_000]], [["Peinture intérieure"]], [[0.05]], [[30]])).toEqual([[350]]);
  });

  it("spills one result per amount, broadcasting single cells, blank rows staying blank", () => {
    expect(hours([[1_000_000], [300_000], [""]], [[0.5], ["peinture"], [0.5]], [[0.05]], [[30]])).toEqual([[833], [350], [""]]);
  });

  it("puts a French #VALUE! in the cell of a bad row, and keeps the others", () => {
    const [[first], [second]] = hours([[1_000_000], [-5]], [[0.5]], [[0.05]], [[30]]) as [[unknown], [unknown]];
    expect(first).toBe(833);
    expect(second).toMatchObject({ code: "#VALUE!", message: "montant : doit être positif ou nul (reçu « -5 »)" });
  });

  it("throws #VALUE! with the reason when the only cell is wrong", () => {
    expect(excelErrorOf(() => hours([[1_000_000]], [[50]], null as never, null as never))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("part de main-d'œuvre : la part de main-d'œuvre est une fraction entre 0 et 1"),
    });
    expect(excelErrorOf(() => hours([["beaucoup"]], [[0.5]], null as never, null as never)).message).toBe(
      "montant : doit être un nombre (reçu « beaucoup »)",
    );
  });

  it("refuses ranges of different sizes", () => {
    expect(excelErrorOf(() => hours([[1], [2], [3]], [[0.5], [0.5]], null as never, null as never)).message).toBe(
      "les plages n'ont pas la même taille (3 × 1 attendu, 2 × 1 reçu)",
    );
  });
});

describe("=CLAUSES.LABOUR_SHARE", () => {
  it("gives the sourced share of a trade", () => {
    expect(labourShare([["peinture"], ["Maçonnerie"]])).toEqual([[0.7], [0.5]]);
  });

  it("answers #N/A for a trade no source backs, #VALUE! for an unknown one", () => {
    expect(excelErrorOf(() => labourShare([["gros-oeuvre"]]))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("est à confirmer"),
    });
    expect(excelErrorOf(() => labourShare([["plomberie"]]))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("métier inconnu « plomberie »"),
    });
  });
});

describe("=CLAUSES.FTE", () => {
  it("uses 1,600 h per FTE unless told otherwise", () => {
    expect(fte([[1183]], null as never)).toEqual([[0.74]]);
    expect(fte([[1607]], [[1607]])).toEqual([[1]]);
    expect(fte([[3200], [""]], null as never)).toEqual([[2], [""]]);
  });

  it("refuses text hours", () => {
    expect(excelErrorOf(() => fte([["douze"]], null as never)).message).toBe("heures : doit être un nombre (reçu « douze »)");
  });
});
