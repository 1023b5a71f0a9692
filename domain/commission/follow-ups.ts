/**
 * What the meeting must follow up: situations at 6 months falling due, pending proposals, countable
 * windows about to close, and people whose last step has ended with nothing after it and no exit
 * recorded.
 */
import { addMonthsToDay, dayFromIso, isoFromDay, type Day } from "../dates";
import type { ParticipantFacts } from "../eligibility";
import { frenchDate } from "../text";
import type { Candidate } from "./candidates";
import type { Proposal, Step } from "./model";

export type FollowUpKind = "situation-6-mois" | "positionnement-en-attente" | "fin-de-fenetre" | "sortie-a-renseigner";

export interface FollowUp {
  participant: string;
  kind: FollowUpKind;
  /** When it falls (or fell) due, ISO. */
  due: string;
  /** What to do, in French. */
  label: string;
}

/**
 * The follow-ups due on or before `date + horizonDays`, earliest first.
 *
 * @example
 * followUpsOn(people, proposals, steps, candidates, dayFromIso("2026-12-01"), 31)
 * // => [{ participant: "P005", kind: "situation-6-mois", due: "2026-12-15", label: "Situation à 6 mois à recueillir (sortie le 15/06/2026)" }]
 */
export function followUpsOn(
  people: readonly ParticipantFacts[],
  proposals: readonly Proposal[],
  steps: readonly Step[],
  candidates: readonly Candidate[],
  date: Day,
  horizonDays: number,
): FollowUp[] {
  const limit = date + horizonDays;
  const found: FollowUp[] = [];
  for (const person of people) {
    if (person.purged) continue;
    const exit = person.exit?.date === undefined ? undefined : dayFromIso(person.exit.date);
    if (exit !== undefined && person.exit?.after6Months === undefined) {
      const due = addMonthsToDay(exit, 6);
      if (due <= limit) found.push(followUp(person.id, "situation-6-mois", due, `Situation à 6 mois à recueillir (sortie le ${fr(exit)})`));
    }
    if (exit === undefined) {
      const last = lastStepEnd(person.id, steps);
      if (last !== null && last < date && !steps.some((step) => step.participant === person.id && dayFromIso(step.end) >= date)) {
        found.push(
          followUp(
            person.id,
            "sortie-a-renseigner",
            last + 1,
            `Dernière étape finie le ${fr(last)} : proposer une suite ou renseigner la sortie`,
          ),
        );
      }
    }
  }
  for (const proposal of proposals) {
    if (proposal.decision !== "en-attente") continue;
    found.push(
      followUp(
        proposal.participant,
        "positionnement-en-attente",
        dayFromIso(proposal.date),
        `Positionnement sur le besoin ${proposal.need} du ${fr(dayFromIso(proposal.date))} : décision à obtenir`,
      ),
    );
  }
  for (const candidate of candidates) {
    if (candidate.countableUntil === null) continue;
    const until = dayFromIso(candidate.countableUntil);
    if (until >= date && until <= limit)
      found.push(followUp(candidate.participant, "fin-de-fenetre", until, `Heures comptabilisables jusqu'au ${fr(until)} seulement`));
  }
  return found.sort((a, b) => a.due.localeCompare(b.due) || a.participant.localeCompare(b.participant) || a.kind.localeCompare(b.kind));
}

function followUp(participant: string, kind: FollowUpKind, due: Day, label: string): FollowUp {
  return { participant, kind, due: isoFromDay(due), label };
}

function lastStepEnd(participant: string, steps: readonly Step[]): Day | null {
  let last: Day | null = null;
  for (const step of steps) {
    if (step.participant !== participant) continue;
    const end = dayFromIso(step.end);
    if (last === null || end > last) last = end;
  }
  return last;
}

function fr(day: Day): string {
  return frenchDate(isoFromDay(day));
}
