/**
 * The small-count threshold has a national floor: a territory pack (which is also what the
 * workbook's settings carry) may raise it, never lower it — refused, in French, naming the field.
 */
import { calendarSection } from "../dates/calendar-rules";
import { eligibilitySection } from "../eligibility/rules";
import { applyTerritoryPack, buildNationalPack, nationalMeta, sectionOf, type PackMeta } from "../rules";
import { sizingSection } from "../sizing/rules";
import { ventilationSection } from "../ventilation/rules";
import { territoryPack } from "../../test/support/territory-pack";
import { reportingSection } from "./rules";

const sections = [calendarSection, sizingSection, eligibilitySection, ventilationSection, reportingSection];
const national = buildNationalPack(nationalMeta as PackMeta, sections);
const withThreshold = (value: number) => territoryPack({ reporting: { smallCount: { value } } }, { version: "1" });

describe("the small-count threshold", () => {
  it("may be raised by a territory", () => {
    expect(sectionOf(applyTerritoryPack(national, withThreshold(10), sections), reportingSection).smallCount.value).toBe(10);
  });

  it("is never lowered below the national floor of 5 (the run used to accept 2 silently)", () => {
    for (const value of [2, 4]) {
      expect(() => applyTerritoryPack(national, withThreshold(value), sections)).toThrow(
        /sections\.reporting\.smallCount\.value : le seuil de diffusion ne peut pas descendre sous le plancher national de 5 personnes/,
      );
    }
  });
});
