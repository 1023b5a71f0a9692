/**
 * For tests: the national pack with every section the bilans read, and a small territory whose
 * figures are worked out by hand in `indicators.test.ts`.
 */
import { calendarSection } from "../dates/calendar-rules";
import { eligibilitySection } from "../eligibility/rules";
import { buildNationalPack, nationalMeta, type PackMeta, type RulePack } from "../rules";
import { sizingSection } from "../sizing/rules";
import { ventilationSection } from "../ventilation/rules";
import { reportingSection } from "./rules";

/**
 * @example
 * reportingTestPack().sections.reporting // => the national reporting rules
 */
export function reportingTestPack(): RulePack {
  return buildNationalPack(nationalMeta as PackMeta, [
    calendarSection,
    sizingSection,
    eligibilitySection,
    ventilationSection,
    reportingSection,
  ]);
}

/**
 * Buyer A: A1 (300 h, January–June) and A2 (200 h, April–December), both X's, pooled. Buyer B: B1
 * (100 h, 2026), Y's, direct lines only. P1 works for both buyers; P3 (RSA, no other fact) has
 * only hours before B1 started; P2 and P4 have left.
 *
 * @example
 * baseFromJson(handTerritory(), reportingTestPack(), dayFromIso("2026-11-26"))
 */
export function handTerritory() {
  return {
    markets: [
      { id: "A1", company: "X", buyer: "A", label: "École", start: "2026-01-01", end: "2026-06-30", obligation: 300 },
      { id: "A2", company: "X", buyer: "A", start: "2026-04-01", end: "2026-12-31", obligation: 200 },
      { id: "B1", company: "Y", buyer: "B", start: "2026-01-01", end: "2026-12-31", obligation: 100, pooled: false },
    ],
    lines: [
      {
        company: "X",
        participant: "P1",
        start: "2026-01-01",
        end: "2026-01-31",
        hours: 100,
        mode: "embauche-directe",
        contractType: "CDD",
      },
      {
        company: "X",
        participant: "P2",
        start: "2026-02-01",
        end: "2026-03-31",
        hours: 236,
        mode: "mise-a-disposition",
        contractType: "mise-a-disposition",
        employer: "ETTI du Val",
      },
      {
        company: "Y",
        participant: "P1",
        market: "B1",
        start: "2026-02-01",
        end: "2026-02-28",
        hours: 56,
        mode: "embauche-directe",
        contractType: "CDI",
      },
      {
        company: "Y",
        participant: "P3",
        market: "B1",
        start: "2025-12-01",
        end: "2025-12-31",
        hours: 31,
        mode: "embauche-directe",
        contractType: "CDD",
      },
      { company: "X", participant: "P4", start: "2026-05-01", end: "2026-05-31", hours: 310, mode: "embauche-directe" },
    ],
    people: [
      { id: "P1", sex: "F", birthDate: "2001-05-10", schoolLeftDate: "2019-07-01", qpv: true, firstClauseEntry: "2026-01-01" },
      {
        id: "P2",
        sex: "M",
        birthDate: "1973-01-15",
        jobSeekerSince: "2024-06-01",
        qpv: false,
        firstClauseEntry: "2026-02-01",
        exit: { date: "2026-03-31", situation: "CDI", after6Months: "CDI" },
      },
      { id: "P4", sex: "M", birthDate: "1990-02-11", benefits: ["RSA"], exit: { date: "2026-05-31", situation: "CDD de moins de 6 mois" } },
      // In people since issue 17 (a line naming nobody of people is refused, as in the workbook); eligible, so its hours stay countable.
      { id: "P3", benefits: ["RSA"] },
    ],
  };
}
