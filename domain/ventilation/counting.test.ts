/**
 * The counting rules of the modes in the engine: the Mutualisation explanation says what each rule
 * did, and conservation holds with the hours the rules removed.
 */
import { explainMarket } from "./explain";
import { prepareInput } from "./prepare";
import { NATIONAL_COUNTING } from "./rules";
import { ventilate } from "./ventilate";

const options = { policy: "earliest-end", spread: "calendar", rulePack: "t", trace: true } as const;

it("explains a converted line in the contract's explanation", () => {
  const prepared = prepareInput({
    markets: [{ id: "M1", company: "X", start: "2026-01-01", end: "2026-12-31", obligation: 1000, pooled: true }],
    lines: [{ company: "X", start: "2026-03-01", end: "2026-03-31", market: "M1", mode: "sous-traitance", amountInvoiced: 30000 }],
  });
  const explanation = explainMarket(ventilate(prepared, options), "M1");
  expect(explanation?.counting).toEqual([
    {
      line: 0,
      text: expect.stringMatching(
        /^montant facturé de 30\s000 € HT converti en 500 h \(part de main-d'œuvre 50\s?%, coût horaire 30 €\/h, valeurs du paquet\)$/u,
      ),
    },
  ]);
});

it("keeps conservation: counted hours + capped + excluded = hours of the lines", () => {
  const counting = {
    ...NATIONAL_COUNTING,
    trainingCap: [{ value: 0.05, validFrom: "2020-01-01", source: "t", confirmed: true }],
    cdiMonths: [{ value: 1, validFrom: "2020-01-01", source: "t", confirmed: true }],
  };
  const lines = [
    { company: "X", start: "2026-01-01", end: "2026-01-31", hours: 80, mode: "formation" as const },
    { company: "X", start: "2026-02-01", end: "2026-03-31", hours: 300, participant: "P", contractType: "CDI" as const },
  ];
  const prepared = prepareInput(
    { markets: [{ id: "M1", company: "X", start: "2026-01-01", end: "2026-12-31", obligation: 1000, pooled: true }], lines },
    undefined,
    counting,
  );
  const result = ventilate(prepared, options);
  const company = result.companies[0]!;
  expect(company.capped).toBe(30);
  expect(company.hours + company.capped + company.excluded).toBeCloseTo(380, 6);
  expect(company.direct + company.ventilated + company.excess + company.outOfPeriod + company.notCountable).toBeCloseTo(company.hours, 6);
});
