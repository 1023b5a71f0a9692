import { DomainError } from "../../../domain";
import { checkRequest, clauseRequest, draftProblems, emptyClauseForm } from "./draft-form";

const check = {
  value: "",
  buyerType: "collectivite",
  kind: "services",
  launchDate: "2026-09-15",
  defence: false,
  concession: false,
  exemption: "",
  exemptionReason: "",
};

describe("the wizard's forms", () => {
  it("waits for the check's fields, reads French numbers, and names a bad one", () => {
    expect(checkRequest(check)).toBeNull();
    expect(checkRequest({ ...check, value: "1 440 000,50" })).toEqual({ ok: true, value: expect.objectContaining({ value: 1_440_000.5 }) });
    expect(checkRequest({ ...check, value: "beaucoup" })).toEqual({
      ok: false,
      messages: ["Valeur estimée : « beaucoup » n'est pas un nombre"],
    });
  });

  it("turns the clause form into a request: percentages, penalties only when wanted, empty fields left out", () => {
    const form = {
      ...emptyClauseForm(["deld"], ["formation"]),
      hours: "1 200",
      penaltyPerHour: "45,5",
      criterion: true,
      criterionWeight: "15",
      scope: "  ",
    };
    const request = clauseRequest(form);
    expect(request).toEqual({
      ok: true,
      value: expect.objectContaining({
        hours: 1200,
        penaltyPerHour: 45.5,
        awardCriterion: { weight: 0.15 },
        publics: ["deld"],
        modes: ["formation"],
      }),
    });
    expect(request.ok && request.value.scope).toBeUndefined();
    const without = clauseRequest({ ...form, penalties: false });
    expect(without.ok && without.value.penaltyPerHour).toBeUndefined();
  });

  it("says what is wrong with the numbers typed, in the form's words", () => {
    expect(clauseRequest({ ...emptyClauseForm([], []), hours: "six cents", criterion: true })).toEqual({
      ok: false,
      messages: ["Heures d'insertion : « six cents » n'est pas un nombre", "Pondération du critère : indiquez la pondération en %"],
      fields: { hours: "« six cents » n'est pas un nombre", criterionWeight: "indiquez la pondération en %" },
      others: [],
    });
    expect(clauseRequest({ ...emptyClauseForm([], []), criterion: true, criterionWeight: "150" })).toEqual({
      ok: false,
      messages: ["Pondération du critère : entre 0 et 100 %"],
      fields: { criterionWeight: "entre 0 et 100 %" },
      others: [],
    });
    expect(clauseRequest({ ...emptyClauseForm([], []), hours: "600,5" })).toEqual({
      ok: false,
      messages: ["Heures d'insertion : doit être un nombre entier d'heures"],
      fields: { hours: "doit être un nombre entier d'heures" },
      others: [],
    });
  });

  it("puts each core error under the form field it concerns, and keeps the others for the list", () => {
    const problems = draftProblems([
      new DomainError("drafting.field.missing", "décrivez le périmètre", { field: "scope" }),
      new DomainError("drafting.code.unknown", "public inconnu « x »", { field: "publics[1]" }),
      new DomainError("drafting.field.missing", "indiquez l'acheteur", { field: "contract.buyer" }),
    ]);
    expect(problems.fields).toEqual({ scope: "décrivez le périmètre", publics: "public inconnu « x »" });
    expect(problems.others).toEqual(["Acheteur : indiquez l'acheteur"]);
    expect(problems.messages).toHaveLength(3);
  });
});
