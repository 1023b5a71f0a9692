import { decodeTable, hoursTable, marketsTable, companiesTable, participantsTable, type Cell, type TablesByName } from "../workbook";
import {
  bothReadings,
  decideDateOrder,
  dryRunImport,
  dryRunSteps,
  findHeaderRow,
  mappingFromFile,
  mappingProblems,
  parseMappingFile,
  proposeMapping,
  proposeTable,
  tableNamed,
  type ImportSource,
} from ".";

/** An export of a facilitator's old spreadsheet: a title, a blank line, headers in their own words and order. */
const messy: Cell[][] = [
  ["Suivi des heures d'insertion — export 2026", null, null, null, null, null, null],
  [null, null, null, null, null, null, null],
  ["Date de fin", "Salarié", "Nb heures", "Société", "Commentaire", "Date début", "Type contrat"],
  [46053, "P001", 35, "BTP-RIVIERE", "", 46023, "CDD"], // row 4: fine (January, serial dates)
  ["28/02/2026", "P001", 28, "BTP-RIVIERE", "ok", "01/02/2026", "cdd"], // row 5: text dates, day first
  ["31/03/2026", "P001", -7, "BTP-RIVIERE", "", "01/03/2026", "CDD"], // row 6: negative hours
  ["31/11/2026", "P001", 20, "BTP-RIVIERE", "", "01/11/2026", "CDD"], // row 7: 31 November
  ["30/04/2026", "P002", 21, "BTP RIVIERE", "", "01/04/2026", "CDI"], // row 8: unknown company (a space for a dash)
  ["", "", "", "", "", "", ""], // row 9: blank, skipped
  ["31/05/2026", "P002", 14, "BTP-RIVIERE", "", "2026-05-01", "Intérim"], // row 10: ISO start
  ["15/05/2026", "P002", 7, "BTP-RIVIERE", "", "20/05/2026", "CDI"], // row 11: ends before it starts
];

const source: ImportSource = { sheet: "Ancien suivi", values: messy, firstRow: 1, headerIndex: 2 };

const existing: TablesByName = {
  Entreprises: decodeTable(companiesTable, [
    ["Entreprise", "Raison sociale"],
    ["BTP-RIVIERE", "BTP Rivière SAS"],
  ]).rows,
  Participants: decodeTable(participantsTable, [["Participant"], ["P001"], ["P002"]]).rows,
  Heures: [],
};

describe("proposing where and what to import", () => {
  it("finds the header row under a title and a blank line, and recognises an hours sheet", () => {
    expect(findHeaderRow(messy)).toBe(2);
    expect(proposeTable(messy[2]!)?.name).toBe("Heures");
    expect(proposeTable(["Marché", "Montant HT", "Heures dues", "Date de début de marché"])?.name).toBe("Marchés");
    expect(proposeTable(["Nom", "Prénom", "Téléphone"])).toBeUndefined();
  });

  it("maps the facilitator's headers, accents and case ignored, and leaves unknown columns out", () => {
    expect(proposeMapping(hoursTable, messy[2]!)).toEqual(["end", "participant", "hours", "company", null, "start", "contractType"]);
    expect(proposeMapping(marketsTable, ["Date début", "DEBUT", "Date de début de marché"])).toEqual(["start", null, null]);
  });

  it("says which required column no source column feeds, and which is fed twice", () => {
    expect(mappingProblems(hoursTable, ["hours", "start", "start"])).toEqual([
      "la colonne obligatoire « Entreprise » n'est alimentée par aucune colonne de la feuille",
      "la colonne « Début » est alimentée par plusieurs colonnes de la feuille",
      "la colonne obligatoire « Fin » n'est alimentée par aucune colonne de la feuille",
    ]);
  });
});

