/**
 * The workbook module's messages about rows the pane is about to write (the guard before a write).
 */
import { DomainError, type Where } from "../errors";

/**
 * A row about to be written whose key is already in the table: offered as an update, never duplicated.
 *
 * @example
 * keyExists("Marchés", "Marché", "2026-014", 7).message // => "Marchés, colonne « Marché » : « 2026-014 » existe déjà (ligne 7) …"
 */
export function keyExists(table: string, column: string, key: string, row: number): DomainError {
  return new DomainError(
    "workbook.write.keyExists",
    `« ${key} » existe déjà (ligne ${row}) : mettez à jour cette ligne ou choisissez une autre référence`,
    { table, column },
  );
}

/**
 * A value the pane would write but that the table's readers could not read back.
 *
 * @example
 * unwritableValue({ table: "Marchés", column: "Début" }, "« 2026-13-01 » n'est pas une date").code // => "workbook.write.unreadable"
 */
export function unwritableValue(where: Where, reason: string): DomainError {
  return new DomainError("workbook.write.unreadable", reason, where);
}

/**
 * A percentage between 0 and 1 % in a percent field: probably a fraction typed by mistake, so the
 * form asks before computing anything with it.
 *
 * @example
 * percentLooksLikeFraction("Taux d'insertion", 0.05).reason // => "0,05 % : vouliez-vous dire 5 % ?"
 */
export function percentLooksLikeFraction(field: string, percent: number): DomainError {
  const shown = (value: number) => String(Math.round(value * 1e6) / 1e6).replace(".", ",");
  return new DomainError("form.percent.fraction", `${shown(percent)} % : vouliez-vous dire ${shown(percent * 100)} % ?`, { field });
}
