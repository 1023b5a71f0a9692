/**
 * The forecast and the candidates on hand-made territories: pooling, a countable window ending in
 * the middle of a need, a need with no contract (« mutualisé »), follow-ups, the company's list.
 */
import { calendarSection } from "../dates/calendar-rules";
import { dayFromIso } from "../dates";
import { eligibilitySection } from "../eligibility";
import { errorsOf } from "../errors";
import { reportingSection } from "../reporting/rules";
import { applyTerritoryPack, buildNationalPack, nationalMeta, type PackMeta, type RulePack } from "../rules";
import { sizingSection } from "../sizing/rules";
import { ventilationSection } from "../ventilation/rules";
import { commissionMeeting, companyProposals } from "./meeting";
import { forecastHours } from "./forecast";
import { personPath } from "./person-path";
import { commissionSection } from "./rules";
import { forecastInput, worldFromJson } from "./world";

const sections = [calendarSection, sizingSection, eligibilitySection, ventilationSection, reportingSection, commissionSection];
const national = buildNationalPack(nationalMeta as PackMeta, sections);
const today = dayFromIso("2026-12-01");

function withWindow(months: number): RulePack {
  const territory = {
    meta: {
      id: "plie-sud",
      version: "1",
      label: "PLIE Sud",
      kind: "territory",
      extends: "national",
      publishedOn: "2026-10-01",
      source: "Charte",
    },
    sections: { eligibility: { countingWindow: { months, source: "Charte du PLIE", confirmed: true } } },
  };
  return applyTerritoryPack(national, territory, sections);
}

const month = (m: string, hours: number, extra: Record<string, unknown> = {}) => ({
  start: `${m}-01`,
  end: new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10),
  hours,
  ...extra,
});

// X holds two pooled contracts: A1 (Jan–Jun, 600 h) then A2 (Apr–Sep, 300 h); 100 pooled hours a month.
// Earliest end first: January to May go to A1, so A2 has had nothing before June.
const pooled = {
  policy: "earliest-end",
  markets: [
    { id: "A1", company: "X", start: "2026-01-01", end: "2026-06-30", obligation: 600, pooled: true },
    { id: "A2", company: "X", start: "2026-04-01", end: "2026-09-30", obligation: 300, pooled: true },
    { id: "B1", company: "Y", start: "2026-03-01", end: "2026-12-31", obligation: 120, pooled: false },
  ],
  lines: [
    ...["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"].map((m) => ({ company: "X", ...month(m, 100) })),
    { company: "Y", market: "B1", ...month("2026-04", 20) },
  ],
};

