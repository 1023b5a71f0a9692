/**
 * Every message of the commission and paths module, in one place: each factory builds the typed
 * error (stable code, French reason, place) so the same rule is worded once.
 */
import { DomainError, type Where } from "../errors";
import { frenchDate } from "../text";

export const commissionErrors = {
  /**
   * @example
   * commissionErrors.monthInvalid("2026-13", { field: "--month" }).message // => "--month : mois invalide « 2026-13 » : attendu AAAA-MM (ex. 2026-06)"
   */
  monthInvalid: (text: string, where: Where = {}) =>
    new DomainError("commission.month.invalid", `mois invalide « ${text} » : attendu AAAA-MM (ex. 2026-06)`, where),
  /**
   * @example
   * commissionErrors.needEndsBeforeStart("2026-05-01", "2026-04-01", { table: "Besoins", row: 3, column: "Fin" })
   */
  needEndsBeforeStart: (start: string, end: string, where: Where) =>
    new DomainError(
      "commission.need.endBeforeStart",
      `la fin (${frenchDate(end)}) précède le début (${frenchDate(start)}) du besoin`,
      where,
    ),
  /**
   * @example
   * commissionErrors.unknownNeed("B9", { field: "proposals[0].need" })
   */
  unknownNeed: (id: string, where: Where) =>
    new DomainError("commission.need.unknown", `besoin inconnu « ${id} » : il doit figurer dans les besoins`, where),
  /**
   * @example
   * commissionErrors.unknownParticipant("P9", { field: "proposals[0].participant" })
   */
  unknownParticipant: (id: string, where: Where) =>
    new DomainError("commission.participant.unknown", `participant inconnu « ${id} » : il doit figurer dans les participants`, where),
  /**
   * @example
   * commissionErrors.unknownMarket("M9", { field: "needs[0].market" })
   */
  unknownMarket: (id: string, where: Where) =>
    new DomainError(
      "commission.market.unknown",
      `marché inconnu « ${id} » : indiquez un marché du tableau Marchés ou « mutualisé »`,
      where,
    ),
  /**
   * @example
   * commissionErrors.marketOfOtherCompany("M2", "BTP-RIVIERE", "NETTO", { field: "needs[0].market" })
   */
  marketOfOtherCompany: (market: string, owner: string, company: string, where: Where) =>
    new DomainError(
      "commission.market.otherCompany",
      `le marché « ${market} » est tenu par « ${owner} », pas par « ${company} » : un besoin porte sur un marché de l'entreprise`,
      where,
    ),
  /**
   * @example
   * commissionErrors.pooledWithoutPooling("NETTO", { field: "needs[0].market" })
   */
  pooledWithoutPooling: (company: string, where: Where) =>
    new DomainError(
      "commission.need.notPooled",
      `« mutualisé » demande qu'un marché de « ${company} » soit mutualisé : indiquez sinon le marché du besoin`,
      where,
    ),
  /**
   * @example
   * commissionErrors.stepEndsBeforeStart("2026-05-01", "2026-04-01", { field: "steps[0].end" })
   */
  stepEndsBeforeStart: (start: string, end: string, where: Where) =>
    new DomainError(
      "commission.step.endBeforeStart",
      `la fin (${frenchDate(end)}) précède le début (${frenchDate(start)}) de l'étape`,
      where,
    ),
  /**
   * @example
   * commissionErrors.duplicateId("B1", { field: "needs[1].id" })
   */
  duplicateId: (id: string, where: Where) => new DomainError("commission.id.duplicate", `l'identifiant « ${id} » figure deux fois`, where),
} as const;
