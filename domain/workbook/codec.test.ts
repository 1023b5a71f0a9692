import { decodeRange, decodeTable, encodeTable, looksLikeHeader, matchHeader } from "./codec";
import { excelErrorCode, readChoice, readFraction, readNumber, readPercentText } from "./cells";
import { marketsTable, hoursTable } from "./tables";

describe("reading cells", () => {
  it("reads French numbers and refuses words", () => {
    expect(readNumber("1 000,50")).toEqual({ ok: true, value: 1000.5 });
    expect(readNumber("1\u202f000")).toEqual({ ok: true, value: 1000 });
    expect(readNumber("12.5")).toEqual({ ok: true, value: 12.5 });
    expect(readNumber("douze")).toEqual({ ok: false, reason: "« douze » n'est pas un nombre" });
  });

  it("reads dots as thousands when they can only be thousands, and asks when « 1.000 » could be either", () => {
    expect(readNumber("1.000.000")).toEqual({ ok: true, value: 1000000 });
    expect(readNumber("1000000")).toEqual({ ok: true, value: 1000000 });
    expect(readNumber("1 000 000")).toEqual({ ok: true, value: 1000000 });
    expect(readNumber("1 000 000,50")).toEqual({ ok: true, value: 1000000.5 });
    expect(readNumber("1.000.000,50")).toEqual({ ok: true, value: 1000000.5 });
    expect(readNumber("1.000")).toEqual({ ok: false, reason: "« 1.000 » est ambigu : écrivez 1 000 (milliers) ou 1,000 (décimales)" });
  });

  it("reads fractions without guessing that 50 means 50 %", () => {
    expect(readFraction(0.5)).toEqual({ ok: true, value: 0.5 });
    expect(readFraction("7,5 %")).toEqual({ ok: true, value: 0.075 });
    expect(readFraction(50)).toEqual({ ok: false, reason: "50 n'est pas une fraction : 50 % s'écrit 0,5 ou « 50 % »" });
  });
});

describe("choices and error values, read once per set (decoding 100 000 rows)", () => {
  const choices = [
    { code: "a", label: "Même" },
    { code: "meme", label: "Autre" },
    { code: "b", label: "Bâtiment" },
  ];

  it("gives the first choice whose code or label matches, the same the second time, and refuses the others", () => {
    expect(readChoice("MEME", choices)).toEqual({ ok: true, value: "a" });
    expect(readChoice("MEME", choices)).toEqual({ ok: true, value: "a" });
    expect(readChoice(" batiment ", choices)).toEqual({ ok: true, value: "b" });
    expect(readChoice("b", choices)).toEqual({ ok: true, value: "b" });
    expect(readChoice("c", choices).ok).toBe(false);
    expect(readChoice("c", choices).ok).toBe(false);
    expect(readChoice("a", [{ code: "x", label: "A" }])).toEqual({ ok: true, value: "x" });
  });

  it("finds error literals however typed, and no error in a text without « # »", () => {
    expect(excelErrorCode(" #n/a ")).toBe("#N/A");
    expect(excelErrorCode("#DIV/0!")).toBe("#DIV/0!");
    expect(excelErrorCode("N/A")).toBeUndefined();
    expect(excelErrorCode("Marché #12")).toBeUndefined();
  });
});

describe("headers", () => {
  it("matches headers by name, synonym or key, accents and case ignored", () => {
    expect(matchHeader(marketsTable, "Date de début de marché")?.key).toBe("start");
    expect(matchHeader(marketsTable, "DEBUT")?.key).toBe("start");
    expect(matchHeader(marketsTable, "obligation")?.key).toBe("obligation");
    expect(matchHeader(marketsTable, "Commentaire")).toBeUndefined();
  });

  it("tells a header row from a data row", () => {
    expect(looksLikeHeader(marketsTable, ["Marché", "Entreprise", "Début", "Fin"])).toBe(true);
    expect(looksLikeHeader(marketsTable, ["M1", "X", 46027, 46203])).toBe(false);
  });
});

