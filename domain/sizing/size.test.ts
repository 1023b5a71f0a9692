import { dayFromIso } from "../dates";
import { ValidationFailed } from "../errors";
import { parseOrThrow } from "../validation";
import { explainLot, sizeContract, sizingInputSchema, sizingRulesSchema, type SizingInput } from ".";
import national from "./national.json";

const rules = sizingRulesSchema.parse(national);
const today = dayFromIso("2026-11-26");
const size = (input: unknown) => sizeContract(parseOrThrow(sizingInputSchema, input) as SizingInput, rules, "national@test", today);

describe("labour-cost method", () => {
  it("sizes the published MEF Sud 77 example at 833 h", () => {
    const result = size({ hourlyCost: 30, insertionRate: 0.05, lots: [{ id: "1", amount: 1_000_000, labourShare: 0.5 }] });
    expect(result.lots[0]).toMatchObject({ id: "1", exactHours: 833.33, hours: 833 });
    expect(result.totalHours).toBe(833);
  });

  it("answers the CLI contract: a typed share and a trade preset", () => {
    const result = size({
      method: "labour-cost",
      hourlyCost: 30,
      insertionRate: 0.05,
      rounding: "nearest",
      lots: [
        { id: "1", amount: 1_000_000, labourShare: 0.5 },
        { id: "2", amount: 300_000, trade: "peinture" },
      ],
    });
    expect(result.lots.map(({ id, exactHours, hours }) => ({ id, exactHours, hours }))).toEqual([
      { id: "1", exactHours: 833.33, hours: 833 },
      { id: "2", exactHours: 350, hours: 350 },
    ]);
    expect(result.lots[1]).toMatchObject({ labourShare: 0.7, labourShareFrom: "peinture" });
    expect(result).toMatchObject({ totalHours: 1183, fte: 0.74, rulePack: "national@test" });
  });

  it("reproduces worked example 1 of the domain reference (school, 4 lots, 7 %)", () => {
    const result = size({
      insertionRate: 0.07,
      hourlyCost: 30,
      lots: [
        { id: "1", label: "Gros œuvre", amount: 1_000_000, labourShare: 0.45 },
        { id: "2", label: "Menuiseries", amount: 400_000, labourShare: 0.4 },
        { id: "3", label: "Peinture", amount: 300_000, trade: "Peinture intérieure" },
        { id: "4", label: "Plomberie-CVC", amount: 700_000, labourShare: 0.35 },
      ],
    });
    expect(result.lots.map((lot) => [lot.exactHours, lot.hours])).toEqual([
      [1050, 1050],
      [373.33, 373],
      [490, 490],
      [571.67, 572],
    ]);
    expect(result.totalHours).toBe(2485);
    expect(result.fte).toBe(1.55);
  });

  it("rounds each lot up on request, without binary noise pushing exact hours up", () => {
    const result = size({
      insertionRate: 0.07,
      hourlyCost: 30,
      rounding: "up",
      lots: [
        { id: "3", amount: 300_000, labourShare: 0.7 },
        { id: "2", amount: 400_000, labourShare: 0.4 },
      ],
    });
    // 300 000 × 0.7 × 0.07 / 30 is 490.00000000000006 in binary floating point.
    expect(result.lots.map((lot) => lot.hours)).toEqual([490, 374]);
    expect(result.totalHours).toBe(864);
  });

  it("totals the rounded lots, not the rounded exact total", () => {
    // Three lots of 0.4 h each: the lots round to 0, so the clause requires 0 h, not round(1.2) = 1 h.
    const result = size({ insertionRate: 0.01, hourlyCost: 25, lots: ["a", "b", "c"].map((id) => ({ id, amount: 1000, labourShare: 1 })) });
    expect(result.lots.map((lot) => lot.exactHours)).toEqual([0.4, 0.4, 0.4]);
    expect(result.totalHours).toBe(0);
  });

  it("takes the pack's defaults where the request is silent and records them", () => {
    const result = size({ lots: [{ id: "1", amount: 600_000, labourShare: 0.5 }] });
    expect(result.lots[0]).toMatchObject({ insertionRate: 0.05, hourlyCost: 30, hours: 500 });
    expect(result.options).toEqual({ rounding: "nearest", hoursPerFte: 1600, date: "2026-11-26" });
  });

  it("lets a lot override the contract's rate and cost", () => {
    const result = size({
      insertionRate: 0.05,
      hourlyCost: 30,
      lots: [{ id: "1", amount: 600_000, labourShare: 0.5, insertionRate: 0.1, hourlyCost: 25 }],
    });
    expect(result.lots[0]?.hours).toBe(1200);
  });

  it("explains the formula in French", () => {
    const result = size({ hourlyCost: 30, insertionRate: 0.05, lots: [{ id: "1", amount: 1_000_000, labourShare: 0.5 }] });
    expect(explainLot(result.lots[0]!).replace(/\u202f/g, " ")).toBe(
      "Lot 1 : 1 000 000 € HT × 50 % de main-d'œuvre × 5 % d'insertion ÷ 30 €/h = 833,33 h, soit 833 h.",
    );
  });
});

