/**
 * The CLI's French messages about files (one catalogue: the only place these sentences are written).
 * Each is a usage error: exit code 2, nothing written.
 */
import { UsageError } from "../plugin-kit/cli/arguments";

/**
 * @example
 * outputIsInput("./wb.xlsx", "wb.xlsx").message // => "--out « ./wb.xlsx » désigne le fichier d'entrée « wb.xlsx » …"
 */
export function outputIsInput(out: string, input: string): UsageError {
  return new UsageError(
    `« ${out} » désigne le fichier d'entrée « ${input} » (même fichier, par un autre chemin ou un lien) : choisissez un autre nom (les fichiers lus ne sont jamais modifiés)`,
  );
}

/**
 * @example
 * outputExists("bilan.xlsx").message // => "« bilan.xlsx » existe déjà : …"
 */
export function outputExists(out: string): UsageError {
  return new UsageError(`« ${out} » existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer`);
}

/**
 * @example
 * outputIsFolder("résultats").message // => "« résultats » est un dossier : …"
 */
export function outputIsFolder(out: string): UsageError {
  return new UsageError(
    `« ${out} » est un dossier : indiquez un nom de fichier (par exemple « ${out.replace(/[\\/]+$/, "")}/resultat.xlsx »)`,
  );
}

/**
 * @example
 * outputTwice("a/x.xlsx").message
 */
export function outputTwice(out: string): UsageError {
  return new UsageError(`« ${out} » serait écrit deux fois par la même commande : rien n'a été écrit`);
}

/**
 * @example
 * outputFailed("bilan.xlsx", "EACCES").message
 */
export function outputFailed(out: string, reason: string): UsageError {
  return new UsageError(`impossible d'écrire « ${out} » (${reason}) : rien n'a été écrit`);
}

/**
 * @example
 * unreadableFile("lots.json").message // => "impossible de lire le fichier « lots.json » (vérifiez le chemin)"
 */
export function unreadableFile(path: string): UsageError {
  return new UsageError(`impossible de lire le fichier « ${path} » (vérifiez le chemin)`);
}

/**
 * @example
 * invalidJson("-", "Unexpected token").message // => "l'entrée standard n'est pas du JSON valide (Unexpected token)"
 */
export function invalidJson(path: string, detail: string): UsageError {
  const where = path === "-" ? "l'entrée standard" : `« ${path} »`;
  return new UsageError(`${where} n'est pas du JSON valide (${detail})`);
}

/**
 * @example
 * notAnObject("-", null).message // => "l'entrée standard contient null : un objet JSON { … } est attendu"
 */
export function notAnObject(path: string, value: unknown): UsageError {
  const where = path === "-" ? "l'entrée standard" : `« ${path} »`;
  return new UsageError(`${where} contient ${JSON.stringify(value)} : un objet JSON { … } est attendu`);
}

/**
 * The French form of Node's `parseArgs` errors (its own messages are English).
 *
 * @example
 * argumentError({ code: "ERR_PARSE_ARGS_UNKNOWN_OPTION", message: "Unknown option '--x'" }).message
 * // => "option inconnue « --x » (clauses COMMANDE --help liste les options)"
 */
export function argumentError(error: { code?: string; message: string }): UsageError {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? "";
  const name = option.replace(/^-+/, "").split(/[ =]/)[0] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`option inconnue « ${option} » (clauses COMMANDE --help liste les options)`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/ambiguous/.test(error.message))
        return new UsageError(
          `--${name} : la valeur commence par un tiret ; écrivez --${name}=VALEUR si c'est bien la valeur voulue (un nombre négatif n'est pas accepté ici)`,
        );
      return new UsageError(`--${name} : une valeur est attendue après l'option`);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(`argument inattendu : ${error.message.replace(/^Unexpected argument '([^']*)'.*$/s, "« $1 »")}`);
    default:
      return new UsageError(`ligne de commande invalide (${error.message})`);
  }
}

/**
 * @example
 * moreErrors(4800) // => "… et 4 800 autres erreurs (corrigez les premières, puis relancez)"
 */
export function moreErrors(count: number): string {
  return `… et ${count.toLocaleString("fr-FR").replace(/\u202f/g, " ")} autres erreurs (corrigez les premières, puis relancez)`;
}