describe("decoding a table", () => {
  it("reads typed records whatever the column order, ignoring unknown columns", () => {
    const result = decodeTable(marketsTable, [
      ["Fin", "Commentaire", "Marché", "Date de début", "Heures dues", "Mutualisé", "Part MO"],
      [46203, "à revoir", "M1", "05/01/2026", 600, "Oui", "50 %"],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, values: { end: "2026-06-30", id: "M1", start: "2026-01-05", obligation: 600, pooled: true, labourShare: 0.5 } },
    ]);
  });

  it("locates every bad cell by sheet, row and column, and skips blank rows", () => {
    const result = decodeTable(hoursTable, [
      ["Entreprise", "Début", "Fin", "Heures"],
      ["X", "2026-01-05", "2026-01-31", 35],
      [null, null, null, null],
      ["X", "31/02/2026", "2026-03-31", "beaucoup"],
      ["", "2026-04-01", "2026-04-30", 20],
    ]);
    expect(result.errors.map((error) => error.message)).toEqual([
      "Heures, ligne 4, colonne « Début » : la date « 31/02/2026 » n'existe pas",
      "Heures, ligne 4, colonne « Heures » : « beaucoup » n'est pas un nombre",
      "Heures, ligne 5, colonne « Entreprise » : valeur obligatoire manquante",
    ]);
    // Header in row 1; row 3 is blank and is not a record.
    expect(result.rows.map((row) => row.row)).toEqual([2, 4, 5]);
  });

  it("reports a missing required column once, and duplicate keys with the first row", () => {
    expect(decodeTable(hoursTable, [["Entreprise", "Début", "Heures"]]).errors.map((e) => e.message)).toEqual([
      "Heures : la colonne « Fin » est absente",
    ]);
    const duplicates = decodeTable(marketsTable, [["Marché"], ["M1"], ["M2"], ["M1"]]);
    expect(duplicates.errors.map((e) => e.message)).toEqual(["Marchés, ligne 4, colonne « Marché » : « M1 » est déjà utilisé ligne 2"]);
  });

  it("reads a range without header in the standard column order", () => {
    // Every column of today's schema, those after « Marché » empty (their number grows with the schema).
    const line = ["P1", "X", "", "", "", 46027, 46053, 35, "M1"];
    const result = decodeRange(hoursTable, [[...line, ...Array<string>(hoursTable.columns.length - line.length).fill("")]]);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.values).toEqual({
      participant: "P1",
      company: "X",
      start: "2026-01-05",
      end: "2026-01-31",
      hours: 35,
      market: "M1",
    });
  });
});

describe("encoding a table", () => {
  it("writes headers, serial dates, Oui/Non and labels, and reads back the same records", () => {
    const records = [
      { id: "M1", company: "X", method: "labour-cost", start: "2026-01-05", end: "2026-06-30", obligation: 600, pooled: true },
    ];
    const cells = encodeTable(marketsTable, records);
    expect(cells[0]?.slice(0, 3)).toEqual(["Marché", "Lot", "Intitulé"]);
    expect(cells[1]).toContain(46027);
    expect(cells[1]).toContain("Oui");
    expect(cells[1]).toContain("Coût de main-d'œuvre");
    expect(decodeTable(marketsTable, cells).rows[0]?.values).toEqual(records[0]);
  });
});

describe("percentages typed in a form", () => {
  it("always means percent, and flags values that look like fractions", () => {
    expect(readPercentText("5")).toEqual({ ok: true, value: 0.05, percent: 5, looksLikeFraction: false });
    expect(readPercentText("5 %")).toEqual({ ok: true, value: 0.05, percent: 5, looksLikeFraction: false });
    expect(readPercentText("5,5")).toEqual({ ok: true, value: 0.055, percent: 5.5, looksLikeFraction: false });
    expect(readPercentText("0,05")).toMatchObject({ ok: true, percent: 0.05, looksLikeFraction: true });
    expect(readPercentText("500")).toEqual({ ok: false, reason: "500 % : un pourcentage est compris entre 0 et 100 %" });
  });
});
