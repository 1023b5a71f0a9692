import fc from "fast-check";
import { dayFromIso } from "../dates";
import { errorsOf } from "../errors";
import { applyTerritoryPack, sectionOf } from "../rules";
import { calendarSection } from "../dates/calendar-rules";
import { parseOrThrow } from "../validation";
import { clauseRecords, mergeClauseRecords } from "./clause-records";
import { draftClause } from "./draft";
import { clauseInputSchema } from "./input";
import { clauseHtml, clauseText } from "./render";
import { draftingSection } from "./rules";
import { nationalDrafting } from "./test-pack";
import { territoryPack } from "../../test/support/territory-pack";

const { pack, rules, eligibility } = nationalDrafting();

const complete = {
  basis: "execution-condition",
  contract: { reference: "M1", label: "Réhabilitation de l'école Jean-Moulin", buyer: "Ville de Valrivière" },
  hours: 600,
  scope: "les travaux de réhabilitation de l'école, tous lots confondus",
  facilitator: { name: "Camille Durand", organisation: "PLIE de Valrivière", email: "clauses@plie.example", phone: "01 23 45 67 89" },
  publics: ["deld", "jeunes", "siae"],
  pooling: true,
  penaltyPerHour: 50,
};

function draft(input: Record<string, unknown>, rulesUsed = rules, eligibilityUsed = eligibility) {
  return draftClause(parseOrThrow(clauseInputSchema, input), rulesUsed, "national@test", eligibilityUsed);
}

