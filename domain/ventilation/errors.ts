/**
 * The ventilation module's French messages about implausible inputs, as small factories.
 */
import { DomainError, type Where } from "../errors";

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
