/**
 * The ranked list of candidates for a need, with the reasons of each rank. The facilitator decides:
 * the list only explains, with the pack's points for each reason (trade wanted, countable window
 * covering the need, priority publics, continuity with earlier steps, availability).
 */
import { frenchDate as formatFrenchDate, normalizeLabel } from "../text";
import type { Criterion } from "../eligibility";
import type { Candidate } from "./candidates";
import type { Need, Proposal, Step } from "./model";
import type { CommissionRules } from "./rules";

export interface RankedCandidate {
  participant: string;
  rank: number;
  score: number;
  reasons: string[];
}

export interface RankingContext {
  rules: CommissionRules;
  criteria: readonly Criterion[];
  steps: readonly Step[];
  proposals: readonly Proposal[];
}

/**
 * The candidates for one need, best first (equal scores: the earlier available, then by id). People
 * already decided on for this need (retenu, non retenu) are left out; a pending proposal is said.
 *
 * @example
 * rankCandidates(need, candidates, context)[0]
 * // => { participant: "P004", rank: 1, score: 6, reasons: ["souhaite le métier « peinture »", "fenêtre comptabilisable ouverte jusqu'à la fin du besoin", …] }
 */
export function rankCandidates(need: Need, candidates: readonly Candidate[], context: RankingContext): RankedCandidate[] {
  const decided = new Set(context.proposals.filter((p) => p.need === need.id && p.decision !== "en-attente").map((p) => p.participant));
  const scored = candidates
    .filter((candidate) => !decided.has(candidate.participant))
    .map((candidate) => ({ candidate, ...scoreOf(need, candidate, context) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.candidate.availableFrom ?? "").localeCompare(b.candidate.availableFrom ?? "") ||
        a.candidate.participant.localeCompare(b.candidate.participant),
    );
  return scored.map((entry, index) => ({
    participant: entry.candidate.participant,
    rank: index + 1,
    score: entry.score,
    reasons: entry.reasons,
  }));
}

function scoreOf(need: Need, candidate: Candidate, context: RankingContext): { score: number; reasons: string[] } {
  const points = context.rules.ranking;
  const reasons: string[] = [];
  let score = 0;
  const add = (value: number, reason: string) => {
    score += value;
    reasons.push(value > 0 ? `${reason} (+${value})` : reason);
  };
  const trade = tradeMatch(need.trade, candidate.tradesWanted);
  if (trade) add(points.tradeWanted, `souhaite le métier « ${trade} »`);
  else if (candidate.tradesWanted.length > 0) add(0, `métiers souhaités : ${candidate.tradesWanted.join(", ")}`);
  else add(0, "métiers souhaités non renseignés");
  if (candidate.countableUntil === null || candidate.countableUntil >= need.end) {
    add(
      points.windowCoversNeed,
      candidate.countableUntil === null
        ? "heures comptabilisables sans date de fin connue"
        : `heures comptabilisables jusqu'au ${formatFrenchDate(candidate.countableUntil)}, après la fin du besoin`,
    );
  } else {
    add(
      0,
      `heures comptabilisables seulement jusqu'au ${formatFrenchDate(candidate.countableUntil)}, avant la fin du besoin (${formatFrenchDate(need.end)})`,
    );
  }
  for (const code of candidate.priority) {
    add(points.priorityPublic, `public prioritaire : ${context.criteria.find((criterion) => criterion.code === code)?.label ?? code}`);
  }
  const earlier = context.steps.find(
    (step) => step.participant === candidate.participant && step.organisation === need.company && step.end < need.start,
  );
  if (earlier)
    add(
      points.continuity,
      `a déjà travaillé chez ${need.company} (du ${formatFrenchDate(earlier.start)} au ${formatFrenchDate(earlier.end)})`,
    );
  if (candidate.availableFrom === undefined) add(0, "disponibilité non renseignée");
  else if (candidate.availableFrom <= need.start) add(points.available, `disponible dès le ${formatFrenchDate(candidate.availableFrom)}`);
  else {
    add(0, `disponible seulement à partir du ${formatFrenchDate(candidate.availableFrom)}`);
  }
  if (candidate.currentStep) add(0, `étape en cours jusqu'au ${formatFrenchDate(candidate.currentStep.end)}`);
  const pending = context.proposals.find(
    (p) => p.need === need.id && p.participant === candidate.participant && p.decision === "en-attente",
  );
  if (pending) add(0, `déjà positionné(e) le ${formatFrenchDate(pending.date)}, décision en attente`);
  return { score, reasons };
}

function tradeMatch(trade: string | undefined, wanted: readonly string[]): string | null {
  if (trade === undefined) return null;
  const need = normalizeLabel(trade);
  for (const wish of wanted) {
    const normal = normalizeLabel(wish);
    if (normal === need || normal.includes(need) || need.includes(normal)) return wish;
  }
  return null;
}
