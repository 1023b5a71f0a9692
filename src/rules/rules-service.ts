/**
 * Which rules a workbook uses: the national pack, or a territory pack imported by the facilitator
 * and stored in the workbook itself (so it travels with the file and every colleague computes alike).
 */
import { applyTerritoryPack, type RulePack, type RuleSection } from "../../domain";
import type { RulesPort } from "../plugins/types";
import { activePack, onActivePackChange, setActivePack } from "../plugin-kit/rules/active-pack";
import { SETTINGS, type WorkbookPort } from "../workbook/port";

/** What the service is built from (given by the composition root). */
export interface RuleSource {
  national: () => RulePack;
  sections: () => readonly RuleSection[];
}

export class RulesService implements RulesPort {
  /**
   * @example
   * const rules = new RulesService(workbook, { national: nationalPack, sections: ruleSections });
   * const pack = await rules.current();
   */
  constructor(
    private readonly workbook: WorkbookPort,
    private readonly source: RuleSource,
  ) {}

  /** The workbook's pack (territory over national, or national), put in force for the functions too. */
  async current(): Promise<RulePack> {
    const stored = await this.workbook.readSetting<unknown>(SETTINGS.territoryPack);
    const pack = stored === undefined ? this.source.national() : this.territory(stored);
    setActivePack(pack);
    return pack;
  }

  /**
   * Validates a territory pack (throws `ValidationFailed` listing every problem) and, only when it
   * is valid, stores it in the workbook.
   */
  async importTerritoryPack(json: unknown): Promise<RulePack> {
    const pack = this.territory(json);
    await this.workbook.writeSetting(SETTINGS.territoryPack, json);
    setActivePack(pack);
    return pack;
  }

  /**
   * The pack a territory file would put in force, validated in full, without storing anything
   * (the « Règles » panel shows its changes before the facilitator applies it).
   *
   * @example
   * const next = rules.previewTerritoryPack(json); // throws ValidationFailed, as importTerritoryPack does
   */
  previewTerritoryPack(json: unknown): RulePack {
    return this.territory(json);
  }

  /** Goes back to the national pack. */
  async resetToNational(): Promise<RulePack> {
    await this.workbook.writeSetting(SETTINGS.territoryPack, undefined);
    setActivePack(this.source.national());
    return this.source.national();
  }

  active(): RulePack {
    return activePack();
  }

  onChange(listener: (pack: RulePack) => void): () => void {
    return onActivePackChange(listener);
  }

  sections(): readonly RuleSection[] {
    return this.source.sections();
  }

  private territory(json: unknown): RulePack {
    return applyTerritoryPack(this.source.national(), json, [...this.source.sections()]);
  }
}
