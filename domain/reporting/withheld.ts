/**
 * The safe fallback of a release that cannot be protected: « coarser breakdowns » taken to their
 * end. When the linked protection finds no way to hide its small counts (every cell around one was
 * already shown by an earlier release: `reporting.release.locked`; a search over budget:
 * `reporting.release.tooLarge`; a count it cannot prove safe: `reporting.release.unproven`), the
 * release still leaves — with its hours exact and without any figure about people: every count of
 * people and of employment contracts of the release's period is « withheld ».
 *
 * Why it is safe by construction: a withheld count carries no bound at all (not « < 5 », which is 1
 * to 4, nor an ordinary « masqué », which is 0 or at least 5), so the release publishes nothing about
 * people that an attacker could add to what the earlier releases gave. The whole release is withheld,
 * never only the scopes that are stuck: which scopes are stuck depends on the people, the decision to
 * withhold everything reveals only that the release overlapped the earlier ones too much.
 *
 * The register records a withheld release compactly (`{"*": "withheld"}`: every count of its period,
 * every grouping) — listing each cell would not fit in one cell of « Diffusions » on the large
 * territories that are refused for their size. A later release whose own tables hold one of these
 * cells is withheld too (what was hidden stays hidden, with no bound); a release of another period is
 * protected with them as unknowns without bounds.
 *
 * Before withholding everything, the release's protection (view.ts's `releaseProtection`) tries a
 * coarser release by family: the same release with its outcomes left out (exit categories, dynamic
 * exits, situation after 6 months, in every scope and grouping), each « withheld » with no bound and
 * owing no witness, the other counts protected as usual (`families: ["outcomes"]`, registered
 * `{"*|outcomes": "withheld"}` — `EVERY_OUTCOME`); a later release of the same months keeps them so.
 */
import { DomainError } from "../errors/domain-error";
import { outcomesWithheldNotice, outcomesWithheldReason } from "./errors";
import type { Bilan } from "./indicators";
import { bilanMeasures, cellKey, type LinkedMask, type LinkedProtection } from "./linked";
import type { Period } from "./model";
import type { BilanSet } from "./report";

/** Why a release was withheld: its protection failed (the error's code), or an earlier release withheld its cells. */
export type WithheldCause = "locked" | "tooLarge" | "unproven" | "earlier";

/** A family of measures a release can leave out: `outcomes` (exit categories, dynamic exits, situation after 6 months). */
export type WithheldFamily = "outcomes";

/**
 * A release's protection; `withheld` when its people figures are not given at all, or — with
 * `families` — when only those families are left out (the others protected as usual).
 */
export interface ReleaseProtection extends LinkedProtection {
  withheld?: WithheldCause;
  families?: WithheldFamily[];
}

/** The key of a register's hidden cells that stands for every count of the release's period (a withheld release). */
export const EVERY_CELL = "*";

/** The key of a register's hidden cells that stands for every outcome count of the release's period (outcomes left out). */
export const EVERY_OUTCOME = "*|outcomes";

const OUTCOME = /^(exit\.|dynamic(@|$)|after6Months\.)/;

/**
 * Whether a cell key counts an outcome (an exit category, dynamic exits, a situation after 6 months).
 *
 * @example
 * isOutcomeKey("2026-01:2026-12|M5|exit.durable@2026-11-26") // => true
 * isOutcomeKey("2026-01:2026-12|M5|sex.F") // => false
 */
export function isOutcomeKey(key: string): boolean {
  if (key.includes(" − ")) return false;
  return OUTCOME.test(key.slice(key.lastIndexOf("|") + 1));
}

const CAUSES: Readonly<Record<string, WithheldCause>> = {
  "reporting.release.locked": "locked",
  "reporting.release.tooLarge": "tooLarge",
  "reporting.release.unproven": "unproven",
};

/**
 * The cause of withholding a release the linked protection refused, or null for any other error
 * (which is not a reason to withhold: it goes up as it is).
 *
 * @example
 * withheldCause(releaseLocked(40, 2)) // => "locked"
 * withheldCause(new Error("…")) // => null
 */
export function withheldCause(error: unknown): WithheldCause | null {
  return error instanceof DomainError ? (CAUSES[error.code] ?? null) : null;
}

/**
 * Every count of people or employment contracts the tables of `sets` can publish: each measure of
 * each bilan, and the participants of each contract row in a bilan's table.
 *
 * @example
 * releaseCells([buyers, contracts, companies, years]).has("2026-01:2026-12|M5|sex.F") // => true
 */
export function releaseCells(sets: readonly BilanSet[]): Set<string> {
  const cells = new Set<string>();
  for (const set of sets)
    for (const bilan of [set.total, ...set.bilans]) {
      for (const measure of bilanMeasures(bilan).keys()) cells.add(cellKey(bilan, measure));
      for (const row of bilan.contracts) cells.add(contractRowKey(bilan, row));
    }
  return cells;
}

/**
 * The key of a contract row's participants in a bilan's table (the contract's own count over the bilan's months).
 *
 * @example
 * contractRowKey(buyerBilan, buyerBilan.contracts[0]) // => "2026-01:2026-12|M3|people"
 */
export function contractRowKey(bilan: Bilan, row: Bilan["contracts"][number]): string {
  return cellKey({ ...bilan, contracts: [row] }, "people");
}

