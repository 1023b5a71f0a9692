/**
 * The bilans' messages, written once (code, French reason, where).
 */
import { reversedReason } from "../dates/errors";
import { DomainError, type Where } from "../errors/domain-error";

/**
 * @example
 * situationUnknown("CDI-intérimaire", "CDI, CDD-6M-PLUS", { field: "exit.situation" }).code // => "reporting.situation.unknown"
 */
export function situationUnknown(text: string, known: string, where: Where): DomainError {
  return new DomainError("reporting.situation.unknown", `situation inconnue « ${text} » (codes possibles : ${known})`, where);
}

/**
 * @example
 * exitDateMissing({ field: "exit.date" }).code // => "reporting.exit.date"
 */
export function exitDateMissing(where: Where): DomainError {
  return new DomainError("reporting.exit.date", "indiquez la date de sortie : elle dit dans quel bilan la sortie compte", where);
}

/**
 * @example
 * ageBandUnknown("90+", "-26, 26-49, 50+", { field: "purged.ageBand" }).code // => "reporting.ageBand.unknown"
 */
export function ageBandUnknown(kept: string, known: string, where: Where): DomainError {
  return new DomainError("reporting.ageBand.unknown", `tranche d'âge inconnue « ${kept} » (codes possibles : ${known})`, where);
}

/**
 * @example
 * retentionUnset().code // => "reporting.retention.unset"
 */
export function retentionUnset(): DomainError {
  return new DomainError(
    "reporting.retention.unset",
    "la durée de conservation n'est pas fixée : indiquez-la (en années sans activité) ou fixez-la dans le paquet de règles du territoire (reporting.retention.years)",
    { field: "--years" },
  );
}

/**
 * @example
 * retentionInvalid(0).message // => "--years : un nombre entier d'années, au moins 1, est attendu (reçu « 0 »)"
 */
export function retentionInvalid(years: number | string): DomainError {
  return new DomainError("reporting.retention.invalid", `un nombre entier d'années, au moins 1, est attendu (reçu « ${years} »)`, {
    field: "--years",
  });
}

/**
 * A period whose end comes before its start, both shown as the facilitator gave them (dates on the
 * command line, months in the pane).
 *
 * @example
 * periodReversed("juin 2026", "mars 2026", { field: "Période" }).message
 * // => "Période : la fin (mars 2026) précède le début (juin 2026)"
 */
export function periodReversed(from: string, to: string, where: Where): DomainError {
  return new DomainError("reporting.period.reversed", reversedReason(to, from), where);
}

/**
 * @example
 * periodNotWholeMonth("le premier", "2026-01-01", "--from").code // => "reporting.period.month"
 */
export function periodNotWholeMonth(which: string, example: string, field: string): DomainError {
  return new DomainError(
    "reporting.period.month",
    `les bilans se font par mois entiers (les heures sont ventilées mois par mois) : indiquez ${which} jour d'un mois (ex. ${example})`,
    { field },
  );
}

/**
 * The internal view (with personal data) never leaves the guichet: only external views are exported or printed.
 *
 * @example
 * personalViewRefused("s'exportent").code // => "reporting.export.personal"
 */
export function personalViewRefused(action: "s'exportent" | "s'impriment"): DomainError {
  return new DomainError(
    "reporting.export.personal",
    `la vue interne contient des données personnelles : seuls les bilans pour un acheteur ou une entreprise ${action}`,
  );
}

/**
 * A figure id no bilan has (a caller's mistake: the pane only asks for figures it shows).
 *
 * @example
 * figureUnknown("hours.extra").code // => "reporting.figure.unknown"
 */
export function figureUnknown(figure: string): DomainError {
  return new DomainError("reporting.figure.unknown", `figure inconnue : ${figure}`);
}

// Disclosure control (issue 18).

/** The national floor of the small-count threshold: a territory may raise it, never lower it. */
export const SMALL_COUNT_FLOOR = 5;