describe("the dry run", () => {
  const mapping = proposeMapping(hoursTable, messy[2]!);
  const run = dryRunImport(source, { table: hoursTable, mapping }, existing);

  it("keeps the good rows, whatever the form of their dates", () => {
    expect(run.blocking).toEqual([]);
    expect(run.ready.map((row) => row.row)).toEqual([4, 5, 10]);
    expect(run.ready[1]?.values).toEqual({
      end: "2026-02-28",
      participant: "P001",
      hours: 28,
      company: "BTP-RIVIERE",
      start: "2026-02-01",
      contractType: "CDD",
    });
    expect(run.dateOrder).toMatchObject({ order: "dmy", evidence: "dmy", chosen: false });
  });

  it("rejects every bad row with its sheet row and the facilitator's own column names", () => {
    expect(run.rejected).toEqual([
      { row: 6, reasons: ["« Nb heures » (Heures) : « -7 » : doit être positif ou nul"] },
      { row: 7, reasons: ["« Date de fin » (Fin) : la date « 31/11/2026 » n'existe pas"] },
      {
        row: 8,
        reasons: [
          "« Société » (Entreprise) : entreprise « BTP RIVIERE » inconnue : elle n'est pas dans le tableau Entreprises (vouliez-vous dire « BTP-RIVIERE » ?)",
        ],
      },
      { row: 11, reasons: ["« Date de fin » (Fin) : la fin (15/05/2026) précède le début (20/05/2026)"] },
    ]);
  });

  it("recognises rows already imported, so importing the same sheet twice adds nothing", () => {
    const afterFirstImport = { ...existing, Heures: run.ready.map((row, index) => ({ row: index + 2, values: row.values })) };
    const again = dryRunImport(source, { table: hoursTable, mapping }, afterFirstImport);
    expect(again.ready).toEqual([]);
    expect(again.alreadyPresent).toEqual([
      { row: 4, existingRow: 2 },
      { row: 5, existingRow: 3 },
      { row: 10, existingRow: 4 },
    ]);
    expect(again.rejected.map((row) => row.row)).toEqual([6, 7, 8, 11]);
  });

  it("does not reject what it cannot check, and says so: a workbook without Participants", () => {
    const withoutParticipants = { Entreprises: existing.Entreprises!, Heures: [] };
    const lenient = dryRunImport(source, { table: hoursTable, mapping }, withoutParticipants);
    expect(lenient.ready.map((row) => row.row)).toEqual([4, 5, 10]);
    expect(lenient.warnings).toEqual([
      "Le classeur n'a pas de tableau Participants : les références à ce tableau n'ont pas été vérifiées (importez-le d'abord pour qu'elles le soient).",
    ]);
    expect(run.warnings).toEqual([]);
  });

  it("flags a line typed twice in the sheet", () => {
    const twice: ImportSource = { ...source, values: [messy[2]!, messy[3]!, messy[3]!], headerIndex: 0 };
    expect(dryRunImport(twice, { table: hoursTable, mapping }, existing).rejected).toEqual([
      { row: 3, reasons: ["même ligne que la ligne 2 de la feuille (doublon ?)"] },
    ]);
  });

  it("writes nothing and says why when the mapping misses a required column", () => {
    const blocked = dryRunImport(source, { table: hoursTable, mapping: mapping.map((key) => (key === "company" ? null : key)) }, existing);
    expect(blocked.blocking).toEqual(["la colonne obligatoire « Entreprise » n'est alimentée par aucune colonne de la feuille"]);
    expect(blocked.ready).toEqual([]);
  });

  it("rejects a contract already in the table with other values, and skips it when identical", () => {
    const markets = decodeTable(marketsTable, [
      ["Marché", "Heures dues"],
      ["M1", 600],
    ]).rows;
    const sheet: ImportSource = {
      sheet: "Marchés 2025",
      values: [
        ["N° marché", "Heures d'insertion"],
        ["M1", 600],
        ["M1 ", 650],
      ],
      firstRow: 1,
      headerIndex: 0,
    };
    const result = dryRunImport(sheet, { table: marketsTable, mapping: ["id", "obligation"] }, { Marchés: markets });
    expect(result.alreadyPresent).toEqual([{ row: 2, existingRow: 2 }]);
    expect(result.rejected).toEqual([{ row: 3, reasons: ["« N° marché » (Marché) : « M1 » est déjà utilisé ligne 2"] }]);
  });
});