/** French numbers use narrow no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

function fieldsRefused(input: Record<string, unknown>): string[] {
  try {
    draft(input);
  } catch (error) {
    return errorsOf(error).map((found) => found.where.field ?? "");
  }
  throw new Error("expected the drafting to refuse");
}

describe("the CCAP article", () => {
  it("contains the four items of CCAG 2021 art. 16.1: scope, facilitator's contact details, eligible publics, hours", () => {
    const clause = draft({ ...complete, hours: 1200 });
    const ccap = clause.parts.find((part) => part.document === "ccap")!;
    const text = plain(clauseText({ ...clause, parts: [ccap] }));
    expect(text).toContain("Périmètre de l'action d'insertion : les travaux de réhabilitation de l'école, tous lots confondus.");
    expect(text).toContain("Camille Durand, PLIE de Valrivière (courriel : clauses@plie.example, téléphone : 01 23 45 67 89)");
    // Issue 12: « plus de 12 mois » contradicted the engine, which counts from the 12th month; the list is now rendered from the criteria.
    expect(text).toContain("– demandeurs d'emploi de longue durée, inscrits sans interruption à France Travail depuis au moins 12 mois ;");
    expect(text).toContain("– jeunes de moins de 26 ans");
    expect(text).toContain("association intermédiaire (AI), atelier et chantier d'insertion (ACI)");
    expect(text).toContain("Le titulaire réalise au moins 1 200 heures de travail");
    expect(ccap.sections.map((section) => section.title)).toEqual([
      "1. Objet et périmètre de l'action d'insertion",
      "2. Volume horaire d'insertion",
      "3. Publics éligibles",
      "4. Modalités de mise en œuvre",
      "5. Globalisation des heures",
      "6. Rôle du facilitateur",
      "7. Suivi et justificatifs",
      "8. Pénalités",
    ]);
  });

  it("numbers the sections under the buyer's article number, and adds the RC mention", () => {
    const clause = draft({ ...complete, articleNumber: "9" });
    expect(clause.parts.map((part) => part.title)).toEqual([
      "Article 9 – Clause sociale d'insertion",
      "Mention au règlement de la consultation",
    ]);
    expect(clause.parts[0]?.sections[2]?.title).toBe("9.3 Publics éligibles");
    expect(plain(clauseText(clause))).toContain(
      "le titulaire réalisera au moins 600 heures de travail au bénéfice de personnes éloignées de l'emploi",
    );
  });

  it("cites art. 35 of the Climate law for the mandatory condition, without the unconfirmed article number", () => {
    const text = clauseText(draft({ ...complete, basis: "mandatory-condition" }));
    expect(text).toContain(
      "En application de l'article L2112-2 du code de la commande publique et de l'article 35 de la loi n° 2021-1104 du 22 août 2021",
    );
    expect(text).not.toContain("L2112-2-1");
  });

  it("states the penalty the buyer entered, and leaves penalties out when the buyer does not want them", () => {
    expect(plain(clauseText(draft({ ...complete, penaltyPerHour: 45.5 })))).toContain(
      "une pénalité de 45,5 € HT par heure d'insertion non réalisée",
    );
    const without = draft({ ...complete, penalties: false, penaltyPerHour: undefined });
    expect(clauseText(without)).not.toMatch(/pénalité/i);
  });

  it("lists only the ways allowed and says which are not", () => {
    const text = clauseText(draft({ ...complete, modes: ["embauche-directe", "mise-a-disposition"] }));
    expect(text).toContain("– l'embauche directe de personnes éligibles");
    expect(text).toContain("Ne sont pas admis pour ce marché : la sous-traitance ou la cotraitance");
    expect(text).toContain("; des actions de formation diplômante");
    expect(text).not.toContain("organismes de formation concernés"); // the attestation is asked only when those ways are allowed
  });

  it("allows pooling across contracts, or says the hours stay on this contract", () => {
    expect(clauseText(draft({ ...complete, pooling: true }))).toContain("Une convention de globalisation précise les marchés concernés");
    expect(clauseText(draft({ ...complete, pooling: false }))).toContain(
      "elles ne peuvent pas être globalisées avec celles d'autres marchés",
    );
  });

  it("adds the award criterion to the RC and as its own text when chosen", () => {
    const clause = draft({ ...complete, awardCriterion: { weight: 0.15 } });
    expect(clause.parts.map((part) => part.document)).toEqual(["ccap", "rc", "criterion"]);
    expect(plain(clauseText(clause))).toContain("pondéré à 15 %");
    expect(clauseText(clause)).toContain("fondé sur l'article R2152-7 du code de la commande publique");
    expect(clause.unconfirmed.some((line) => line.startsWith("critère d'attribution : R2152-7"))).toBe(true);
  });

  it("records the rule pack and the options used", () => {
    expect(draft(complete)).toMatchObject({
      rulePack: "national@test",
      basis: { code: "execution-condition", article: "L2112-2", confirmed: true },
      options: { basis: "execution-condition", hours: 600, pooling: true, penalties: true, penaltyPerHour: 50, reporting: "monthly" },
    });
  });
});

describe("nothing a buyer would have to delete", () => {
  const options = fc.record({
    basis: fc.constantFrom(
      "execution-condition",
      "mandatory-condition",
      "insertion-contract",
      "reserved-siae",
      "reserved-ea-esat",
      "ess-reservation",
    ),
    pooling: fc.boolean(),
    penalties: fc.boolean(),
    reporting: fc.constantFrom("monthly", "quarterly"),
    criterion: fc.boolean(),
    modes: fc.subarray(["embauche-directe", "mise-a-disposition", "sous-traitance", "formation"], { minLength: 1 }),
    publics: fc.subarray(
      ["deld", "minima-sociaux", "travailleurs-handicapes", "jeunes", "seniors", "siae", "regies", "epide-e2c", "avis-prescripteur"],
      {
        minLength: 1,
      },
    ),
    note: fc.boolean(),
    article: fc.option(fc.constantFrom("7", "12 bis")),
  });

  it("leaves no placeholder, no « à compléter » and no empty item, whatever the options", () => {
    fc.assert(
      fc.property(options, (chosen) => {
        const insertion = ["execution-condition", "mandatory-condition"].includes(chosen.basis);
        const clause = draft({
          ...complete,
          basis: chosen.basis,
          pooling: chosen.pooling,
          penalties: chosen.penalties,
          reporting: chosen.reporting,
          modes: chosen.modes,
          publics: chosen.publics,
          ...(chosen.criterion && insertion ? { awardCriterion: { weight: 0.1 } } : {}),
          ...(chosen.note ? { publicsNote: "résidents des quartiers prioritaires de la politique de la ville" } : {}),
          ...(chosen.article ? { articleNumber: chosen.article } : {}),
          ...(chosen.basis === "ess-reservation" ? { durationYears: 3 } : {}),
        });
        const text = clauseText(clause);
        expect(text).not.toMatch(/\{\{|\}\}|à compléter|\[|\bXX+\b|\.\.|undefined|null|NaN|\(\s*\)|:\s*\./i);
        for (const part of clause.parts) for (const section of part.sections) expect(section.blocks.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it("inserts typed text literally: a placeholder typed by the facilitator is not expanded", () => {
    const text = clauseText(draft({ ...complete, scope: "les lots {{hours}} et <b>2</b>" }));
    expect(text).toContain("Périmètre de l'action d'insertion : les lots {{hours}} et <b>2</b>.");
    expect(clauseHtml(draft({ ...complete, scope: "les lots 1 & <b>2</b>" }))).toContain("les lots 1 &amp; &lt;b&gt;2&lt;/b&gt;.");
  });
});

describe("refusing to generate", () => {
  it("names every required field left empty", () => {
    expect(fieldsRefused({ basis: "execution-condition" })).toEqual([
      "contract.label",
      "scope",
      "hours",
      "publics",
      "facilitator.name",
      "facilitator.email",
      "penaltyPerHour",
    ]);
    expect(fieldsRefused({ ...complete, modes: [] })).toEqual(["modes"]);
  });

  it("says why in French, quoting CCAG 2021 art. 16.1", () => {
    expect(() => draft({ ...complete, scope: " " })).toThrow(
      "scope : décrivez le périmètre de l'action d'insertion (CCAG 2021, art. 16.1)",
    );
  });

  it("refuses unknown codes and an ESS reservation longer than the pack allows", () => {
    expect(() => draft({ ...complete, basis: "clause-magique" })).toThrow(
      /^basis : base juridique inconnue « clause-magique » \(possibles : « execution-condition » \(L2112-2\)/,
    );
    expect(fieldsRefused({ ...complete, publics: ["deld", "riverains"], modes: ["teletravail"] })).toEqual([
      "publics[1]",
      "modes[0]",
      "modes",
    ]);
    expect(() => draft({ ...complete, basis: "ess-reservation", durationYears: 4 })).toThrow(
      "durationYears : la réservation de l'article L2113-15 est limitée à 3 ans (reçu 4)",
    );
  });

  it("refuses an award criterion on a reserved contract rather than drop it", () => {
    expect(fieldsRefused({ ...complete, basis: "reserved-siae", awardCriterion: { weight: 0.1 } })).toEqual(["awardCriterion"]);
  });
});

describe("the « préférence locale » guard", () => {
  const refused = [
    "habitants de la commune",
    "Personnes résidant sur le territoire de l'agglomération",
    "demandeurs d'emploi domiciliés dans le département",
    "Résidents à Valrivière",
    "priorité à la main-d'œuvre locale",
    "recrutement local uniquement",
    "jeunes du territoire",
    "Préférence communale pour l'embauche",
    "entreprises implantées sur le territoire",
  ];

  it.each(refused)("refuses « %s », explains why and proposes the lawful levers", (wording) => {
    let message = "";
    try {
      draft({ ...complete, publicsNote: wording });
    } catch (error) {
      message = errorsOf(error)
        .map((found) => found.message)
        .join("\n");
    }
    expect(message).toMatch(/^publicsNote : « .+ » : réserver des emplois aux habitants d'un territoire/);
    expect(message).toContain("« préférence locale »");
    expect(message).toContain("Leviers licites : 1) cibler des publics prioritaires");
    expect(message).toContain("quartiers prioritaires de la politique de la ville (QPV)");
  });

  it("looks at the scope and the contract's label too", () => {
    expect(fieldsRefused({ ...complete, scope: "chantier réservé aux habitants de la ville" })).toEqual(["scope"]);
    expect(fieldsRefused({ ...complete, contract: { label: "Embauche locale sur le chantier" } })).toEqual(["contract.label"]);
  });

  it.each([
    "résidents des quartiers prioritaires de la politique de la ville (QPV)",
    "habitants des QPV",
    "personnes résidant en QPV",
    "jeunes suivis par la Mission locale",
    "bénéficiaires du RSA",
  ])("accepts « %s » (a priority public, not a residence condition)", (wording) => {
    expect(() => draft({ ...complete, publicsNote: wording })).not.toThrow();
  });
});

describe("templates are rule-pack data", () => {
  it("uses a territory's own wording", () => {
    const territory = applyTerritoryPack(
      pack,
      territoryPack({
        drafting: {
          templates: [
            {
              code: "ccap-volume",
              title: "Heures d'insertion",
              paragraphs: ["Le titulaire consacre {{hours}} heures à l'insertion."],
              source: "Clause type PLIE Sud",
              confirmed: true,
            },
          ],
        },
      }),
      [calendarSection, draftingSection],
    );
    const text = clauseText(draft(complete, sectionOf(territory, draftingSection)));
    expect(text).toContain("2. Heures d'insertion\nLe titulaire consacre 600 heures à l'insertion.");
  });

  it("refuses, when the pack is loaded, a template using an unknown variable", () => {
    expect(() =>
      applyTerritoryPack(pack, territoryPack({ drafting: { templates: [{ code: "ccap-volume", paragraphs: ["{{heures}} heures"] }] } }), [
        calendarSection,
        draftingSection,
      ]),
    ).toThrow(/sections\.drafting\.templates\[1\]\.paragraphs : variable inconnue « \{\{heures\}\} »/);
  });
});

describe("the Clauses sheet", () => {
  it("has one row per section, and redrafting a contract replaces its rows only", () => {
    const records = clauseRecords(draft(complete), dayFromIso("2026-11-26"));
    expect(records).toHaveLength(9);
    expect(records[0]).toEqual({
      market: "M1",
      document: "CCAP",
      section: "1. Objet et périmètre de l'action d'insertion",
      text: expect.stringContaining("En application de l'article L2112-2"),
      legalBasis: "L2112-2",
      hours: 600,
      draftedOn: "2026-11-26",
      rulePack: "national@test",
    });
    expect(records.at(-1)).toMatchObject({ document: "RC", section: "Clause sociale d'insertion" });
    const other = { market: "M2", document: "CCAP", section: "1. Objet", text: "…" };
    const merged = mergeClauseRecords([other, ...records], records.slice(0, 2));
    expect(merged.map((record) => record.market)).toEqual(["M2", "M1", "M1"]);
  });
});
