/**
 * `clauses ventilate` and the counting rules of the execution modes (issue 12): a sub-contracting
 * line given by its amount is converted with the pack's or the contract's labour share and hourly
 * cost; training beyond the cap is reported as « capped » per company, never lost.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../cli/main";
import { memoryIo } from "../../../test/support/memory-io";
import { territoryPack } from "../../../test/support/territory-pack";

const market = { id: "M1", company: "X", start: "2026-01-01", end: "2026-12-31", obligation: 1000 };
const subcontracted = { company: "X", start: "2026-03-01", end: "2026-03-31", market: "M1", mode: "sous-traitance", amountInvoiced: 30000 };

async function ventilate(input: unknown, extra: string[] = []) {
  const io = memoryIo(JSON.stringify(input));
  const code = await main(["ventilate", "--input", "-", ...extra], io);
  return { code, err: io.err, output: code === 0 ? JSON.parse(io.out) : undefined };
}

function rulesFile(ventilation: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "clauses-")), "territoire.json");
  writeFileSync(file, JSON.stringify(territoryPack({ ventilation })));
  return file;
}

describe("conversion of an amount invoiced by a sub-contractor (SIAE, EA, ESAT)", () => {
  it("uses the pack's labour share and hourly cost: 30 000 € × 50 % ÷ 30 €/h = 500 h, and says so on the line", async () => {
    const { code, err, output } = await ventilate({ markets: [market], lines: [subcontracted] });
    expect([code, err]).toEqual([0, ""]);
    expect(output.lines).toEqual([
      {
        line: 0,
        mode: "sous-traitance",
        market: "M1",
        hours: 500,
        converted: { amount: 30000, labourShare: 0.5, hourlyCost: 30, hours: 500, from: "paquet" },
      },
    ]);
    expect(output.markets[0]).toMatchObject({ id: "M1", direct: 500, total: 500, remaining: 500 });
    expect(output.confirmed).toBe(false);
    expect(output.unconfirmed).toContainEqual(expect.stringMatching(/^conversion des montants sous-traités : /));
  });

  it("uses the contract's own labour share and hourly cost when the market gives them", async () => {
    const { output } = await ventilate({ markets: [{ ...market, labourShare: 0.6, hourlyCost: 25 }], lines: [subcontracted] });
    expect(output.lines[0].converted).toEqual({ amount: 30000, labourShare: 0.6, hourlyCost: 25, hours: 720, from: "marché" });
    expect(output.markets[0].direct).toBe(720);
  });

  it("follows a territory's dated conversion", async () => {
    const rules = rulesFile({
      counting: {
        conversion: [{ value: { labourShare: 0.4, hourlyCost: 20 }, validFrom: "2026-01-01", source: "Charte PLIE Sud", confirmed: true }],
      },
    });
    const { output } = await ventilate({ markets: [market], lines: [subcontracted] }, ["--rules", rules]);
    expect(output.lines[0].converted).toMatchObject({ labourShare: 0.4, hourlyCost: 20, hours: 600 });
  });

  it("refuses a line with neither hours nor an amount, both, or an amount on another mode, naming the field", async () => {
    const { code, err } = await ventilate({
      markets: [market],
      lines: [
        { company: "X", start: "2026-03-01", end: "2026-03-31" },
        { ...subcontracted, hours: 10 },
        { ...subcontracted, mode: "formation" },
      ],
    });
    expect(code).toBe(2);
    expect(err.split("\n").filter(Boolean)).toEqual([
      "lines[0].hours : indiquez les heures de la ligne, ou pour une sous-traitance ou cotraitance (SIAE, EA, ESAT) le montant facturé HT (amountInvoiced)",
      "lines[1].amountInvoiced : la ligne donne à la fois des heures et un montant facturé : gardez les heures déclarées par la structure, ou le montant à convertir, pas les deux",
      "lines[2].amountInvoiced : un montant facturé ne se convertit en heures que pour une ligne « sous-traitance » (SIAE, EA, ESAT) ; cette ligne est en « formation »",
    ]);
  });
});

describe("the training cap, the months of a CDI and apprenticeship training", () => {
  const training = (hours: number, month: string) => ({
    company: "X",
    start: `2026-${month}-01`,
    end: `2026-${month}-28`,
    hours,
    participant: "P1",
    mode: "formation",
    market: "M1",
  });

  it("caps training at 10 % of the company's obligation and reports the rest as « capped », never lost", async () => {
    const rules = rulesFile({
      counting: { trainingCap: [{ value: 0.1, validFrom: "2026-01-01", source: "Charte PLIE Sud", confirmed: true }] },
    });
    const { output } = await ventilate({ markets: [market], lines: [training(60, "02"), training(70, "03")] }, ["--rules", rules]);
    expect(output.markets[0]).toMatchObject({ direct: 100, total: 100 });
    expect(output.companies).toEqual([{ company: "X", excess: 0, outOfPeriod: 0, notCountable: 0, capped: 30 }]);
    expect(output.totals).toMatchObject({ hours: 100, capped: 30 });
    expect(output.lines).toEqual([{ line: 1, mode: "formation", market: "M1", hours: 40, capped: { hours: 30, cap: 0.1, limit: 100 } }]);
  });

  it("counts a CDI for its first N months only (split by calendar days) and apprenticeship training only when the pack says so", async () => {
    const rules = rulesFile({
      counting: {
        cdiMonths: [{ value: 6, validFrom: "2020-01-01", source: "Charte PLIE Sud", confirmed: true }],
        apprenticeshipTrainingHours: [{ value: false, validFrom: "2020-01-01", source: "Charte PLIE Sud", confirmed: true }],
      },
    });
    const cdi = (start: string, end: string, hours: number) => ({
      company: "X",
      start,
      end,
      hours,
      participant: "P2",
      contractType: "CDI",
      market: "M1",
    });
    const { output } = await ventilate(
      {
        markets: [market],
        lines: [
          cdi("2026-01-01", "2026-06-30", 600),
          cdi("2026-07-01", "2026-07-31", 100),
          { ...training(35, "09"), participant: "P3", contractType: "apprentissage" },
        ],
      },
      ["--rules", rules],
    );
    expect(output.markets[0].direct).toBe(600);
    expect(output.companies[0]).toMatchObject({ excluded: 135 });
    expect(
      output.lines.map((line: { line: number; excluded: { hours: number; rule: string } }) => [
        line.line,
        line.excluded.rule,
        line.excluded.hours,
      ]),
    ).toEqual([
      [1, "cdiMonths", 100],
      [2, "apprenticeshipTrainingHours", 35],
    ]);
  });
});
