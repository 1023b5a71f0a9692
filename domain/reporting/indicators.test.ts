/**
 * The figures of the bilans on a territory worked out by hand (see `test-territory.ts`).
 *
 * Ventilation (earliest end first, calendar days): January's 100 h of P1 go to A1; P2's 236 h of
 * February–March (4 h a day) fill A1's remaining 200 h by 22 March, the 36 h of 23–31 March are
 * excess (A2 starts in April); P4's 310 h of May (10 h a day) fill A2's 200 h by 20 May, the
 * 110 h of 21–31 May are excess (A1 is full). Y's direct line of P1 credits B1 with 56 h; P3's
 * December 2025 line, before B1 started, is out of period.
 */
import { dayFromIso } from "../dates";
import { ValidationFailed } from "../errors";
import { baseFromJson, buildBilans, readPeriod, traceFigure, type Bilan, type Part } from ".";
import { handTerritory, reportingTestPack } from "./test-territory";

const pack = reportingTestPack();
const today = dayFromIso("2026-11-26");
const base = baseFromJson(handTerritory(), pack, today);
const byId = (bilans: readonly Bilan[], id: string) => bilans.find((bilan) => bilan.scope.id === id) as Bilan;
const values = (parts: readonly Part[]) => Object.fromEntries(parts.map((part) => [part.code, part.value]));

describe("hours", () => {
  const set = buildBilans(base, pack, "buyer", null);
  const [a, b] = [byId(set.bilans, "A"), byId(set.bilans, "B")];

  it("are due, realised, rated and set aside as worked out by hand", () => {
    expect(a.hours).toMatchObject({ due: 500, realised: 500, direct: 0, ventilated: 500, rate: 1, excess: null, outOfPeriod: 0 });
    expect(b.hours).toMatchObject({ due: 100, realised: 56, direct: 56, ventilated: 0, rate: 0.56, excess: null, outOfPeriod: 31 });
    expect(set.total.hours).toMatchObject({ due: 600, realised: 556, excess: 146, outOfPeriod: 31, notCountable: 0, fte: 0.35 });
  });

  it("add up from the buyers to the territory, and from months and modes to the total", () => {
    const sum = (list: readonly number[]) => Math.round(list.reduce((total, value) => total + value, 0) * 100) / 100;
    expect(sum(set.bilans.map((bilan) => bilan.hours.realised))).toBe(set.total.hours.realised);
    for (const bilan of [a, b, set.total]) {
      expect(sum(bilan.months.map((month) => month.direct + month.ventilated))).toBe(bilan.hours.realised);
      expect(sum(bilan.modes.map((mode) => mode.value))).toBe(bilan.hours.realised);
      expect(sum(bilan.contracts.map((row) => row.realised))).toBe(bilan.hours.realised);
    }
    expect(a.months.slice(0, 5)).toEqual([
      { month: "2026-01", direct: 0, ventilated: 100 },
      { month: "2026-02", direct: 0, ventilated: 112 },
      { month: "2026-03", direct: 0, ventilated: 88 },
      { month: "2026-04", direct: 0, ventilated: 0 },
      { month: "2026-05", direct: 0, ventilated: 200 },
    ]);
  });

  it("show realisation against the time elapsed for running contracts", () => {
    const a2 = a.contracts.find((row) => row.id === "A2");
    // 1 April – 26 November: 240 of the contract's 275 days.
    expect(a2).toMatchObject({ status: "en cours", realised: 200, rate: 1, elapsed: 240 / 275 });
    expect(a.contracts.find((row) => row.id === "A1")).toMatchObject({ status: "terminé", elapsed: 1 });
    expect(a.hours.expectedToDate).toBeCloseTo(300 + (200 * 240) / 275, 9);
  });

  it("give a company its excess, and a period only the months inside it", () => {
    const companies = buildBilans(base, pack, "company", null);
    expect(byId(companies.bilans, "X").hours).toMatchObject({ realised: 500, excess: 146 });
    const quarter = buildBilans(base, pack, "buyer", readPeriod("2026-01-01", "2026-03-31", base.months));
    // A2 has not started: only A1 is due in the first quarter.
    expect(byId(quarter.bilans, "A").hours).toMatchObject({ due: 300, realised: 300, rate: 1 });
    expect(quarter.total.hours).toMatchObject({ excess: 36, outOfPeriod: 0 });
  });

  it("count hours a contract receives beyond its obligation in the period they are credited", () => {
    const over = handTerritory();
    over.lines.push({
      company: "Y",
      participant: "P1",
      market: "B1",
      start: "2026-06-01",
      end: "2026-06-30",
      hours: 60,
      mode: "embauche-directe",
      contractType: "CDI",
    });
    const bilans = buildBilans(baseFromJson(over, pack, today), pack, "contract", null);
    expect(byId(bilans.bilans, "B1").hours).toMatchObject({ realised: 116, beyondObligation: 16, rate: 1.16 });
    const spring = buildBilans(baseFromJson(over, pack, today), pack, "contract", readPeriod("2026-06-01", "2026-06-30", []));
    expect(byId(spring.bilans, "B1").hours).toMatchObject({ realised: 60, beyondObligation: 16 });
  });
});