/**
 * The protection of a withheld release: every count of its tables (`sets`, the groupings of its
 * period) withheld, the earlier releases' hidden cells kept as they were.
 *
 * @example
 * withheldProtection(sets, 5, "locked", earlierHidden).masks.get("2026-01:2026-12|M5|people") // => "withheld"
 */
export function withheldProtection(
  sets: readonly BilanSet[],
  threshold: number,
  cause: WithheldCause,
  earlier: ReadonlyMap<string, Exclude<LinkedMask, "absent">>,
): ReleaseProtection {
  const masks = new Map<string, LinkedMask>(earlier);
  const cells = releaseCells(sets);
  for (const key of cells) masks.set(key, "withheld");
  return {
    threshold,
    masks,
    keyOf: cellKey,
    // No group shows a breakdown (the view says why, with the release's reason).
    isSmallGroup: () => true,
    counts: { hidden: cells.size, cells: cells.size, steps: 0 },
    withheld: cause,
  };
}

/**
 * The cells an earlier withheld release (`{"*": "withheld"}` over `period`) hid: every count of its
 * period in the tables of `sets`.
 *
 * @example
 * withheldCells(sets, { from: "2026-01", to: "2026-12" }).size // => every cell of January–December
 */
export function withheldCells(sets: readonly BilanSet[], period: Period | null): Set<string> {
  return releaseCells(sets.filter((set) => samePeriod(set.period, period)));
}

/**
 * The cells an earlier release with its outcomes left out (`{"*|outcomes": "withheld"}` over
 * `period`) did not publish: every outcome count of its period in the tables of `sets`.
 *
 * @example
 * withheldOutcomes(sets, { from: "2026-01", to: "2026-12" }).has("2026-01:2026-12|M5|dynamic@2026-11-26") // => true
 */
export function withheldOutcomes(sets: readonly BilanSet[], period: Period | null): Set<string> {
  return new Set([...withheldCells(sets, period)].filter(isOutcomeKey));
}

/**
 * Whether two periods are the same months (null: every month with hours).
 *
 * @example
 * samePeriod({ from: "2026-01", to: "2026-06" }, { from: "2026-01", to: "2026-06" }) // => true
 */
export function samePeriod(a: Period | null, b: Period | null): boolean {
  return a === null || b === null ? a === b : a.from === b.from && a.to === b.to;
}

/**
 * The line a withheld release carries (and each of its groups in place of its breakdowns): why no
 * count of people is given, in words a buyer understands.
 *
 * @example
 * withheldReason("locked") // => "Effectifs non diffusés : cette diffusion recoupe les bilans déjà remis …"
 */
export function withheldReason(cause: WithheldCause): string {
  return `Effectifs non diffusés : ${withheldWhy(cause)} ; les heures sont exactes.`;
}

/**
 * The line of a release protected with its outcomes left out (the ladder's second step).
 *
 * @example
 * outcomesReason("unproven") // => "Sorties et situations à 6 mois non diffusées : le calcul n'a pas pu démontrer … ; les autres effectifs sont protégés, les heures sont exactes."
 */
export function outcomesReason(cause: WithheldCause): string {
  return outcomesWithheldReason(
    cause === "earlier" ? "une diffusion précédente des mêmes mois ne les a pas données : elles restent non diffusées" : withheldWhy(cause),
  );
}

/**
 * What a view protected without its outcomes says (the usual notice, then why they are left out).
 *
 * @example
 * outcomesNotice("Agrégats seulement : …", "unproven") // => "Agrégats seulement : … Sorties et situations à 6 mois non diffusées : … Leur « masqué » ne dit rien du nombre …"
 */
export function outcomesNotice(notice: string, cause: WithheldCause): string {
  return outcomesWithheldNotice(notice, outcomesReason(cause));
}

function withheldWhy(cause: WithheldCause): string {
  const why: Record<WithheldCause, string> = {
    locked:
      "cette diffusion recoupe les bilans déjà remis (mêmes marchés, périodes qui se recouvrent) au point qu'en les rapprochant, un petit effectif se retrouverait quelles que soient les cases masquées",
    tooLarge:
      "le calcul n'a pas pu vérifier, dans le temps qui lui est donné, qu'aucun petit effectif ne se retrouverait en rapprochant les bilans de cette diffusion et ceux déjà remis",
    unproven:
      "le calcul n'a pas pu démontrer qu'aucun petit effectif ne se retrouverait en rapprochant les bilans de cette diffusion et ceux déjà remis",
    earlier: "une diffusion précédente des mêmes mois n'a pas donné ses effectifs : ils restent non diffusés",
  };
  return why[cause];
}

/**
 * What a withheld view says about its figures (in place of the usual notice).
 *
 * @example
 * withheldNotice("locked") // => "Agrégats seulement. Effectifs non diffusés : … Aucun effectif de personnes ni de contrats de travail n'est donné : « masqué » ne dit ici rien du nombre …"
 */
export function withheldNotice(cause: WithheldCause): string {
  return `Agrégats seulement. ${withheldReason(cause)} Aucun effectif de personnes ni de contrats de travail n'est donné : « masqué » ne dit ici rien du nombre (zéro, petit ou grand) ; les heures dues, réalisées et les taux sont ceux du bilan.`;
}
