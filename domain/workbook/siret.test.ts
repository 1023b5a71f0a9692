import { decodeTable } from "./codec";
import { luhnValid, readSiret } from "./siret";
import { companiesTable } from "./tables";

describe("SIRET numbers", () => {
  it("accepts a valid SIRET typed with spaces or as a number, and keeps its 14 digits", () => {
    expect(readSiret("732 829 320 00074")).toEqual({ ok: true, value: "73282932000074" });
    expect(readSiret(73282932000074)).toEqual({ ok: true, value: "73282932000074" });
  });

  it("catches a mistyped digit and two swapped digits with the Luhn key", () => {
    expect(luhnValid("73282932000074")).toBe(true);
    expect(readSiret("73282932000075")).toEqual({
      ok: false,
      reason: "le SIRET « 73282932000075 » a une clé de contrôle invalide (chiffre mal saisi ?)",
    });
    // The last two digits swapped, then one digit of the establishment number mistyped.
    expect(readSiret("73282932000047").ok).toBe(false);
    expect(readSiret("73282932000174")).toEqual({
      ok: false,
      reason: "le SIRET « 73282932000174 » a une clé de contrôle invalide (chiffre mal saisi ?)",
    });
    expect(readSiret("73282933000074")).toEqual({
      ok: false,
      reason: "le SIREN « 732829330 » (9 premiers chiffres du SIRET) a une clé de contrôle invalide (chiffre mal saisi ?)",
    });
  });

  it("says when a leading zero was lost because the SIRET was typed as a number", () => {
    expect(readSiret(1234567800019)).toEqual({
      ok: false,
      reason: "le SIRET « 1234567800019 » a 13 chiffres au lieu de 14 : un zéro initial a été perdu ? Saisissez le SIRET comme du texte",
    });
    expect(readSiret("123 456")).toEqual({ ok: false, reason: "le SIRET « 123456 » a 6 chiffres au lieu de 14" });
    expect(readSiret("SIRET à venir")).toEqual({ ok: false, reason: "« SIRET à venir » n'est pas un SIRET (14 chiffres attendus)" });
  });

  it("accepts La Poste's establishments, whose digits add up to a multiple of 5 instead", () => {
    // 3+5+6+0+0+0+0+0+0+0+0+0+0+1 = 15: not Luhn-valid, valid by La Poste's rule.
    expect(luhnValid("35600000000001")).toBe(false);
    expect(readSiret("35600000000001")).toEqual({ ok: true, value: "35600000000001" });
    expect(readSiret("35600000000002").ok).toBe(false);
  });

  it("is checked when the Entreprises table is decoded, with the row and column", () => {
    const result = decodeTable(companiesTable, [
      ["Entreprise", "SIRET"],
      ["A", "732 829 320 00074"],
      ["B", "73282932000075"],
    ]);
    expect(result.rows[0]?.values.siret).toBe("73282932000074");
    expect(result.errors.map((error) => error.message)).toEqual([
      "Entreprises, ligne 3, colonne « SIRET » : le SIRET « 73282932000075 » a une clé de contrôle invalide (chiffre mal saisi ?)",
    ]);
  });
});
