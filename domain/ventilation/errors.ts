/**
 * The ventilation's messages, written once (code, French reason, where).
 */
import { reversedReason } from "../dates/errors";
import { DomainError, type Where } from "../errors/domain-error";
import { negativeCell } from "../validation/errors";

/**
 * @example
 * marketDuplicate("M1", 1, { field: "markets[3].id" }).code // => "ventilation.market.duplicate"
 */
export function marketDuplicate(id: string, position: number, where: Where): DomainError {
  return new DomainError("ventilation.market.duplicate", `le marché « ${id} » apparaît deux fois (déjà en position ${position})`, where);
}

/**
 * @example
 * lineMarketUnknown("M9", { field: "lines[0].market" }).code // => "ventilation.line.market.unknown"
 */
export function lineMarketUnknown(market: string, where: Where): DomainError {
  return new DomainError("ventilation.line.market.unknown", `marché « ${market} » inconnu (il n'est pas dans la liste des marchés)`, where);
}

/**
 * @example
 * lineMarketOtherCompany("M1", "BTP", "JARDINS", { field: "lines[0].market" }).code // => "ventilation.line.market.company"
 */
export function lineMarketOtherCompany(market: string, owner: string, company: string, where: Where): DomainError {
  return new DomainError(
    "ventilation.line.market.company",
    `le marché « ${market} » est celui de l'entreprise « ${owner} », pas de « ${company} »`,
    where,
  );
}

/**
 * @example
 * windowReversed("2026-04-01", "2026-05-01", { field: "windows[0].until" }).code // => "ventilation.window.reversed"
 */
export function windowReversed(until: string, from: string, where: Where): DomainError {
  return new DomainError("ventilation.window.reversed", reversedReason(until, from), where);
}

/**
 * @example
 * moreErrors(3).message // => "et 3 autres problèmes : corrigez les premiers puis relancez"
 */
export function moreErrors(count: number): DomainError {
  const plural = count > 1 ? "s" : "";
  return new DomainError("ventilation.errors.more", `et ${count} autre${plural} problème${plural} : corrigez les premiers puis relancez`);
}

/**
 * @example
 * choiceUnknown("règle", "x", "earliest-end (…)", { field: "--policy" }).code // => "ventilation.policy.unknown"
 */
export function choiceUnknown(what: "règle" | "répartition" | string, text: unknown, expected: string, where: Where): DomainError {
  return new DomainError(
    `ventilation.${what === "répartition" ? "spread" : "policy"}.unknown`,
    `${what} inconnue « ${String(text)} » ; attendu : ${expected}`,
    where,
  );
}

/**
 * @example
 * cellInvalid("Heures", 3, "Heures", "…").code // => "ventilation.cell.invalid"
 */
export function cellInvalid(sheet: string, row: number, column: string, reason: string): DomainError {
  return new DomainError("ventilation.cell.invalid", reason, { table: sheet, row, column });
}

/** Why a row of Marchés or Heures cannot be ventilated. */
export const CELL_REASONS = {
  negative: (value: number) => negativeCell(value),
  required: () => "valeur obligatoire pour la mutualisation (entreprise, dates et heures dues de chaque marché)",
};

/**
 * A contract of the flows that the pooling does not hold (an inconsistency of the caller's data).
 *
 * @example
 * marketNotPooled("M1").code // => "ventilation.market.missing"
 */
export function marketNotPooled(market: string): DomainError {
  return new DomainError("ventilation.market.missing", `contrat ${market} absent de la mutualisation`, { field: "markets" });
}

/**
 * @example
 * workdaysWithoutCalendar().code // => "ventilation.spread.calendar"
 */
export function workdaysWithoutCalendar(): DomainError {
  return new DomainError("ventilation.spread.calendar", "la répartition sur les jours ouvrés demande le calendrier du paquet de règles", {
    field: "spread",
  });
}

/**
 * @example
 * detailRequired().code // => "ventilation.detail.required"
 */
export function detailRequired(): DomainError {
  return new DomainError("ventilation.detail.required", "la ventilation doit être calculée avec son détail pour être écrite");
}

/**
 * A line gives neither hours nor, for sub-contracting, the amount invoiced.
 *
 * @example
 * lineHoursMissing({ field: "lines[2].hours" }).message
 * // => "lines[2].hours : indiquez les heures de la ligne, ou pour une sous-traitance ou cotraitance (SIAE, EA, ESAT) le montant facturé HT (amountInvoiced)"
 */
export function lineHoursMissing(where: Where): DomainError {
  return new DomainError(
    "ventilation.line.hours.missing",
    "indiquez les heures de la ligne, ou pour une sous-traitance ou cotraitance (SIAE, EA, ESAT) le montant facturé HT (amountInvoiced)",
    where,
  );
}

/**
 * A line gives both hours and an amount invoiced: which one counts is the facilitator's call.
 *
 * @example
 * lineHoursAndAmount({ field: "lines[2].amountInvoiced" }).code // => "ventilation.line.hoursAndAmount"
 */
export function lineHoursAndAmount(where: Where): DomainError {
  return new DomainError(
    "ventilation.line.hoursAndAmount",
    "la ligne donne à la fois des heures et un montant facturé : gardez les heures déclarées par la structure, ou le montant à convertir, pas les deux",
    where,
  );
}

/**
 * An amount invoiced on a line whose mode is not sub-contracting (only those are converted).
 *
 * @example
 * amountWithoutSubcontracting("formation", { field: "lines[2].amountInvoiced" }).code // => "ventilation.line.amountMode"
 */
export function amountWithoutSubcontracting(mode: string | undefined, where: Where): DomainError {
  return new DomainError(
    "ventilation.line.amountMode",
    `un montant facturé ne se convertit en heures que pour une ligne « sous-traitance » (SIAE, EA, ESAT)${mode ? ` ; cette ligne est en « ${mode} »` : " ; indiquez le mode de la ligne"}`,
    where,
  );
}

// Issue 17: implausible inputs, files and the shared workbook.

/** No one works more than 24 hours a day: a line above that is a typing mistake (3500 for 35), as in the workbook. */
export const HOURS_PER_DAY = 24;

/**
 * @example
 * tooManyHours({ field: "lines[0].hours" }, 1_000_000, 31).message
 * // => "lines[0].hours : 1000000 h sur 31 jours : plus de 24 h par jour (faute de frappe ?)"
 */
export function tooManyHours(where: Where, hours: number, days: number): DomainError {
  const period = days === 1 ? "1 jour" : `${days} jours`;
  return new DomainError(
    "ventilation.hours.implausible",
    `${hours} h sur ${period} : plus de ${HOURS_PER_DAY} h par jour (faute de frappe ?)`,
    where,
  );
}

/**
 * @example
 * unknownParticipant({ field: "lines[3].participant" }, "P9").code // => "ventilation.participant.unknown"
 */
export function unknownParticipant(where: Where, id: string): DomainError {
  return new DomainError(
    "ventilation.participant.unknown",
    `participant « ${id} » inconnu : il n'est pas dans people (ses heures ne peuvent pas être comptées ni exclues)`,
    where,
  );
}
