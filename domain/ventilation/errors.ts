/**
 * The ventilation module's error catalogue for the counting rules of the execution modes (issue 11
 * moves the module's older inline messages here): factories returning a `DomainError`.
 */
import { DomainError, type Where } from "../errors";

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