/**
 * Why a pack's (or a settings sheet's) threshold under the floor is refused (the text of the rule check).
 *
 * @example
 * smallCountBelowFloorReason(5) // => "le seuil de diffusion ne peut pas descendre sous le plancher national de 5 personnes : un paquet de territoire peut le relever, pas l'abaisser"
 */
export function smallCountBelowFloorReason(floor: number): string {
  return `le seuil de diffusion ne peut pas descendre sous le plancher national de ${floor} personnes : un paquet de territoire peut le relever, pas l'abaisser`;
}

/**
 * A releases register that cannot be read.
 *
 * @example
 * registerInvalid("diffusions.json", "releases[0].period").code // => "reporting.register.invalid"
 */
export function registerInvalid(file: string, field: string, reason: string): DomainError {
  return new DomainError("reporting.register.invalid", `registre des diffusions illisible (${file}) : ${reason}`, { field });
}

/**
 * A `--period` that is not two whole months in order (or given with --from / --to).
 *
 * @example
 * periodOptionInvalid("2026-13:2026-01").message // => "--period : une période de mois entiers AAAA-MM:AAAA-MM est attendue, sans --from ni --to (reçu « 2026-13:2026-01 »)"
 */
export function periodOptionInvalid(value: string): DomainError {
  return new DomainError(
    "reporting.period.option",
    `une période de mois entiers AAAA-MM:AAAA-MM est attendue, sans --from ni --to (reçu « ${value} »)`,
    { field: "--period" },
  );
}

// Issue 17: implausible inputs, files and the shared workbook.

/**
 * Two bilans whose ids give the same file name: refused, both ids named (one would replace the other).
 *
 * @example
 * exportNameCollision("VILLE-VR", "VILLE VR", "bilan-acheteur-VILLE-VR.xlsx").code // => "reporting.export.collision"
 */
export function exportNameCollision(first: string, second: string, file: string): DomainError {
  return new DomainError(
    "reporting.export.collision",
    `les bilans « ${first} » et « ${second} » donneraient le même fichier « ${file} » : rendez leurs identifiants distincts (rien n'a été écrit)`,
    { field: "--out" },
  );
}

/**
 * « Au mois » before « Du mois » in the pane: a user's choice, explained next to the field (not a crash).
 *
 * @example
 * monthsReversed("octobre 2026", "mars 2026").reason // => "« Au mois » (mars 2026) précède « Du mois » (octobre 2026) : choisissez un mois de fin après le début"
 */
// The months come already worded (monthLabel of period.ts, which reads this catalogue: no import circle).
export function monthsReversed(from: string, to: string): DomainError {
  return new DomainError(
    "reporting.period.reversed",
    `« Au mois » (${to}) précède « Du mois » (${from}) : choisissez un mois de fin après le début`,
    { field: "to" },
  );
}

/**
 * A number of years that is not a whole number between 1 and `max`.
 *
 * @example
 * retentionYearsInvalid("-1", 100).message // => "--years : un nombre entier d'années, de 1 à 100, est attendu (reçu « -1 »)"
 */
export function retentionYearsInvalid(value: string, max: number): DomainError {
  return new DomainError("reporting.retention.invalid", `un nombre entier d'années, de 1 à ${max}, est attendu (reçu « ${value} »)`, {
    field: "--years",
  });
}

// Issue 18, scale: a release too large to be protected as a whole.

/**
 * A release whose protection would exceed its budget: refused, never exported less protected.
 *
 * @example
 * releaseTooLarge(212, 1843).code // => "reporting.release.tooLarge"
 */
export function releaseTooLarge(bilans: number, hiddenCells: number): DomainError {
  return new DomainError(
    "reporting.release.tooLarge",
    `diffusion trop grande pour être protégée d'un seul tenant (${bilans} bilans liés, déjà ${hiddenCells} cases masquées quand le calcul a été arrêté) : rien n'a été exporté. Exportez depuis un territoire restreint aux marchés de ce destinataire (ses acheteurs, ses entreprises) ou sur une période plus courte, puis recommencez`,
  );
}

