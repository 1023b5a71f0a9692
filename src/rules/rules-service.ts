/**
 * Which rules a workbook uses: the national pack, or a territory pack imported by the facilitator
 * and stored in the workbook itself (so it travels with the file and every colleague computes alike).
 */
import { applyTerritoryPack, type RulePack } from "../../domain";
import { SETTINGS, type WorkbookPort } from "../workbook/port";
import { setActivePack } from "./active-pack";
import { nationalPack, ruleSections } from "./national-pack";

export class RulesService {
  /**
   * @example
   * const rules = new RulesService(workbook);
   * const pack = await rules.current();
   */
  constructor(private readonly workbook: WorkbookPort) {}

  /** The workbook's pack (territory over national, or national), put in force for the functions too. */
  async current(): Promise<RulePack> {
    const stored = await this.workbook.readSetting<unknown>(SETTINGS.territoryPack);
    const pack = stored === undefined ? nationalPack() : applyTerritoryPack(nationalPack(), stored, ruleSections());
    setActivePack(pack);
    return pack;
  }

  /**
   * Validates a territory pack (throws `ValidationFailed` listing every problem) and, only when it
   * is valid, stores it in the workbook.
   */
  async importTerritoryPack(json: unknown): Promise<RulePack> {
    const pack = applyTerritoryPack(nationalPack(), json, ruleSections());
    await this.workbook.writeSetting(SETTINGS.territoryPack, json);
    setActivePack(pack);
    return pack;
  }

  /** Goes back to the national pack. */
  async resetToNational(): Promise<RulePack> {
    await this.workbook.writeSetting(SETTINGS.territoryPack, undefined);
    setActivePack(nationalPack());
    return nationalPack();
  }
}
