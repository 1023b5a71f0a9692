/**
 * The drafting functions called exactly as Excel calls them: ranges as 2-D arrays, a single cell as
 * [[value]], omitted optional arguments as null, dates as serials or text.
 */
import { dayFromIso, excelSerialFromDay, isoFromDay, todayDay } from "../../../domain";
import { euThresholdFunction, socialConditionRequired } from "./functions";
import { excelErrorOf } from "../../../test/support/excel-error";

const serial = (iso: string) => excelSerialFromDay(dayFromIso(iso));

describe("=CLAUSES.SOCIAL_CONDITION_REQUIRED", () => {
  it("is TRUE at the threshold and FALSE one euro below, with the launch date as an Excel serial", () => {
    expect(socialConditionRequired([[216_000]], [["collectivite"]], [["services"]], [[serial("2026-09-15")]], null as never)).toEqual([
      [true],
    ]);
    expect(socialConditionRequired([[215_999]], [["collectivite"]], [["services"]], [[serial("2026-09-15")]], null as never)).toEqual([
      [false],
    ]);
  });

  it("reads French words, ISO or French dates, and is FALSE before 22 August 2026", () => {
    expect(socialConditionRequired([[150_000]], [["État"]], [["Fournitures"]], [["2026-08-22"]], null as never)).toEqual([[true]]);
    expect(socialConditionRequired([[150_000]], [["État"]], [["Fournitures"]], [["21/08/2026"]], null as never)).toEqual([[false]]);
  });

  it("is FALSE for a defence contract, and treats « concession » with the works/concessions threshold", () => {
    expect(socialConditionRequired([[9_000_000]], [["etat"]], [["works"]], [["2026-09-15"]], [[true]])).toEqual([[false]]);
    expect(socialConditionRequired([[9_000_000]], [["etat"]], [["works"]], [["2026-09-15"]], [["FAUX"]])).toEqual([[true]]);
    expect(
      socialConditionRequired([[5_404_000], [5_403_999]], [["collectivite"]], [["concession"]], [["2026-09-15"]], null as never),
    ).toEqual([[true], [false]]);
  });

  it("spills one answer per contract, blank rows staying blank, a bad row getting its own French error", () => {
    const out = socialConditionRequired(
      [[300_000], [""], [300_000]],
      [["collectivite"], ["collectivite"], ["mairie"]],
      [["services"]],
      [["2026-09-15"]],
      null as never,
    ) as unknown[][];
    expect(out[0]).toEqual([true]);
    expect(out[1]).toEqual([""]);
    expect(out[2]?.[0]).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Type d'acheteur : « mairie » n'est pas une valeur possible/),
    });
  });

  it("explains a bad date or a date beyond the pack's thresholds", () => {
    expect(excelErrorOf(() => socialConditionRequired([[1]], [["etat"]], [["works"]], [["31/02/2026"]], null as never)).message).toBe(
      "Date de lancement : la date « 31/02/2026 » n'existe pas",
    );
    expect(excelErrorOf(() => socialConditionRequired([[1]], [["etat"]], [["works"]], [["2028-03-01"]], null as never)).message).toMatch(
      /^date de lancement : aucun seuil européen n'est connu le 2028-03-01/,
    );
  });
});

describe("=CLAUSES.EU_THRESHOLD", () => {
  it("gives the 2026–2027 thresholds, and the 2024–2025 ones for a 2025 date", () => {
    const date = [["2026-09-15"]];
    expect(euThresholdFunction([["etat"]], [["services"]], date)).toEqual([[140_000]]);
    expect(euThresholdFunction([["collectivite"]], [["fournitures"]], date)).toEqual([[216_000]]);
    expect(euThresholdFunction([["entite-adjudicatrice"]], [["services"]], date)).toEqual([[432_000]]);
    expect(euThresholdFunction([["collectivite"]], [["travaux"]], date)).toEqual([[5_404_000]]);
    expect(euThresholdFunction([["collectivite"]], [["concession"]], date)).toEqual([[5_404_000]]);
    expect(euThresholdFunction([["collectivite"]], [["services"]], [[serial("2025-12-31")]])).toEqual([[221_000]]);
  });

  it("uses today when the date is omitted", () => {
    const attempt = (call: () => unknown) => {
      try {
        return call();
      } catch (error) {
        return (error as Error).message;
      }
    };
    const today = [[isoFromDay(todayDay())]];
    expect(attempt(() => euThresholdFunction([["etat"]], [["works"]], null as never))).toEqual(
      attempt(() => euThresholdFunction([["etat"]], [["works"]], today)),
    );
  });
});