describe("forecast", () => {
  const forecastAt = (m: string) => {
    const world = worldFromJson(pooled, national, today, dayFromIso(`${m}-01`));
    return forecastHours(forecastInput(world, national), m);
  };

  it("counts the hours still due from the ventilation's credits before the month, over the months left", () => {
    const forecast = forecastAt("2026-05");
    const a1 = forecast.markets.find((market) => market.id === "A1");
    // A1 received January to April: 400 h; May and June are left.
    expect(a1).toEqual({
      id: "A1",
      company: "X",
      remaining: 200,
      monthsLeft: 2,
      hoursPerMonth: 100,
      fte: 0.75,
      reachable: true,
      impossibleFrom: null,
    });
  });

  it("judges a pooled contract on the pooled hours it will receive once the earlier contract is full, not on its own empty months", () => {
    const a2 = forecastAt("2026-05").markets.find((market) => market.id === "A2");
    // Nothing credited yet; at 100 h a month, A1 is full at the end of June, then A2 gets July to September: 300 h.
    expect(a2).toMatchObject({ remaining: 300, monthsLeft: 5, hoursPerMonth: 60, fte: 0.45, reachable: true, impossibleFrom: null });
  });

  it("counts the months of a contract not started yet from its first month", () => {
    const a2 = forecastAt("2026-02").markets.find((market) => market.id === "A2");
    expect(a2).toMatchObject({ remaining: 300, monthsLeft: 6, hoursPerMonth: 50 });
  });

  it("flags a contract the current pace cannot meet with the month it becomes impossible", () => {
    const b1 = forecastAt("2026-05").markets.find((market) => market.id === "B1");
    // 20 h in April (pace over the months since its first hour: 20 h a month) and 100 h still due over
    // May–December (8 months). 20 h a month brings 160 h: reachable. At 2026-11, 2 months are left.
    expect(b1).toMatchObject({ remaining: 100, monthsLeft: 8, hoursPerMonth: 12.5, reachable: true });
    const late = worldFromJson(
      { ...pooled, lines: [...pooled.lines.slice(0, 5), { company: "Y", market: "B1", ...month("2026-04", 5) }] },
      national,
      today,
      dayFromIso("2026-05-01"),
    );
    const b1Late = forecastHours(forecastInput(late, national), "2026-05").markets.find((market) => market.id === "B1");
    // 5 h a month for 8 months = 40 h < 115 h due; the best month is 5 h: 115 > 5 × 8 already in May.
    expect(b1Late).toMatchObject({ remaining: 115, reachable: false, impossibleFrom: "2026-05" });
  });

  it("dates the impossibility to the month the rest outgrows the contract's best month repeated", () => {
    const uneven = {
      ...pooled,
      markets: [...pooled.markets.slice(0, 2), { ...pooled.markets[2], obligation: 200 }],
      lines: [
        ...pooled.lines.slice(0, 5),
        { company: "Y", market: "B1", ...month("2026-03", 30) },
        { company: "Y", market: "B1", ...month("2026-04", 5) },
      ],
    };
    const world = worldFromJson(uneven, national, today, dayFromIso("2026-05-01"));
    const b1 = forecastHours(forecastInput(world, national), "2026-05").markets.find((market) => market.id === "B1");
    // Pace 17.5 h a month (March and April), best month 30 h: 165 h due over 8 months. In December
    // 165 − 7 × 17.5 = 42.5 h would remain for one month of at most 30 h.
    expect(b1).toMatchObject({ remaining: 165, monthsLeft: 8, reachable: false, impossibleFrom: "2026-12" });
  });

  it("adds the company's contracts into hours a month and full-time equivalents", () => {
    const forecast = forecastAt("2026-05");
    expect(forecast.companies).toEqual([
      { company: "X", hoursPerMonth: 160, fte: 1.2 },
      { company: "Y", hoursPerMonth: 12.5, fte: 0.09 },
    ]);
    expect(forecast.hoursPerFteMonth).toBe(133.33);
  });

  it("refuses a month that is not AAAA-MM", () => {
    const world = worldFromJson(pooled, national, today, today);
    expect(() => forecastHours(forecastInput(world, national), "2026-13")).toThrow("month : mois invalide « 2026-13 »");
  });
});

// A person whose countable window (24 months from 2024-07-01) closes on 2026-06-30.
const people = [
  {
    id: "P1",
    birthDate: "2003-05-10",
    qualificationLevel: 3,
    schoolLeftDate: "2021-07-01",
    qpv: true,
    tradesWanted: ["Peinture"],
    firstClauseEntry: "2026-01-05",
  },
  { id: "P2", birthDate: "1970-01-01", jobSeekerSince: "2020-01-01", firstClauseEntry: "2024-07-01", tradesWanted: ["Peinture"] },
  { id: "P3", birthDate: "1970-01-01", jobSeekerSince: "2020-01-01", firstClauseEntry: "2024-01-01" },
  { id: "P4", birthDate: "1990-01-01", qualificationLevel: 5 },
  { id: "P5", birthDate: "1970-01-01", jobSeekerSince: "2020-01-01", exit: { date: "2025-11-15", situation: "CDI" } },
];

const territory = {
  ...pooled,
  people,
  needs: [
    { id: "N1", company: "X", market: "A2", trade: "Peinture", hours: 200, start: "2026-05-01", end: "2026-09-30" },
    { id: "N2", company: "X", market: "mutualisé", trade: "Maçonnerie", hours: 100, start: "2026-08-01", end: "2026-08-31" },
  ],
  proposals: [{ need: "N1", participant: "P1", prescriber: "Mission locale", date: "2026-04-01", decision: "en-attente" }],
};