describe("per-amount method", () => {
  it("gives 1 h per 2 000 € by default (frameworks with purchase orders)", () => {
    const result = size({ method: "per-amount", lots: [{ id: "1", amount: 2_400_000 }] });
    expect(result.lots[0]).toMatchObject({ exactHours: 1200, hours: 1200, eurosPerHour: 2000 });
  });

  it("takes another ratio when given", () => {
    const result = size({ method: "per-amount", eurosPerHour: 1500, lots: [{ id: "1", amount: 100_000 }] });
    expect(result.lots[0]).toMatchObject({ exactHours: 66.67, hours: 67 });
  });
});

describe("bad input", () => {
  const messages = (input: unknown) => {
    try {
      size(input);
    } catch (error) {
      if (error instanceof ValidationFailed) return error.errors.map((e) => e.message);
      throw error;
    }
    throw new Error("no error");
  };

  it("names the field at fault, in French", () => {
    expect(
      messages({
        lots: [
          { id: "1", amount: 1000, labourShare: 0.5 },
          { id: "2", amount: -3, labourShare: 0.5 },
        ],
      }),
    ).toEqual(["lots[1].amount : doit être positif ou nul (reçu « -3 »)"]);
  });

  it("refuses a percentage typed as a whole number instead of guessing", () => {
    expect(messages({ lots: [{ id: "1", amount: 1000, labourShare: 50 }] })[0]).toContain(
      "lots[0].labourShare : la part de main-d'œuvre est une fraction entre 0 et 1",
    );
  });

  it("asks for a share when the trade has no sourced one", () => {
    expect(messages({ lots: [{ id: "1", amount: 1000, trade: "gros-oeuvre" }] })).toEqual([
      "lots[0].trade : la part de main-d'œuvre du métier « Gros œuvre » est à confirmer : aucune source ne la donne, saisissez-la",
    ]);
  });

  it("lists the known trades when the trade is unknown", () => {
    expect(messages({ lots: [{ id: "1", amount: 1000, trade: "plomberie" }] })[0]).toMatch(
      /^lots\[0\]\.trade : métier inconnu « plomberie » \(métiers connus : batiment, peinture/,
    );
  });

  it("reports every problem at once, and typos in field names", () => {
    expect(
      messages({
        hourlycost: 30,
        lots: [
          { id: "1", amount: 1000 },
          { id: "1", amount: 1000, labourShare: 0.5 },
        ],
      }),
    ).toEqual([
      "Champ inconnu : « hourlycost » (faute de frappe ?)",
      "lots[0].labourShare : indiquez la part de main-d'œuvre (labourShare) ou un métier (trade)",
      "lots[1].id : le lot « 1 » apparaît deux fois",
    ]);
  });
});