/**
 * A release in which some small count can no longer be protected, because every cell around it was
 * already shown by an earlier release to the same recipients: refused, never exported with a count
 * that could be computed.
 *
 * @example
 * releaseLocked(40, 2).code // => "reporting.release.locked"
 */
export function releaseLocked(bilans: number, exposed: number): DomainError {
  return new DomainError(
    "reporting.release.locked",
    `diffusion impossible à protéger avec les diffusions déjà faites (${bilans} bilans liés) : ${exposed} petit${exposed > 1 ? "s" : ""} effectif${exposed > 1 ? "s" : ""} pourrai${exposed > 1 ? "ent" : "t"} se calculer à partir des chiffres déjà remis, rien n'a été exporté. Choisissez une période qui ne recoupe pas les diffusions précédentes, ou un périmètre plus large`,
  );
}

/**
 * A release in which some small count has no witness (no alternative territory that publishes the
 * same figures and differs there could be made, even with every cell around it hidden): refused,
 * never exported with a count nobody proved safe.
 *
 * @example
 * releaseUnproven(12, 1).code // => "reporting.release.unproven"
 */
export function releaseUnproven(bilans: number, unproven: number): DomainError {
  return new DomainError(
    "reporting.release.unproven",
    `diffusion impossible à protéger (${bilans} bilans liés) : pour ${unproven} petit${unproven > 1 ? "s" : ""} effectif${unproven > 1 ? "s" : ""}, aucun territoire de rechange qui publierait les mêmes chiffres n'a été trouvé, même en masquant tout ce qui l'entoure ; rien n'a été exporté. Exportez sur un périmètre plus large (plus de marchés ou une période plus longue), où les petits groupes se fondent`,
  );
}

/**
 * A release whose hidden cells do not fit in one cell of « Diffusions »: refused rather than cut
 * (a register cut short would let the next release show what this one hid).
 *
 * @example
 * releaseRowTooLong(900, 32767).code // => "reporting.register.rowTooLong"
 */
export function releaseRowTooLong(cells: number, limit: number): DomainError {
  return new DomainError(
    "reporting.register.rowTooLong",
    `les ${cells} cases cachées de cette diffusion ne tiennent pas dans une cellule du tableau Diffusions (${limit} caractères au plus) : rien n'a été exporté. Exportez avec clauses report --register FICHIER.json, qui n'a pas cette limite`,
    { table: "Diffusions", column: "Cases cachées" },
  );
}

// Issue 18, the ladder: a release protected with its outcomes left out (withheld.ts).

/**
 * The line of a release protected without its outcomes (exits, dynamic exits, situation after 6
 * months), why they are left out (`why`: the same words as a withheld release's, withheld.ts).
 *
 * @example
 * outcomesWithheldReason("le calcul n'a pas pu démontrer …") // => "Sorties et situations à 6 mois non diffusées : le calcul n'a pas pu démontrer … ; les autres effectifs sont protégés, les heures sont exactes."
 */
export function outcomesWithheldReason(why: string): string {
  return `Sorties et situations à 6 mois non diffusées : ${why} ; les autres effectifs sont protégés, les heures sont exactes.`;
}

/**
 * What a view protected without its outcomes says about its figures (in place of the usual notice).
 *
 * @example
 * outcomesWithheldNotice("Agrégats seulement : …", "Sorties et situations à 6 mois non diffusées : …") // => "Agrégats seulement : … Sorties et situations à 6 mois non diffusées : … Leur « masqué » ne dit rien du nombre (zéro, petit ou grand)."
 */
export function outcomesWithheldNotice(notice: string, reason: string): string {
  return `${notice} ${reason} Leur « masqué » ne dit rien du nombre (zéro, petit ou grand).`;
}
