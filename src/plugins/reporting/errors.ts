/**
 * The « Bilans » panel's own messages, written once.
 */
import { DomainError } from "../../../domain";

/**
 * The workbook cannot rewrite rows in place (an adapter without `updateRows`, e.g. an old file).
 *
 * @example
 * purgeUnavailable().code // => "reporting.purge.unavailable"
 */
export function purgeUnavailable(): DomainError {
  return new DomainError("reporting.purge.unavailable", "ce classeur ne permet pas la purge");
}

/**
 * @example
 * optionInvalid("x", ["buyer", "company"], "--by").code // => "cli.option.invalid"
 */
export function optionInvalid(value: string, allowed: readonly string[], field: string): DomainError {
  return new DomainError("cli.option.invalid", `« ${value} » n'est pas une valeur possible (${allowed.join(", ")})`, { field });
}

/**
 * The files of `--out` go to buyers and companies: the internal view never leaves the guichet.
 *
 * @example
 * internalViewExported().code // => "reporting.export.personal"
 */
export function internalViewExported(): DomainError {
  return new DomainError(
    "reporting.export.personal",
    "les fichiers exportés vont aux acheteurs et aux entreprises : la vue interne (données personnelles) ne s'exporte pas ; choisissez buyer ou company",
    { field: "--audience" },
  );
}

/**
 * @example
 * formatWithoutOut().code // => "cli.option.alone"
 */
export function formatWithoutOut(): DomainError {
  return new DomainError("cli.option.alone", "--format accompagne --out DOSSIER", { field: "--format" });
}

/**
 * `--register` with a workbook: the workbook keeps its own register (« Diffusions »).
 *
 * @example
 * registerWithWorkbook().code // => "reporting.register.workbook"
 */
export function registerWithWorkbook(): DomainError {
  return new DomainError(
    "reporting.register.workbook",
    "un classeur garde son propre registre des diffusions (tableau Diffusions) : retirez --register",
    { field: "--register" },
  );
}

/**
 * A question to the Bilans engine before any base was built (or after a build that failed).
 *
 * @example
 * bilansNotBuilt().code // => "reporting.base.missing"
 */
export function bilansNotBuilt(): DomainError {
  return new DomainError("reporting.base.missing", "les bilans ne sont pas encore calculés : relisez le classeur");
}