describe("the dry run a slice at a time (progress for a long sheet)", () => {
  /** Runs the steps to the end, keeping every progress report. */
  function stepped(sheet: ImportSource, choices: Parameters<typeof dryRunImport>[1], tables: TablesByName, slice: number) {
    const reports: { done: number; total: number }[] = [];
    const steps = dryRunSteps(sheet, choices, tables, slice);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return { result: step.value, reports };
      reports.push(step.value);
    }
  }

  it("reports rows done out of the sheet's rows, and ends with the very same report as in one go", () => {
    const choices = { table: hoursTable, mapping: proposeMapping(hoursTable, messy[2]!) };
    const whole = dryRunImport(source, choices, existing);
    for (const slice of [1, 2, 3, 5, 1000]) {
      const { result, reports } = stepped(source, choices, existing, slice);
      expect(result).toEqual(whole);
      expect(reports.at(-1)).toEqual({ done: 8, total: 8 });
      expect(reports).toHaveLength(Math.ceil(8 / slice));
    }
  });

  it("finds a key typed twice even when the two rows fall in different slices", () => {
    const sheet: ImportSource = {
      sheet: "Marchés 2025",
      values: [
        ["N° marché", "Heures d'insertion"],
        ["M1", 600],
        ["M2", 100],
        ["M1", 650],
      ],
      firstRow: 1,
      headerIndex: 0,
    };
    const { result } = stepped(sheet, { table: marketsTable, mapping: ["id", "obligation"] }, {}, 1);
    expect(result.rejected).toEqual([{ row: 4, reasons: ["« N° marché » (Marché) : « M1 » est déjà utilisé ligne 2"] }]);
  });
});

describe("ambiguous day/month order", () => {
  const sheet: ImportSource = {
    sheet: "Export",
    values: [
      ["Entreprise", "Début", "Fin", "Heures"],
      ["BTP-RIVIERE", "02/03/2026", "03/03/2026", 7], // reads 2-3 March or 3 February - 3 March
      ["BTP-RIVIERE", "01/01/2026", "01/01/2026", 7], // the same both ways
      ["BTP-RIVIERE", 46054, 46054, 7],
    ],
    firstRow: 1,
    headerIndex: 0,
  };
  const mapping = ["company", "start", "end", "hours"];

  it("is reported, not guessed: rows whose dates read two ways wait for the facilitator's choice", () => {
    const run = dryRunImport(sheet, { table: hoursTable, mapping }, existing);
    expect(run.dateOrder).toEqual({ order: null, evidence: "ambiguous", chosen: false, example: "02/03/2026" });
    expect(run.rejected).toEqual([
      {
        row: 2,
        reasons: ["« Début » : « 02/03/2026 » peut se lire 2 mars ou 3 février 2026 : précisez l'ordre des dates (jour/mois ou mois/jour)"],
      },
    ]);
    expect(run.ready.map((row) => row.row)).toEqual([3, 4]);
  });

  it("is applied once the facilitator chooses it", () => {
    const monthFirst = dryRunImport(sheet, { table: hoursTable, mapping, dateOrder: "mdy" }, existing);
    expect(monthFirst.ready[0]?.values).toMatchObject({ start: "2026-02-03", end: "2026-03-03" });
    const dayFirst = dryRunImport(sheet, { table: hoursTable, mapping, dateOrder: "dmy" }, existing);
    expect(dayFirst.ready[0]?.values).toMatchObject({ start: "2026-03-02", end: "2026-03-03" });
  });

  it("asks when the sheet mixes both orders", () => {
    expect(decideDateOrder(["25/03/2026", "03/25/2026"])).toEqual({ order: null, evidence: "conflict", chosen: false });
    expect(decideDateOrder(["2026-03-02", 46083])).toEqual({ order: "dmy", evidence: "none", chosen: false });
    expect(bothReadings("12/01/2026")).toBe("12 janvier ou 1 décembre 2026");
  });
});

describe("the mapping file of `clauses import`", () => {
  it("corrects the proposal with the facilitator's choices (key, French header or synonym)", () => {
    const file = parseMappingFile({ table: "heures", columns: { Commentaire: "Marché", "Type contrat": null } });
    expect(tableNamed(file.table)).toBe(hoursTable);
    expect(mappingFromFile(hoursTable, messy[2]!, file.columns)).toEqual([
      "end",
      "participant",
      "hours",
      "company",
      "market",
      "start",
      null,
    ]);
  });

  it("names every mistake with its field", () => {
    expect(() => parseMappingFile({ table: "Heures", dateOrder: "ymd", colums: {} })).toThrow(/dateOrder/);
    expect(() => tableNamed("Ventilation")).toThrow(
      "table : tableau inconnu « Ventilation » (attendu : Acheteurs, Entreprises, Marchés, Participants, Validations, Heures, Programmation, Besoins, Positionnements, Étapes)",
    );
    expect(() => mappingFromFile(hoursTable, messy[2]!, { Salarie: "personne", Absente: "hours" })).toThrow(
      "columns.Salarie : le tableau Heures n'a pas de colonne « personne » (attendu : participant, company, employer, mode, contractType, start, end, hours, market, statement, statementVersion, receivedOn, amountInvoiced)\ncolumns.Absente : la feuille n'a pas de colonne « Absente »",
    );
  });
});
