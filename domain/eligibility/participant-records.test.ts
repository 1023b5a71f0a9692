import { dayFromIso } from "../dates";
import { decodeTable, encodeTable, participantsTable } from "../workbook";
import { eligibilityRulesSchema, factsFromRecord, parseBenefitEntry, recordFromFacts, type ParticipantFacts } from ".";
import national from "./national.json";

const rules = eligibilityRulesSchema.parse(national);
const today = dayFromIso("2026-11-26");

describe("benefits typed in one cell", () => {
  it("reads a code or a label, with optional dates in French or ISO", () => {
    expect(parseBenefitEntry("RSA")).toEqual({ ok: true, value: { code: "RSA" } });
    expect(parseBenefitEntry("AAH du 01/01/2024 au 31/12/2026")).toEqual({
      ok: true,
      value: { code: "AAH", from: "2024-01-01", to: "2026-12-31" },
    });
    expect(parseBenefitEntry("ASS depuis le 2025-02-01")).toEqual({ ok: true, value: { code: "ASS", from: "2025-02-01" } });
    expect(parseBenefitEntry("ATA au 30/06/2026")).toEqual({ ok: true, value: { code: "ATA", to: "2026-06-30" } });
    expect(parseBenefitEntry("ASS du 31/02/2025")).toEqual({ ok: false, reason: "ASS : la date « 31/02/2025 » n'existe pas" });
  });
});

describe("a Participants row", () => {
  const facts: ParticipantFacts = {
    id: "P100",
    sex: "F",
    birthDate: "1990-02-11",
    qualificationLevel: 3,
    jobSeekerSince: "2024-01-15",
    benefits: [{ code: "RSA", from: "2025-02-01" }, { code: "AAH" }],
    rqth: { from: "2024-01-01", to: "2028-12-31" },
    qpv: true,
    structure: "ETTI",
    programmes: ["PLIE"],
    prescriber: "PLIE",
    firstClauseEntry: "2026-03-02",
    derogation: { reason: "Avis motivé", validatedOn: "2026-03-01" },
  };

  it("round-trips through the table's cells: what the form writes is what the functions read", () => {
    const cells = encodeTable(participantsTable, [recordFromFacts(facts)]);
    expect(cells[1]).toContain("RSA du 01/02/2025 ; AAH");
    const decoded = decodeTable(participantsTable, cells);
    expect(decoded.errors).toEqual([]);
    const read = factsFromRecord(decoded.rows[0]!.values, rules, today, { table: "Participants", row: 2 });
    expect(read).toEqual({ facts, errors: [] });
  });

  it("accepts labels for codes, and names the cell of each unknown code or impossible date", () => {
    const decoded = decodeTable(participantsTable, [
      ["Participant", "Minima sociaux", "Structure", "Dispositifs", "Date de naissance", "Sortie scolaire"],
      [
        "P1",
        "Revenu de solidarité active (RSA) ; RSO",
        "Entreprise d'insertion (EI)",
        "PLIE ; Garantie jeunes",
        "2001-05-10",
        "2000-06-30",
      ],
      ["P2", "AAH du 31/02/2024", "SCOP", "", "2031-01-01", ""],
    ]);
    const first = factsFromRecord(decoded.rows[0]!.values, rules, today, { table: "Participants", row: 2 });
    expect(first.facts).toMatchObject({
      benefits: [{ code: "RSA" }, { code: "RSO" }],
      structure: "EI",
      programmes: ["PLIE", "Garantie jeunes"],
    });
    expect(first.errors.map((error) => error.message)).toEqual([
      "Participants, ligne 2, colonne « Minima sociaux » : minimum social inconnu « RSO » (codes possibles : RSA, RSA-ayant-droit, ASS, AI, AAH, invalidite, ATA)",
      "Participants, ligne 2, colonne « Dispositifs » : dispositif inconnu « Garantie jeunes » (codes possibles : PLIE, E2C, EPIDE, CEJ)",
      "Participants, ligne 2, colonne « Sortie scolaire » : la sortie scolaire précède la date de naissance",
    ]);
    const second = factsFromRecord(decoded.rows[1]!.values, rules, today, { table: "Participants", row: 3 });
    expect(second.errors.map((error) => error.message)).toEqual([
      "Participants, ligne 3, colonne « Minima sociaux » : AAH : la date « 31/02/2024 » n'existe pas",
      expect.stringMatching(/^Participants, ligne 3, colonne « Structure » : type de structure inconnu « SCOP »/),
      "Participants, ligne 3, colonne « Date de naissance » : la date de naissance est dans le futur (aujourd'hui : 2026-11-26)",
    ]);
  });

  it("refuses a validated derogation without its reason, and a level outside 1–8", () => {
    const read = factsFromRecord({ id: "P3", derogationValidatedOn: "2026-03-02", qualificationLevel: 9 }, rules, today, {
      table: "Participants",
      row: 4,
    });
    expect(read.errors.map((error) => error.message)).toEqual([
      "Participants, ligne 4, colonne « Niveau de qualification » : le niveau 9 n'existe pas (1 à 8 ; 3 = CAP, BEP)",
      "Participants, ligne 4, colonne « Motif de dérogation » : une dérogation validée doit avoir son motif (avis motivé du prescripteur)",
    ]);
  });
});
