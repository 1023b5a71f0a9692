/**
 * The bilans say what the counting rules of the modes did to each contract's hours, and with which
 * rule and version: hours from amounts converted (the contract's own figures or the pack's, dated)
 * and training hours capped. Before, the bilans counted the converted or capped hours without a word.
 */
import { dayFromIso } from "../dates";
import type { RulePack } from "../rules";
import { baseFromJson, buildBilans, reportView, type BilanView } from ".";
import { reportingTestPack } from "./test-territory";

const today = dayFromIso("2026-11-26");

/** The test pack with a training cap of 10 % of the company's obligation from 2026 on. */
function packWithCap(): RulePack {
  const pack = reportingTestPack();
  const ventilation = pack.sections.ventilation as { counting: Record<string, unknown> };
  const counting = {
    ...ventilation.counting,
    trainingCap: [{ value: 0.1, validFrom: "2026-01-01", source: "Charte PLIE Sud", confirmed: true }],
  };
  return { ...pack, sections: { ...pack.sections, ventilation: { ...ventilation, counting } } } as RulePack;
}

const territory = {
  markets: [
    { id: "M1", company: "X", buyer: "A", start: "2026-01-01", end: "2026-06-30", obligation: 1000, labourShare: 0.6, hourlyCost: 25 },
    { id: "M2", company: "X", buyer: "A", start: "2026-01-01", end: "2026-12-31", obligation: 1000 },
  ],
  lines: [
    // Assigned to M1, converted with M1's own figures: 30 000 × 0,6 ÷ 25 = 720 h.
    { company: "X", market: "M1", start: "2026-03-01", end: "2026-03-31", mode: "sous-traitance", amountInvoiced: 30000 },
    // Pooled, converted with the pack's: 3 000 × 0,5 ÷ 30 = 50 h, which M1 (the earliest end) receives.
    { company: "X", start: "2026-05-01", end: "2026-05-31", mode: "sous-traitance", amountInvoiced: 3000 },
    // Training on M2 beyond the cap (10 % of X's 2 000 h due = 200 h): 100 h capped.
    { company: "X", market: "M2", start: "2026-04-01", end: "2026-04-30", hours: 300, participant: "P1", mode: "formation" },
  ],
};

const texts = (bilan: BilanView | undefined) => bilan?.contracts.map((row) => [row.id, row.counting.map((part) => part.text)]);

describe("the counting rules in the bilans", () => {
  const pack = packWithCap();
  const base = baseFromJson(territory, pack, today);
  const view = reportView(buildBilans(base, pack, "contract", null), "facilitator");
  const rulePack = base.rulePack;

  it("say per contract the hours converted or capped, the rule and its version, in French", () => {
    const m1 = view.bilans.find((bilan) => bilan.scope.id === "M1");
    const m2 = view.bilans.find((bilan) => bilan.scope.id === "M2");
    expect(texts(m1)).toEqual([
      [
        "M1",
        [
          `Conversion des montants sous-traités : 50 h comptées par conversion de montants facturés (paquet ${rulePack}, valeur en vigueur depuis le 01/01/2013 : part de main-d'œuvre 50 %, coût horaire 30 €/h, à confirmer)`,
          "Conversion des montants sous-traités : 720 h comptées par conversion de montants facturés (valeurs du marché M1 : part de main-d'œuvre 60 %, coût horaire 25 €/h)",
        ],
      ],
    ]);
    expect(texts(m2)).toEqual([
      [
        "M2",
        [
          `Plafond des heures de formation : 100 h de formation plafonnées, non comptées (paquet ${rulePack}, valeur en vigueur depuis le 01/01/2026 : 10 % des heures dues de l'entreprise, soit 200 h)`,
        ],
      ],
    ]);
    expect(m2?.contracts[0]?.counting[0]).toMatchObject({ rule: "trainingCap", confirmed: true, hours: 100 });
  });

  it("add up in the territory's bilan, and reach the buyers' view too", () => {
    expect(view.total.counting.map((part) => [part.rule, part.hours])).toEqual([
      ["conversion", 50],
      ["conversion", 720],
      ["trainingCap", 100],
    ]);
    const buyers = reportView(buildBilans(base, pack, "buyer", null), "buyer");
    expect(buyers.bilans[0]?.counting.map((part) => part.hours)).toEqual([50, 720, 100]);
  });

  it("date the hours a rule removed by their line: a period without the line shows none", () => {
    const march = reportView(buildBilans(base, pack, "contract", { from: "2026-03", to: "2026-03" }), "facilitator");
    expect(march.bilans.find((bilan) => bilan.scope.id === "M2")?.counting).toEqual([]);
    expect(march.total.counting.map((part) => part.hours)).toEqual([720]);
  });
});
