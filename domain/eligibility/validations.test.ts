import { dayFromIso } from "../dates";
import { ValidationFailed } from "../errors";
import { decodeTable, encodeTable, validationsTable } from "../workbook";
import {
  eligibilityRulesSchema,
  newValidation,
  parseProof,
  validationHistory,
  validationOn,
  validationRecordToTable,
  validationsFromRows,
  type ValidationRecord,
} from ".";
import national from "./national.json";

const rules = eligibilityRulesSchema.parse(national);
const today = dayFromIso("2026-11-26");

const validation = (participant: string, validatedOn: string, validUntil?: string): ValidationRecord => ({
  participant,
  validatedOn,
  validatedBy: "PLIE Valrivière",
  criteria: ["DELD"],
  proofs: [{ type: "Attestation d'inscription à France Travail", seenOn: validatedOn }],
  ...(validUntil ? { validUntil } : {}),
});

describe("a new validation", () => {
  it("records who, when, which criteria, the proofs seen (type and date) and the rule pack", () => {
    const record = newValidation(
      {
        participant: "P003",
        validatedOn: "2026-07-01",
        validatedBy: "PLIE Valrivière",
        criteria: ["DELD"],
        proofs: [{ type: "Attestation d'inscription à France Travail", seenOn: "2026-06-28" }],
        validUntil: "2026-12-31",
      },
      rules,
      today,
      "national@test",
    );
    const cells = encodeTable(validationsTable, [validationRecordToTable(record)]);
    expect(cells[1]).toContain("Attestation d'inscription à France Travail du 28/06/2026");
    const read = validationsFromRows(decodeTable(validationsTable, cells).rows);
    expect(read).toEqual({ validations: [record], errors: [] });
  });

  it("lists every problem: unknown criterion, date in the future, proof after the validation, end before start", () => {
    const problems = (input: Record<string, unknown>) => {
      try {
        newValidation(input, rules, today, "national@test");
      } catch (error) {
        return (error as ValidationFailed).errors.map((e) => e.message);
      }
      throw new Error("expected the validation to be refused");
    };
    const base = { participant: "P003", validatedOn: "2026-11-20", validatedBy: "PLIE", criteria: ["DELD"], proofs: [] };
    expect(problems({ ...base, validatedBy: " ", criteria: [] })).toEqual([
      "validatedBy : indiquez qui valide (nom ou structure)",
      "criteria : cochez au moins un critère validé",
    ]);
    expect(
      problems({
        ...base,
        validatedOn: "2026-12-01",
        criteria: ["DELD", "PIPO"],
        proofs: [{ type: "Pièce d'identité", seenOn: "2026-12-02" }],
        validUntil: "2026-11-30",
      }),
    ).toEqual([
      "criteria : critère inconnu « PIPO »",
      "validatedOn : une validation ne peut pas être datée dans le futur",
      "proofs[0].seenOn : le justificatif « Pièce d'identité » est daté après la validation",
      "validUntil : la fin de validité précède la validation",
    ]);
    expect(newValidation(base, rules, today, "national@test")).toMatchObject({ participant: "P003", rulePack: "national@test" });
  });

  it("reads a proof only with its date", () => {
    expect(parseProof("Pièce d'identité du 02/03/2026")).toEqual({ ok: true, value: { type: "Pièce d'identité", seenOn: "2026-03-02" } });
    expect(parseProof("Justificatif du domicile du 2026-03-02")).toEqual({
      ok: true,
      value: { type: "Justificatif du domicile", seenOn: "2026-03-02" },
    });
    expect(parseProof("Pièce d'identité")).toEqual({
      ok: false,
      reason: "« Pièce d'identité » : indiquez la date du justificatif (… du JJ/MM/AAAA)",
    });
  });

  it("locates an unreadable proof in the Validations table", () => {
    const decoded = decodeTable(validationsTable, [
      ["Participant", "Validé le", "Validé par", "Justificatifs vus"],
      ["P1", "2026-03-02", "PLIE", "Pièce d'identité du 31/02/2026"],
    ]);
    expect(validationsFromRows(decoded.rows).errors.map((error) => error.message)).toEqual([
      "Validations, ligne 2, colonne « Justificatifs vus » : « Pièce d'identité du 31/02/2026 » : la date « 31/02/2026 » n'existe pas",
    ]);
  });
});

describe("the history of validations", () => {
  it("closes a validation the day before the next one, keeping both", () => {
    const history = validationHistory([
      validation("P1", "2026-05-02"),
      validation("P2", "2026-02-01"),
      validation("P1", "2026-01-10", "2026-07-09"),
    ]);
    const p1 = history.get("P1") ?? [];
    expect(p1.map(({ validatedOn, endsOn, replacedOn }) => ({ validatedOn, endsOn, replacedOn }))).toEqual([
      { validatedOn: "2026-01-10", endsOn: "2026-05-01", replacedOn: "2026-05-02" },
      { validatedOn: "2026-05-02", endsOn: null, replacedOn: null },
    ]);
    expect(validationOn(p1, dayFromIso("2026-05-01"))?.validatedOn).toBe("2026-01-10");
    expect(validationOn(p1, dayFromIso("2026-05-02"))?.validatedOn).toBe("2026-05-02");
    expect(validationOn(p1, dayFromIso("2026-01-09"))).toBeNull();
  });

  it("ends a validation at its own end when no later one replaces it before", () => {
    const history = validationHistory([validation("P1", "2026-01-10", "2026-03-31"), validation("P1", "2026-06-01")]);
    const p1 = history.get("P1") ?? [];
    expect(p1[0]?.endsOn).toBe("2026-03-31");
    expect(validationOn(p1, dayFromIso("2026-04-15"))).toBeNull();
  });

  it("lets the later of two same-day validations win, as appended", () => {
    const second = { ...validation("P1", "2026-03-02"), validatedBy: "Facilitatrice B" };
    const p1 = validationHistory([validation("P1", "2026-03-02"), second]).get("P1") ?? [];
    expect(validationOn(p1, dayFromIso("2026-03-02"))?.validatedBy).toBe("Facilitatrice B");
  });
});
