/**
 * The clause's list of publics is rendered from the eligibility rules the engine evaluates: every
 * criterion of the pack appears with its threshold, and no sentence contradicts the list.
 */
import { applyTerritoryPack, sectionOf } from "../rules";
import { calendarSection } from "../dates/calendar-rules";
import { eligibilitySection, type Criterion, type EligibilityRules } from "../eligibility";
import { parseOrThrow } from "../validation";
import { errorsOf } from "../errors";
import { draftClause } from "./draft";
import { clauseInputSchema } from "./input";
import { clauseText } from "./render";
import { draftingSection } from "./rules";
import { nationalDrafting } from "./test-pack";
import { territoryPack } from "../../test/support/territory-pack";

const { pack, rules, eligibility } = nationalDrafting();
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
const everyPublic = rules.publics.map((entry) => entry.code);
const input = (publics: string[]) =>
  parseOrThrow(clauseInputSchema, {
    basis: "execution-condition",
    contract: { reference: "M1" },
    hours: 600,
    scope: "les travaux de l'école",
    facilitator: { name: "PLIE de Valrivière", email: "clauses@plie.example" },
    publics,
    penaltyPerHour: 50,
  });
const publicsSection = (text: string) => text.slice(text.indexOf("Publics éligibles"), text.indexOf("Modalités de mise en œuvre"));

/** The figures and names a criterion's test carries, as the clause must print them. */
function thresholdsOf(criterion: Criterion, rules: EligibilityRules): string[] {
  const test = criterion.test;
  const label = (entries: readonly { code: string; label: string }[], code: string) =>
    (entries.find((entry) => entry.code === code)?.label ?? code).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  switch (test.type) {
    case "jobSeekerMonths":
      return [`depuis au moins ${test.minMonths} mois`, ...(test.maxMonthsExclusive ? [`moins de ${test.maxMonthsExclusive} mois`] : [])];
    case "youth":
      return [`moins de ${test.maxAgeExclusive} ans`, `depuis au moins ${test.schoolLeftMinMonths} mois`];
    case "age":
      return [
        ...(test.minAge ? [`${test.minAge} ans ou plus`] : []),
        ...(test.maxAgeExclusive ? [`moins de ${test.maxAgeExclusive} ans`] : []),
      ];
    case "benefits":
      return test.benefits.map((code) => label(rules.benefits, code));
    case "structure":
      return test.structures.map((code) => label(rules.structures, code));
    case "programme":
      return test.programmes.map((code) => label(rules.programmes, code));
    case "rqth":
      return ["RQTH"];
    case "derogation":
      return ["avis motivé d'un prescripteur"];
    default:
      return [];
  }
}

describe("every criterion of the pack appears in the clause with its threshold", () => {
  const text = plain(clauseText(draftClause(input(everyPublic), rules, "t", eligibility)));
  const section = publicsSection(text);

  it.each(eligibility.criteria.filter((criterion) => criterion.kind === "criterion").map((criterion) => [criterion.code, criterion]))(
    "%s",
    (_code, criterion) => {
      expect(rules.publics.some((entry) => entry.criteria.includes(criterion.code))).toBe(true);
      for (const threshold of thresholdsOf(criterion, eligibility)) expect(section).toContain(threshold);
    },
  );

  it("never says « plus de 12 mois » or « plus de 50 ans » (the engine counts from the anniversary)", () => {
    expect(section).not.toMatch(/plus de \d+ (mois|ans)/);
  });

  it("opens without restricting the list to people « sans emploi » (SIAE and EA employees, ESAT users are in it)", () => {
    expect(section).not.toMatch(/sans emploi/);
    expect(section).toContain("relèvent d'au moins une des catégories suivantes");
  });
});

describe("the clause follows the pack's thresholds", () => {
  it("a territory that counts DELD from 18 months and jeunes under 30 sees its clause say so", () => {
    const territory = applyTerritoryPack(
      pack,
      territoryPack({
        eligibility: {
          criteria: [
            { code: "DELD", test: { type: "jobSeekerMonths", minMonths: 18 } },
            {
              code: "JEUNE",
              test: { type: "youth", maxAgeExclusive: 30, schoolLeftMinMonths: 6, maxQualificationLevel: 3, condition: "school" },
            },
          ],
        },
      }),
      [calendarSection, draftingSection, eligibilitySection],
    );
    const text = plain(
      clauseText(
        draftClause(input(["deld", "jeunes"]), sectionOf(territory, draftingSection), "t", sectionOf(territory, eligibilitySection)),
      ),
    );
    expect(text).toContain("depuis au moins 18 mois");
    expect(text).toContain("jeunes de moins de 30 ans");
    expect(text).not.toContain("au moins 12 mois");
  });

  it("refuses a public whose criterion the territory withdrew, naming it", () => {
    const territory = applyTerritoryPack(pack, territoryPack({ eligibility: { criteria: [{ code: "DEROGATION", remove: true }] } }), [
      calendarSection,
      draftingSection,
      eligibilitySection,
    ]);
    let messages: string[] = [];
    try {
      draftClause(input(["avis-prescripteur"]), sectionOf(territory, draftingSection), "t", sectionOf(territory, eligibilitySection));
    } catch (error) {
      messages = errorsOf(error).map((found) => found.message);
    }
    expect(messages).toContainEqual(
      expect.stringMatching(/^publics\[0\] : le public « avis-prescripteur » renvoie au critère DEROGATION, absent/),
    );
  });

  it("a public is « à confirmer » when one of its criteria is (MINIMA with the ATA)", () => {
    const clause = draftClause(input(["minima-sociaux", "jeunes"]), rules, "t", eligibility);
    expect(clause.unconfirmed.filter((line) => line.startsWith("public :"))).toEqual([
      expect.stringMatching(/^public : allocataires de minima sociaux .*ATA/),
    ]);
  });
});

describe("a contractual clause for a private order (issue 12)", () => {
  it("drafts the clause without the public procurement code, the RC or « marché »", () => {
    const clause = draftClause(
      parseOrThrow(clauseInputSchema, {
        ...input(["deld", "jeunes"]),
        basis: "private-contract",
        contract: { label: "Résidence Les Tilleuls" },
      }),
      rules,
      "t",
      eligibility,
    );
    const text = plain(clauseText(clause));
    expect(clause.parts.map((part) => part.document)).toEqual(["ccap"]);
    expect(text).toContain("Cet engagement est une obligation contractuelle");
    expect(text).toContain("depuis au moins 12 mois");
    expect(text).not.toMatch(/commande publique|L2112|du marché/);
    expect(clause.unconfirmed[0]).toMatch(/^base juridique : Clause contractuelle d'insertion \(commande privée\)/);
  });
});