describe("candidates", () => {
  const meetingOn = (date: string, pack = withWindow(24)) =>
    commissionMeeting(worldFromJson(territory, pack, today, dayFromIso(date)), pack, dayFromIso(date));

  it("never proposes a person not eligible, whose window is over, or who has left", () => {
    const ids = meetingOn("2026-05-06").candidates.map((candidate) => candidate.participant);
    expect(ids).toEqual(["P1", "P2"]);
  });

  it("says when a window ends in the middle of a need, and leaves the person out of needs starting after it", () => {
    const meeting = meetingOn("2026-05-06");
    const n1 = meeting.needs.find((need) => need.id === "N1");
    const person = n1?.candidates.find((candidate) => candidate.participant === "P2");
    expect(person?.reasons).toContain("heures comptabilisables seulement jusqu'au 30/06/2026, avant la fin du besoin (30/09/2026)");
    const n2 = meeting.needs.find((need) => need.id === "N2");
    expect(n2?.candidates.map((candidate) => candidate.participant)).toEqual(["P1"]);
  });

  it("ranks on the pack's points with every reason said, the wanted trade and the priority public first", () => {
    const n1 = meetingOn("2026-05-06").needs.find((need) => need.id === "N1");
    expect(n1?.candidates[0]).toEqual({
      participant: "P1",
      rank: 1,
      score: 6,
      reasons: [
        "souhaite le métier « Peinture » (+3)",
        "heures comptabilisables jusqu'au 04/01/2028, après la fin du besoin (+2)",
        expect.stringMatching(/^public prioritaire : .*QPV.* \(\+1\)$/),
        "disponibilité non renseignée",
        "déjà positionné(e) le 01/04/2026, décision en attente",
      ],
    });
  });

  it("lets a need on pooled hours (« mutualisé ») stand only for a company that pools its contracts", () => {
    const bad = {
      ...territory,
      needs: [{ id: "N9", company: "Y", market: "mutualisé", hours: 10, start: "2026-06-01", end: "2026-06-30" }],
    };
    expect(() => worldFromJson(bad, national, today, today)).toThrow(
      "needs[0].market : « mutualisé » demande qu'un marché de « Y » soit mutualisé : indiquez sinon le marché du besoin",
    );
  });

  it("refuses every wrong reference of the commission's data at once, naming each field", () => {
    const bad = {
      ...territory,
      needs: [{ id: "N1", company: "Y", market: "A1", hours: 10, start: "2026-06-30", end: "2026-06-01" }],
      proposals: [{ need: "N7", participant: "INCONNU", date: "2026-05-01", decision: "retenu" }],
    };
    let thrown: unknown;
    try {
      worldFromJson(bad, national, today, today);
    } catch (error) {
      thrown = error;
    }
    expect(errorsOf(thrown).map((error) => error.code)).toEqual([
      "commission.need.endBeforeStart",
      "commission.market.otherCompany",
      "commission.need.unknown",
      "commission.participant.unknown",
    ]);
  });

  it("puts due 6-month situations, pending proposals and windows closing before the next meeting on the agenda", () => {
    const meeting = meetingOn("2026-06-03");
    expect(meeting.followUps.map(({ participant, kind, due }) => ({ participant, kind, due }))).toEqual([
      { participant: "P1", kind: "positionnement-en-attente", due: "2026-04-01" },
      { participant: "P5", kind: "situation-6-mois", due: "2026-05-15" },
      { participant: "P2", kind: "fin-de-fenetre", due: "2026-06-30" },
    ]);
  });

  it("gives a company the people proposed to it and nothing of their eligibility", () => {
    const world = worldFromJson(territory, withWindow(24), today, dayFromIso("2026-05-06"));
    const lists = companyProposals(world, dayFromIso("2026-05-06"));
    expect(lists).toEqual([
      { company: "X", proposals: [{ need: "N1", trade: "Peinture", participant: "P1", date: "2026-04-01", decision: "en-attente" }] },
    ]);
    const text = JSON.stringify(lists);
    for (const word of ["QPV", "JEUNE", "criteria", "priority", "prescriber", "Mission locale", "birth", "countable"])
      expect(text).not.toContain(word);
  });
});

describe("paths", () => {
  it("joins entered steps and the jobs of the hour lines, with the gaps and the hours credited per contract", () => {
    const world = worldFromJson(
      {
        ...pooled,
        lines: [
          { company: "X", participant: "P1", ...month("2026-01", 70) },
          { company: "X", participant: "P1", ...month("2026-02", 70) },
          { company: "Y", market: "B1", participant: "P1", ...month("2026-05", 20) },
        ],
        people: [people[0]],
        steps: [{ participant: "P1", kind: "formation", organisation: "AFPA", start: "2026-03-02", end: "2026-03-27", hours: 120 }],
      },
      national,
      today,
      today,
    );
    const path = personPath(world, "P1");
    expect(path.steps.map(({ kind, organisation, start, end, hours }) => ({ kind, organisation, start, end, hours }))).toEqual([
      { kind: "emploi", organisation: "X", start: "2026-01-01", end: "2026-02-28", hours: 140 },
      { kind: "formation", organisation: "AFPA", start: "2026-03-02", end: "2026-03-27", hours: 120 },
      { kind: "emploi", organisation: "Y", start: "2026-05-01", end: "2026-05-31", hours: 20 },
    ]);
    expect(path.gaps).toEqual([
      { from: "2026-03-01", to: "2026-03-01", days: 1 },
      { from: "2026-03-28", to: "2026-04-30", days: 34 },
    ]);
    expect(path.hoursByMarket).toEqual([
      { market: "A1", hours: 140 },
      { market: "B1", hours: 20 },
    ]);
    expect(path.trainingHours).toBe(120);
  });
});