describe("people", () => {
  const set = buildBilans(base, pack, "buyer", null);
  const [a, b] = [byId(set.bilans, "A"), byId(set.bilans, "B")];

  it("count a person once per scope: P1 for each buyer and once for the territory", () => {
    expect([a.people.total, b.people.total, set.total.people.total]).toEqual([3, 1, 3]);
  });

  it("break down by sex, age band at entry and QPV, with « non renseigné » only when some are", () => {
    expect(values(set.total.people.sex)).toEqual({ F: 1, M: 2 });
    // P1 is 24 on 1 January 2026, P2 53 on 1 February 2026; P4 has no first entry: 36 on his first day of hours.
    expect(values(set.total.people.ageBand)).toEqual({ "moins-26": 1, "26-49": 1, "50-plus": 1 });
    expect(values(set.total.people.qpv)).toEqual({ oui: 1, non: 1, "non-renseigne": 1 });
  });

  it("give outcomes at the end of the path and 6 months later", () => {
    expect(values(set.total.people.exit)).toEqual({ "en-parcours": 1, durable: 1, transition: 1, positive: 0, other: 0 });
    expect(set.total.people.dynamicExits).toBe(2);
    // P4 left on 31 May: his situation at 6 months is due on 30 November, after the reference date.
    expect(values(set.total.people.after6Months)).toEqual({
      "en-parcours": 1,
      "moins-de-6-mois": 1,
      durable: 1,
      transition: 0,
      positive: 0,
      other: 0,
    });
    const spring = buildBilans(base, pack, null, readPeriod("2026-01-01", "2026-04-30", base.months));
    // At the end of April P4 (who left on 31 May) had no hours yet, P2 had just left.
    expect(values(spring.total.people.exit)).toEqual({ "en-parcours": 1, durable: 1, transition: 0, positive: 0, other: 0 });
  });

  it("give the facilitator the main criterion at entry", () => {
    expect(values(set.total.people.criterion)).toEqual({ DELD: 1, MINIMA: 1, JEUNE: 1 });
  });

  it("count employment contracts by person, employer and type", () => {
    expect(set.total.employment.total).toBe(4);
    expect(values(set.total.employment.byType)).toMatchObject({ CDI: 1, CDD: 1, "mise-a-disposition": 1, "non-renseigne": 1 });
    expect([a.employment.total, b.employment.total]).toEqual([3, 1]);
  });
});

describe("traceability", () => {
  const set = buildBilans(base, pack, "buyer", null);
  const a = byId(set.bilans, "A");

  it("names the hour lines, contracts and participants behind a figure, with the rules", () => {
    expect(traceFigure(base, set.context.rules, a, "hours.realised")).toMatchObject({
      lines: [0, 1, 4],
      linesText: "lines[0–1, 4]",
      contracts: ["A1", "A2"],
      participants: ["P1", "P2", "P4"],
      rulePack: "national@2026.11.1",
      policy: "earliest-end",
    });
    expect(traceFigure(base, set.context.rules, set.total, "hours.outOfPeriod")).toMatchObject({
      lines: [3],
      contracts: ["B1"],
      hours: 31,
    });
    expect(traceFigure(base, set.context.rules, set.total, "people.ageBand.50-plus").participants).toEqual(["P2"]);
  });

  it("gives back the figure it traces", () => {
    for (const bilan of [set.total, ...set.bilans]) {
      const rules = set.context.rules;
      expect(traceFigure(base, rules, bilan, "hours.realised").hours).toBeCloseTo(bilan.hours.realised, 2);
      expect(traceFigure(base, rules, bilan, "people.total").participants).toHaveLength(bilan.people.total);
      for (const part of bilan.people.sex)
        expect(traceFigure(base, rules, bilan, `people.sex.${part.code}`).participants).toHaveLength(part.value);
      for (const month of bilan.months)
        expect(traceFigure(base, rules, bilan, `month.${month.month}`).hours).toBeCloseTo(month.direct + month.ventilated, 2);
    }
  });
});

describe("inputs", () => {
  it("refuse a period that does not start or end with a month, naming the option", () => {
    expect(() => readPeriod("2026-01-15", "2026-03-31", base.months)).toThrow(
      "--from : les bilans se font par mois entiers (les heures sont ventilées mois par mois) : indiquez le premier jour d'un mois (ex. 2026-01-01)",
    );
    expect(() => readPeriod("2026-04-01", "2026-03-31", base.months)).toThrow("--to : la fin (2026-03-31) précède le début (2026-04-01)");
  });

  it("name a situation the pack does not know, and the person", () => {
    const territory = handTerritory();
    territory.people[1] = {
      ...territory.people[1],
      exit: { date: "2026-03-31", situation: "CDI-intérimaire", after6Months: "CDI" },
    } as never;
    try {
      baseFromJson(territory, pack, today);
      throw new Error("expected a refusal");
    } catch (error) {
      expect((error as ValidationFailed).errors.map((found) => found.message)).toEqual([
        expect.stringMatching(
          /^people\[1\]\.exit\.situation \(personne « P2 »\) : situation inconnue « CDI-intérimaire » \(codes possibles : CDI, CDD-6M-PLUS/,
        ),
      ]);
    }
  });
});
