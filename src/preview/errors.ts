/**
 * The preview formula bar's messages, written once. Each carries the Excel error it stands for
 * (`#NAME?`, `#VALUE!`), shown before the message as Excel would show it in the cell.
 */
import { DomainError } from "../../domain";

/**
 * @example
 * formulaShape().code // => "preview.formula.shape"
 */
export function formulaShape(): DomainError {
  return new DomainError("preview.formula.shape", "saisissez une formule de la forme =CLAUSES.NOM(argument; argument)");
}

/**
 * @example
 * argumentUnknown("Heures[") .code // => "preview.argument.unknown"
 */
export function argumentUnknown(raw: string): DomainError {
  return new DomainError("preview.argument.unknown", `argument non reconnu : ${raw} (nombre, "texte", VRAI/FAUX ou nom d'un tableau)`);
}

/**
 * @example
 * selectRowFirst("Participants", "Participants").code // => "preview.selection.none"
 */
export function selectRowFirst(sheet: string, name: string): DomainError {
  return new DomainError("preview.selection.none", `cliquez d'abord une ligne du tableau ${sheet} pour utiliser ${name}[@]`);
}

/**
 * @example
 * functionUnknown("HEURE", ["HEURES"]).code // => "preview.function.unknown"
 */
export function functionUnknown(name: string, available: readonly string[]): DomainError {
  return new DomainError("preview.function.unknown", `fonction inconnue : CLAUSES.${name} (disponibles : ${available.join(", ")})`);
}

/**
 * The Excel error a message stands for in the formula bar.
 *
 * @example
 * excelCodeOf(functionUnknown("X", [])) // => "#NAME?"
 */
export function excelCodeOf(error: Error): string {
  const code = (error as { code?: string }).code;
  if (code?.startsWith("#")) return code; // a custom function's own CustomFunctions.Error
  return code === "preview.function.unknown" ? "#NAME?" : "#VALUE!";
}

/**
 * The .xlsx reader of the preview (a Web Worker) refused the file or stopped: its own French reason,
 * or, when the worker itself failed, what the browser said.
 *
 * @example
 * workbookNotRead("le fichier n'est pas un classeur .xlsx").code // => "preview.workbook.unread"
 */
export function workbookNotRead(reason: string): DomainError {
  return new DomainError("preview.workbook.unread", reason || "la lecture du classeur s'est arrêtée (mémoire de l'onglet ?)");
}
